import { graphql } from '../../api/generated';

export const ConsortiumDetails = graphql(`
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
`);

export const AdvancePhase = graphql(`
  mutation AdvancePhase($consortiumId: ID!, $to: ConsortiumPhase!) {
    advancePhase(consortiumId: $consortiumId, to: $to) {
      id
      phase
    }
  }
`);

export const LeaveConsortium = graphql(`
  mutation LeaveConsortium($consortiumId: ID!) {
    leaveConsortium(consortiumId: $consortiumId) {
      id
    }
  }
`);

export const PoolNeed = graphql(`
  mutation PoolNeed($consortiumId: ID!, $needId: ID!) {
    poolNeed(consortiumId: $consortiumId, needId: $needId) {
      id
      combinedEstimatedValueNok
      thresholdRegime
    }
  }
`);

export const RecordAuthorization = graphql(`
  mutation RecordAuthorization($consortiumId: ID!, $reference: String!) {
    recordAuthorization(consortiumId: $consortiumId, reference: $reference) {
      id
    }
  }
`);
