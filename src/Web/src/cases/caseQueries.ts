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
