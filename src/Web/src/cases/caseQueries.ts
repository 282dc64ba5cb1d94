import { graphql } from '../api/generated';

export const Cases = graphql(`
  query Cases($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        buyers
        yearStarted
        yearContract
        procedure
        domain
        summary
      }
    }
  }
`);

export const CaseDetails = graphql(`
  query CaseDetails($id: ID!) {
    case(id: $id) {
      id
      title
      buyers
      lead
      yearStarted
      yearContract
      procedure
      domain
      summary
      outcome
      lessons
      sourceUrl
      sourceTitle
      origin
      cpv {
        code
        label
      }
      municipalities {
        number
        name
        county {
          name
        }
      }
      consortium {
        id
        title
      }
    }
  }
`);

export const NeedDraftFromCase = graphql(`
  query NeedDraftFromCase($caseId: ID!) {
    needDraftFromCase(caseId: $caseId) {
      title
      description
      cpv {
        code
        label
      }
      fromCase {
        id
        title
      }
      municipalitiesToAsk {
        number
        name
      }
    }
  }
`);

export const CaseDraft = graphql(`
  query CaseDraft($consortiumId: ID!) {
    caseDraft(consortiumId: $consortiumId) {
      id
      title
      summary
      outcome
      lessons
      procedure
      domain
      sourceUrl
    }
  }
`);

export const PublishConsortiumAsCase = graphql(`
  mutation PublishConsortiumAsCase($consortiumId: ID!, $input: PublishCaseInput) {
    publishConsortiumAsCase(consortiumId: $consortiumId, input: $input) {
      id
      title
    }
  }
`);
