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

export type CreateConsortiumInput = {
  description: string;
  needId?: string | number | null | undefined;
  title: string;
};

export type MatchReason =
  | 'BOTH_SMALL_DISTRICT'
  | 'CPV_OVERLAP'
  | 'SAME_COUNTY'
  | 'SIMILAR_SIZE'
  | 'TEXT_SIMILARITY'
  | 'TIMELINE_OVERLAP';

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

export type PublishNeedInput = {
  category: ProcurementCategory;
  cpv: Array<string>;
  description: string;
  estimatedValueNok?: number | null | undefined;
  neededFrom?: string | null | undefined;
  neededTo?: string | null | undefined;
  openToCollaboration?: boolean | null | undefined;
  title: string;
  visibility?: Visibility | null | undefined;
};

export type ThresholdRegime =
  | 'BELOW_NATIONAL'
  | 'EEA'
  | 'NATIONAL';

export type UpdateNeedInput = {
  cpv?: Array<string> | null | undefined;
  description?: string | null | undefined;
  estimatedValueNok?: number | null | undefined;
  id: string | number;
  neededFrom?: string | null | undefined;
  neededTo?: string | null | undefined;
  openToCollaboration?: boolean | null | undefined;
  stage?: NeedStage | null | undefined;
  title?: string | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type Visibility =
  | 'MUNICIPALITIES'
  | 'PRIVATE'
  | 'PUBLIC';

export type ConsortiumDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsortiumDetailsQuery = { consortium: { id: string, title: string, description: string, phase: ConsortiumPhase, combinedEstimatedValueNok: number, combinedPopulation: number, thresholdRegime: ThresholdRegime, membershipFrozen: boolean, createdAt: string, lead: { number: string, name: string }, members: Array<{ role: MemberRole, status: MemberStatus, authorizationReference: string | null, joinedAt: string | null, municipality: { number: string, name: string, smallDistrict: boolean } }>, pooledNeeds: Array<{ id: string, title: string, category: ProcurementCategory, estimatedValueNok: number | null, municipality: { number: string, name: string } }>, cpv: Array<{ code: string, label: string }>, timeline: Array<{ at: string, type: string, summary: string, actor: string | null }> } | null };

export type AdvancePhaseMutationVariables = Exact<{
  consortiumId: string | number;
  to: ConsortiumPhase;
}>;


export type AdvancePhaseMutation = { advancePhase: { id: string, phase: ConsortiumPhase } };

export type LeaveConsortiumMutationVariables = Exact<{
  consortiumId: string | number;
}>;


export type LeaveConsortiumMutation = { leaveConsortium: { id: string } };

export type PoolNeedMutationVariables = Exact<{
  consortiumId: string | number;
  needId: string | number;
}>;


export type PoolNeedMutation = { poolNeed: { id: string, combinedEstimatedValueNok: number, thresholdRegime: ThresholdRegime } };

export type RecordAuthorizationMutationVariables = Exact<{
  consortiumId: string | number;
  reference: string;
}>;


export type RecordAuthorizationMutation = { recordAuthorization: { id: string } };

export type NeedDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedDetailsQuery = { need: { id: string, title: string, description: string, category: ProcurementCategory, estimatedValueNok: number | null, neededFrom: string | null, neededTo: string | null, stage: NeedStage, visibility: Visibility, openToCollaboration: boolean, createdAt: string, updatedAt: string, municipality: { number: string, name: string }, consortium: { id: string, title: string, phase: ConsortiumPhase } | null, cpv: Array<{ code: string, label: string, parent: { code: string, label: string, parent: { code: string, label: string, parent: { code: string, label: string, parent: { code: string, label: string } | null } | null } | null } | null }> } | null };

export type SimilarNeedsQueryVariables = Exact<{
  needId: string | number;
}>;


export type SimilarNeedsQuery = { similarNeeds: Array<{ score: number, reasons: Array<MatchReason>, need: { id: string, title: string, description: string, estimatedValueNok: number | null, neededFrom: string | null, neededTo: string | null, stage: NeedStage, openToCollaboration: boolean, municipality: { number: string, name: string, smallDistrict: boolean, county: { name: string } }, cpv: Array<{ code: string, label: string }> } }> };

export type MyNeedsQueryVariables = Exact<{
  number: string | number;
  includeWithdrawn: boolean;
}>;


export type MyNeedsQuery = { municipality: { number: string, needs: Array<{ id: string, title: string, stage: NeedStage, category: ProcurementCategory, estimatedValueNok: number | null, neededFrom: string | null, neededTo: string | null, updatedAt: string, consortium: { id: string, title: string } | null, cpv: Array<{ code: string, label: string }> }> } | null };

export type CpvSearchQueryVariables = Exact<{
  text: string;
}>;


export type CpvSearchQuery = { cpvSearch: Array<{ code: string, label: string, parent: { code: string, label: string, parent: { code: string, label: string, parent: { code: string, label: string, parent: { code: string, label: string } | null } | null } | null } | null }> };

export type PublishNeedMutationVariables = Exact<{
  input: PublishNeedInput;
}>;


export type PublishNeedMutation = { publishNeed: { id: string, title: string } };

export type UpdateNeedMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type UpdateNeedMutation = { updateNeed: { id: string, title: string } };

export type WithdrawNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawNeedMutation = { withdrawNeed: { id: string, stage: NeedStage } };

export type CreateConsortiumMutationVariables = Exact<{
  input: CreateConsortiumInput;
}>;


export type CreateConsortiumMutation = { createConsortium: { id: string, title: string } };

export type InviteToConsortiumMutationVariables = Exact<{
  consortiumId: string | number;
  municipalityNumber: string | number;
  message?: string | null | undefined;
}>;


export type InviteToConsortiumMutation = { inviteToConsortium: { id: string } };

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

export const ConsortiumDetailsDocument = new TypedDocumentString(`
    query ConsortiumDetails($id: ID!) {
  consortium(id: $id) {
    id
    title
    description
    phase
    combinedEstimatedValueNok
    combinedPopulation
    thresholdRegime
    membershipFrozen
    createdAt
    lead {
      number
      name
    }
    members {
      role
      status
      authorizationReference
      joinedAt
      municipality {
        number
        name
        smallDistrict
      }
    }
    pooledNeeds {
      id
      title
      category
      estimatedValueNok
      municipality {
        number
        name
      }
    }
    cpv {
      code
      label
    }
    timeline(first: 200) {
      at
      type
      summary
      actor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsortiumDetailsQuery, ConsortiumDetailsQueryVariables>;
export const AdvancePhaseDocument = new TypedDocumentString(`
    mutation AdvancePhase($consortiumId: ID!, $to: ConsortiumPhase!) {
  advancePhase(consortiumId: $consortiumId, to: $to) {
    id
    phase
  }
}
    `) as unknown as TypedDocumentString<AdvancePhaseMutation, AdvancePhaseMutationVariables>;
export const LeaveConsortiumDocument = new TypedDocumentString(`
    mutation LeaveConsortium($consortiumId: ID!) {
  leaveConsortium(consortiumId: $consortiumId) {
    id
  }
}
    `) as unknown as TypedDocumentString<LeaveConsortiumMutation, LeaveConsortiumMutationVariables>;
export const PoolNeedDocument = new TypedDocumentString(`
    mutation PoolNeed($consortiumId: ID!, $needId: ID!) {
  poolNeed(consortiumId: $consortiumId, needId: $needId) {
    id
    combinedEstimatedValueNok
    thresholdRegime
  }
}
    `) as unknown as TypedDocumentString<PoolNeedMutation, PoolNeedMutationVariables>;
export const RecordAuthorizationDocument = new TypedDocumentString(`
    mutation RecordAuthorization($consortiumId: ID!, $reference: String!) {
  recordAuthorization(consortiumId: $consortiumId, reference: $reference) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordAuthorizationMutation, RecordAuthorizationMutationVariables>;
export const NeedDetailsDocument = new TypedDocumentString(`
    query NeedDetails($id: ID!) {
  need(id: $id) {
    id
    title
    description
    category
    estimatedValueNok
    neededFrom
    neededTo
    stage
    visibility
    openToCollaboration
    createdAt
    updatedAt
    municipality {
      number
      name
    }
    consortium {
      id
      title
      phase
    }
    cpv {
      code
      label
      parent {
        code
        label
        parent {
          code
          label
          parent {
            code
            label
            parent {
              code
              label
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedDetailsQuery, NeedDetailsQueryVariables>;
export const SimilarNeedsDocument = new TypedDocumentString(`
    query SimilarNeeds($needId: ID!) {
  similarNeeds(needId: $needId, first: 10) {
    score
    reasons
    need {
      id
      title
      description
      estimatedValueNok
      neededFrom
      neededTo
      stage
      openToCollaboration
      municipality {
        number
        name
        smallDistrict
        county {
          name
        }
      }
      cpv {
        code
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SimilarNeedsQuery, SimilarNeedsQueryVariables>;
export const MyNeedsDocument = new TypedDocumentString(`
    query MyNeeds($number: ID!, $includeWithdrawn: Boolean!) {
  municipality(number: $number) {
    number
    needs(includeWithdrawn: $includeWithdrawn) {
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
      cpv {
        code
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyNeedsQuery, MyNeedsQueryVariables>;
export const CpvSearchDocument = new TypedDocumentString(`
    query CpvSearch($text: String!) {
  cpvSearch(text: $text, first: 15) {
    code
    label
    parent {
      code
      label
      parent {
        code
        label
        parent {
          code
          label
          parent {
            code
            label
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CpvSearchQuery, CpvSearchQueryVariables>;
export const PublishNeedDocument = new TypedDocumentString(`
    mutation PublishNeed($input: PublishNeedInput!) {
  publishNeed(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<PublishNeedMutation, PublishNeedMutationVariables>;
export const UpdateNeedDocument = new TypedDocumentString(`
    mutation UpdateNeed($input: UpdateNeedInput!) {
  updateNeed(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<UpdateNeedMutation, UpdateNeedMutationVariables>;
export const WithdrawNeedDocument = new TypedDocumentString(`
    mutation WithdrawNeed($id: ID!) {
  withdrawNeed(id: $id) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<WithdrawNeedMutation, WithdrawNeedMutationVariables>;
export const CreateConsortiumDocument = new TypedDocumentString(`
    mutation CreateConsortium($input: CreateConsortiumInput!) {
  createConsortium(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateConsortiumMutation, CreateConsortiumMutationVariables>;
export const InviteToConsortiumDocument = new TypedDocumentString(`
    mutation InviteToConsortium($consortiumId: ID!, $municipalityNumber: ID!, $message: String) {
  inviteToConsortium(
    consortiumId: $consortiumId
    municipalityNumber: $municipalityNumber
    message: $message
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<InviteToConsortiumMutation, InviteToConsortiumMutationVariables>;
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