import { graphql } from '../api/generated';

export const NeedDetails = graphql(`
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
      fromCase {
        id
        title
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
`);

export const SimilarNeeds = graphql(`
  query SimilarNeeds($needId: ID!) {
    similarNeeds(needId: $needId, first: 10) {
      score
      reasons
      details {
        reason
        value
        cpvLevel
        monthsOverlap
        similarity
        matchedTerms
        relatedCpv
      }
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
`);

export const MyNeeds = graphql(`
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
`);

export const CpvSearch = graphql(`
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
`);

export const PublishNeed = graphql(`
  mutation PublishNeed($input: PublishNeedInput!) {
    publishNeed(input: $input) {
      id
      title
    }
  }
`);

export const UpdateNeed = graphql(`
  mutation UpdateNeed($input: UpdateNeedInput!) {
    updateNeed(input: $input) {
      id
      title
    }
  }
`);

export const WithdrawNeed = graphql(`
  mutation WithdrawNeed($id: ID!) {
    withdrawNeed(id: $id) {
      id
      stage
    }
  }
`);

export const CreateConsortium = graphql(`
  mutation CreateConsortium($input: CreateConsortiumInput!) {
    createConsortium(input: $input) {
      id
      title
    }
  }
`);

export const InviteToConsortium = graphql(`
  mutation InviteToConsortium($consortiumId: ID!, $municipalityNumber: ID!, $message: String) {
    inviteToConsortium(consortiumId: $consortiumId, municipalityNumber: $municipalityNumber, message: $message) {
      id
    }
  }
`);

export const DismissPartnerSuggestion = graphql(`
  mutation DismissPartnerSuggestion($needId: ID!, $matchedNeedId: ID!) {
    dismissPartnerSuggestion(needId: $needId, matchedNeedId: $matchedNeedId)
  }
`);
