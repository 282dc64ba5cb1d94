import { graphql } from '../api/generated';

export const Search = graphql(`
  query Search($text: String!, $kinds: [SearchKind!], $county: ID, $cpvDivision: String, $domain: String, $first: Int, $after: String) {
    search(text: $text, kinds: $kinds, county: $county, cpvDivision: $cpvDivision, domain: $domain, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      hits {
        kind
        id
        title
        snippet
        score
      }
      facets {
        byKind {
          value
          count
        }
        byCounty {
          value
          count
        }
        byDomain {
          value
          count
        }
      }
    }
  }
`);
