/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ConsortiumPhase =
  | 'BENEFIT_REALISATION'
  | 'CANCELLED'
  | 'COMPETITION'
  | 'COMPLETED'
  | 'CONTRACT'
  | 'FORMING'
  | 'MARKET_DIALOGUE'
  | 'NEEDS_CLARIFICATION';

export type MemberRole =
  | 'LEAD'
  | 'MEMBER';

export type MemberStatus =
  | 'DECLINED'
  | 'INVITED'
  | 'JOINED'
  | 'LEFT';

export type NeedStage =
  | 'CLARIFIED'
  | 'IDENTIFIED'
  | 'IN_CONSORTIUM'
  | 'WITHDRAWN';

export type ProcurementCategory =
  | 'GOODS'
  | 'SERVICES'
  | 'WORKS';

export type MunicipalityOverviewQueryVariables = Exact<{
  number: string | number;
}>;


export type MunicipalityOverviewQuery = { municipality: { number: string, name: string, smallDistrict: boolean, needs: Array<{ id: string, title: string, stage: NeedStage, category: ProcurementCategory, estimatedValueNok: number | null, neededFrom: string | null, neededTo: string | null, updatedAt: string, consortium: { id: string, title: string } | null }>, consortia: Array<{ id: string, title: string, phase: ConsortiumPhase, combinedEstimatedValueNok: number, lead: { number: string, name: string }, members: Array<{ role: MemberRole, status: MemberStatus, municipality: { number: string, name: string } }> }>, invitations: Array<{ message: string | null, invitedAt: string, invitedBy: { number: string, name: string }, consortium: { id: string, title: string, phase: ConsortiumPhase } }> } | null };

export type RespondToInvitationMutationVariables = Exact<{
  consortiumId: string | number;
  accept: boolean;
}>;


export type RespondToInvitationMutation = { respondToInvitation: { id: string, title: string } };

export type MunicipalityDirectoryQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MunicipalityDirectoryQuery = { municipalities: { nodes: Array<{ number: string, name: string, smallDistrict: boolean, county: { number: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MunicipalityOverviewDocument = new TypedDocumentString(`
    query MunicipalityOverview($number: ID!) {
  municipality(number: $number) {
    number
    name
    smallDistrict
    needs {
      id
      title
      stage
      category
      estimatedValueNok
      neededFrom
      neededTo
      updatedAt
      consortium {
        id
        title
      }
    }
    consortia {
      id
      title
      phase
      combinedEstimatedValueNok
      lead {
        number
        name
      }
      members {
        role
        status
        municipality {
          number
          name
        }
      }
    }
    invitations {
      message
      invitedAt
      invitedBy {
        number
        name
      }
      consortium {
        id
        title
        phase
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityOverviewQuery, MunicipalityOverviewQueryVariables>;
export const RespondToInvitationDocument = new TypedDocumentString(`
    mutation RespondToInvitation($consortiumId: ID!, $accept: Boolean!) {
  respondToInvitation(consortiumId: $consortiumId, accept: $accept) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<RespondToInvitationMutation, RespondToInvitationMutationVariables>;
export const MunicipalityDirectoryDocument = new TypedDocumentString(`
    query MunicipalityDirectory($after: String) {
  municipalities(first: 200, after: $after) {
    nodes {
      number
      name
      smallDistrict
      county {
        number
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityDirectoryQuery, MunicipalityDirectoryQueryVariables>;