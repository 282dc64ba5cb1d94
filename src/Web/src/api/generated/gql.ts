/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MunicipalityOverview($number: ID!) {\n    municipality(number: $number) {\n      number\n      name\n      smallDistrict\n      needs {\n        id\n        title\n        stage\n        category\n        estimatedValueNok\n        neededFrom\n        neededTo\n        updatedAt\n        consortium {\n          id\n          title\n        }\n      }\n      consortia {\n        id\n        title\n        phase\n        combinedEstimatedValueNok\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n          }\n        }\n      }\n      invitations {\n        message\n        invitedAt\n        invitedBy {\n          number\n          name\n        }\n        consortium {\n          id\n          title\n          phase\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityOverviewDocument,
    "\n  mutation RespondToInvitation($consortiumId: ID!, $accept: Boolean!) {\n    respondToInvitation(consortiumId: $consortiumId, accept: $accept) {\n      id\n      title\n    }\n  }\n": typeof types.RespondToInvitationDocument,
    "\n  query MunicipalityDirectory($after: String) {\n    municipalities(first: 200, after: $after) {\n      nodes {\n        number\n        name\n        smallDistrict\n        county {\n          number\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MunicipalityDirectoryDocument,
};
const documents: Documents = {
    "\n  query MunicipalityOverview($number: ID!) {\n    municipality(number: $number) {\n      number\n      name\n      smallDistrict\n      needs {\n        id\n        title\n        stage\n        category\n        estimatedValueNok\n        neededFrom\n        neededTo\n        updatedAt\n        consortium {\n          id\n          title\n        }\n      }\n      consortia {\n        id\n        title\n        phase\n        combinedEstimatedValueNok\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n          }\n        }\n      }\n      invitations {\n        message\n        invitedAt\n        invitedBy {\n          number\n          name\n        }\n        consortium {\n          id\n          title\n          phase\n        }\n      }\n    }\n  }\n": types.MunicipalityOverviewDocument,
    "\n  mutation RespondToInvitation($consortiumId: ID!, $accept: Boolean!) {\n    respondToInvitation(consortiumId: $consortiumId, accept: $accept) {\n      id\n      title\n    }\n  }\n": types.RespondToInvitationDocument,
    "\n  query MunicipalityDirectory($after: String) {\n    municipalities(first: 200, after: $after) {\n      nodes {\n        number\n        name\n        smallDistrict\n        county {\n          number\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MunicipalityDirectoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityOverview($number: ID!) {\n    municipality(number: $number) {\n      number\n      name\n      smallDistrict\n      needs {\n        id\n        title\n        stage\n        category\n        estimatedValueNok\n        neededFrom\n        neededTo\n        updatedAt\n        consortium {\n          id\n          title\n        }\n      }\n      consortia {\n        id\n        title\n        phase\n        combinedEstimatedValueNok\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n          }\n        }\n      }\n      invitations {\n        message\n        invitedAt\n        invitedBy {\n          number\n          name\n        }\n        consortium {\n          id\n          title\n          phase\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalityOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToInvitation($consortiumId: ID!, $accept: Boolean!) {\n    respondToInvitation(consortiumId: $consortiumId, accept: $accept) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').RespondToInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityDirectory($after: String) {\n    municipalities(first: 200, after: $after) {\n      nodes {\n        number\n        name\n        smallDistrict\n        county {\n          number\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalityDirectoryDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
