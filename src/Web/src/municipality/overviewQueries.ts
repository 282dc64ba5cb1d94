import { graphql } from '../api/generated';

export const MunicipalityOverview = graphql(`
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
`);

export const RespondToInvitation = graphql(`
  mutation RespondToInvitation($consortiumId: ID!, $accept: Boolean!) {
    respondToInvitation(consortiumId: $consortiumId, accept: $accept) {
      id
      title
    }
  }
`);
