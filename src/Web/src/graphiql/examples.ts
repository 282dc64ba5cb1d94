import consortiaFormed from './examples/consortia-formed-this-year.graphql?raw';
import innovativeShare from './examples/innovative-share.graphql?raw';
import smallDistrict from './examples/small-district-not-in-consortium.graphql?raw';
import lastHour from './examples/last-hour.graphql?raw';

/**
 * The programme's everyday questions, one query each; GraphiQL opens with one tab per question. The same files are
 * run as written by tests/Gateway.Tests (ProgrammeAggregateTests).
 */
export const exampleQueries: readonly string[] = [consortiaFormed, innovativeShare, smallDistrict, lastHour];
