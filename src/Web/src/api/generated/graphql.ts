/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AnnounceDialogueEventInput = {
  capacity?: number | null | undefined;
  consortiumId: string | number;
  description: string;
  endsAt: string;
  kind: DialogueEventKind;
  location?: string | null | undefined;
  registrationDeadline: string;
  startsAt: string;
  title: string;
};

export type CapabilityDimension =
  | 'BENEFIT_REALISATION'
  | 'COMPETENCE'
  | 'INTERMUNICIPAL_COLLABORATION'
  | 'INTERNAL_COLLABORATION'
  | 'LEADERSHIP_ANCHORING'
  | 'STRATEGY'
  | 'SUPPLIER_DIALOGUE';

export type CaseFilter = {
  county?: string | number | null | undefined;
  domain?: string | null | undefined;
  procedure?: string | null | undefined;
  /** Searched with the Norwegian analysis; hits come by relevance. */
  text?: string | null | undefined;
};

export type CaseOrigin =
  | 'CONSORTIUM'
  | 'IMPORT'
  | 'SEED';

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

export type DialogueEventFilter = {
  consortium?: string | number | null | undefined;
  /** A county of the lead or of a member municipality. */
  county?: string | number | null | undefined;
  cpvPrefix?: string | null | undefined;
  /** Any of these CPV prefixes (or cpvPrefix). */
  cpvPrefixes?: Array<string> | null | undefined;
  from?: string | null | undefined;
  kind?: DialogueEventKind | null | undefined;
  to?: string | null | undefined;
  /** Only events neither cancelled nor ended. */
  upcoming?: boolean | null | undefined;
};

export type DialogueEventKind =
  | 'CONFERENCE'
  | 'ONE_TO_ONE_MEETINGS'
  | 'WEBINAR';

export type DialogueEventOrder =
  /** Newest announcement first. */
  | 'ANNOUNCED_NEWEST'
  /** Soonest start first (the default). */
  | 'STARTS_AT';

export type DialogueEventStatus =
  | 'ANNOUNCED'
  | 'CANCELLED'
  | 'HELD'
  | 'REGISTRATION_CLOSED';

export type FollowKind =
  | 'CONSORTIUM'
  | 'COUNTY'
  | 'CPV'
  | 'MUNICIPALITY';

export type MatchReason =
  | 'BOTH_SMALL_DISTRICT'
  | 'CPV_OVERLAP'
  | 'DIFFERENT_CPV'
  | 'RELATED_CPV'
  | 'SAME_CASE'
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

export type NoticeDelivery =
  | 'DAILY_DIGEST'
  | 'IMMEDIATELY'
  | 'NEVER';

export type NoticeKind =
  | 'ANNOUNCEMENT'
  | 'ANSWER'
  | 'EVENT_CHANGE'
  | 'INVITATION'
  | 'MEMBERSHIP_CHANGE'
  | 'PARTNER_SUGGESTION'
  | 'PHASE_CHANGE'
  | 'QUESTION_WAITING'
  | 'REGISTRATION_DEADLINE';

export type NotificationSettingInput = {
  delivery: NoticeDelivery;
  kind: NoticeKind;
};

/** CONSORTIUM: a joined member of a running consortium. NEEDS: published needs, no consortium. NONE: neither. */
export type Participation =
  | 'CONSORTIUM'
  | 'NEEDS'
  | 'NONE';

export type ProcurementCategory =
  | 'GOODS'
  | 'SERVICES'
  | 'WORKS';

export type PublishCaseInput = {
  domain?: string | null | undefined;
  lessons?: string | null | undefined;
  outcome?: string | null | undefined;
  procedure?: string | null | undefined;
  sourceUrl?: string | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
};

export type PublishNeedInput = {
  category: ProcurementCategory;
  cpv: Array<string>;
  description: string;
  estimatedValueNok?: number | null | undefined;
  /** The case the need is started from (needDraftFromCase). */
  fromCaseId?: string | number | null | undefined;
  neededFrom?: string | null | undefined;
  neededTo?: string | null | undefined;
  openToCollaboration?: boolean | null | undefined;
  title: string;
  visibility?: Visibility | null | undefined;
};

export type Role =
  | 'MUNICIPALITY'
  | 'PROGRAMME'
  | 'SUPPLIER';

export type SearchKind =
  | 'CASE'
  | 'CONSORTIUM'
  | 'DIALOGUE_EVENT'
  | 'NEED';

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

export type CasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, buyers: Array<string>, yearStarted: number | null, yearContract: number | null, procedure: string, domain: string, summary: string }> } };

export type CaseDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailsQuery = { case: { id: string, title: string, buyers: Array<string>, lead: string | null, yearStarted: number | null, yearContract: number | null, procedure: string, domain: string, summary: string, outcome: string | null, lessons: string | null, sourceUrl: string | null, sourceTitle: string | null, origin: CaseOrigin, cpv: Array<{ code: string, label: string }>, municipalities: Array<{ number: string, name: string, county: { name: string } }>, consortium: { id: string, title: string } | null } | null };

export type NeedDraftFromCaseQueryVariables = Exact<{
  caseId: string | number;
}>;


export type NeedDraftFromCaseQuery = { needDraftFromCase: { title: string, description: string, cpv: Array<{ code: string, label: string }>, fromCase: { id: string, title: string }, municipalitiesToAsk: Array<{ number: string, name: string }> } | null };

export type CaseDraftQueryVariables = Exact<{
  consortiumId: string | number;
}>;


export type CaseDraftQuery = { caseDraft: { id: string, title: string, summary: string, outcome: string | null, lessons: string | null, procedure: string, domain: string, sourceUrl: string | null } | null };

export type PublishConsortiumAsCaseMutationVariables = Exact<{
  consortiumId: string | number;
  input?: PublishCaseInput | null | undefined;
}>;


export type PublishConsortiumAsCaseMutation = { publishConsortiumAsCase: { id: string, title: string } };

export type PublicDialogueEventsQueryVariables = Exact<{
  filter?: DialogueEventFilter | null | undefined;
  orderBy?: DialogueEventOrder | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicDialogueEventsQuery = { dialogueEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, kind: DialogueEventKind, startsAt: string, endsAt: string, location: string | null, registrationDeadline: string, capacity: number | null, attendeeCount: number, status: DialogueEventStatus, announcedAt: string, consortium: { id: string, title: string, lead: { name: string }, members: Array<{ status: MemberStatus, municipality: { name: string } }> } }> } };

export type PublicDialogueEventQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicDialogueEventQuery = { dialogueEvent: { id: string, title: string, description: string, kind: DialogueEventKind, startsAt: string, endsAt: string, location: string | null, registrationDeadline: string, capacity: number | null, registrationCount: number, attendeeCount: number, status: DialogueEventStatus, announcedAt: string, cancelReason: string | null, icsUrl: string, cpv: Array<{ code: string, label: string }>, consortium: { id: string, title: string, description: string, phase: ConsortiumPhase, lead: { number: string, name: string }, members: Array<{ role: MemberRole, status: MemberStatus, municipality: { number: string, name: string, county: { name: string } } }>, questions: Array<{ id: string, text: string, askedAt: string, answer: string | null, answeredAt: string | null }> } } | null };

export type CountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountiesQuery = { counties: Array<{ number: string, name: string }> };

export type CpvLookupQueryVariables = Exact<{
  code: string;
}>;


export type CpvLookupQuery = { cpv: { code: string, label: string } | null };

export type MySupplierQueryVariables = Exact<{ [key: string]: never; }>;


export type MySupplierQuery = { viewer: { role: Role | null, supplier: { orgNumber: string, name: string, follows: Array<{ kind: FollowKind, value: string }>, registrations: Array<{ attendees: number, cancelled: boolean, registeredAt: string, event: { id: string, title: string, startsAt: string, status: DialogueEventStatus } }> } | null } };

export type MyQuestionsQueryVariables = Exact<{
  consortiumId: string | number;
}>;


export type MyQuestionsQuery = { consortium: { id: string, questions: Array<{ id: string, text: string, askedAt: string, answer: string | null, answeredAt: string | null, askedBy: { orgNumber: string } | null }> } | null };

export type RegisterSupplierMutationVariables = Exact<{
  name: string;
}>;


export type RegisterSupplierMutation = { registerSupplier: { orgNumber: string, name: string } };

export type FollowMutationVariables = Exact<{
  kind: FollowKind;
  value: string;
}>;


export type FollowMutation = { follow: { orgNumber: string, follows: Array<{ kind: FollowKind, value: string }> } };

export type UnfollowMutationVariables = Exact<{
  kind: FollowKind;
  value: string;
}>;


export type UnfollowMutation = { unfollow: { orgNumber: string, follows: Array<{ kind: FollowKind, value: string }> } };

export type RegisterForEventMutationVariables = Exact<{
  eventId: string | number;
  attendees: number;
}>;


export type RegisterForEventMutation = { registerForDialogueEvent: { attendees: number, cancelled: boolean, event: { id: string, attendeeCount: number, registrationCount: number } } };

export type CancelRegistrationMutationVariables = Exact<{
  eventId: string | number;
}>;


export type CancelRegistrationMutation = { cancelRegistration: { cancelled: boolean, event: { id: string, attendeeCount: number } } };

export type AskQuestionMutationVariables = Exact<{
  consortiumId: string | number;
  text: string;
}>;


export type AskQuestionMutation = { askQuestion: { id: string, text: string } };

export type EventForNotificationQueryVariables = Exact<{
  id: string | number;
}>;


export type EventForNotificationQuery = { dialogueEvent: { id: string, title: string, startsAt: string, cpv: Array<{ code: string, label: string }>, consortium: { id: string, title: string, lead: { number: string, name: string, county: { number: string, name: string } }, members: Array<{ status: MemberStatus, municipality: { number: string, name: string, county: { number: string, name: string } } }> } } | null };

export type LeadDialogueQueryVariables = Exact<{
  consortiumId: string | number;
}>;


export type LeadDialogueQuery = { consortium: { id: string, phase: ConsortiumPhase, lead: { number: string }, dialogueEvents: Array<{ id: string, title: string, kind: DialogueEventKind, startsAt: string, endsAt: string, status: DialogueEventStatus, capacity: number | null, registrationCount: number, attendeeCount: number, cancelReason: string | null, registrations: Array<{ attendees: number, cancelled: boolean, registeredAt: string, supplier: { orgNumber: string, name: string } }> }>, questions: Array<{ id: string, text: string, askedAt: string, answer: string | null, answeredAt: string | null, askedBy: { orgNumber: string, name: string } | null }> } | null };

export type AnnounceEventMutationVariables = Exact<{
  input: AnnounceDialogueEventInput;
}>;


export type AnnounceEventMutation = { announceDialogueEvent: { id: string, title: string } };

export type CancelEventMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelEventMutation = { cancelDialogueEvent: { id: string, status: DialogueEventStatus } };

export type AnswerQuestionMutationVariables = Exact<{
  questionId: string | number;
  answer: string;
}>;


export type AnswerQuestionMutation = { answerQuestion: { id: string, answer: string | null } };

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


export type NeedDetailsQuery = { need: { id: string, title: string, description: string, category: ProcurementCategory, estimatedValueNok: number | null, neededFrom: string | null, neededTo: string | null, stage: NeedStage, visibility: Visibility, openToCollaboration: boolean, createdAt: string, updatedAt: string, municipality: { number: string, name: string }, consortium: { id: string, title: string, phase: ConsortiumPhase } | null, fromCase: { id: string, title: string } | null, cpv: Array<{ code: string, label: string, parent: { code: string, label: string, parent: { code: string, label: string, parent: { code: string, label: string, parent: { code: string, label: string } | null } | null } | null } | null }> } | null };

export type SimilarNeedsQueryVariables = Exact<{
  needId: string | number;
}>;


export type SimilarNeedsQuery = { similarNeeds: Array<{ score: number, reasons: Array<MatchReason>, details: Array<{ reason: MatchReason, value: number, cpvLevel: number | null, monthsOverlap: number | null, similarity: number | null, matchedTerms: Array<string>, relatedCpv: Array<string> }>, need: { id: string, title: string, description: string, estimatedValueNok: number | null, neededFrom: string | null, neededTo: string | null, stage: NeedStage, openToCollaboration: boolean, municipality: { number: string, name: string, smallDistrict: boolean, county: { name: string } }, cpv: Array<{ code: string, label: string }> } }> };

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

export type DismissPartnerSuggestionMutationVariables = Exact<{
  needId: string | number;
  matchedNeedId: string | number;
}>;


export type DismissPartnerSuggestionMutation = { dismissPartnerSuggestion: boolean };

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

export type MyPersonQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPersonQuery = { viewer: { role: Role | null, person: { id: string, name: string | null, email: string | null, emailConfirmed: boolean, emailFromSignIn: boolean, pendingEmail: string | null, notificationSettings: Array<{ kind: NoticeKind, delivery: NoticeDelivery }> } | null } };

export type PersonFieldsFragment = { id: string, name: string | null, email: string | null, emailConfirmed: boolean, emailFromSignIn: boolean, pendingEmail: string | null, notificationSettings: Array<{ kind: NoticeKind, delivery: NoticeDelivery }> };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  settings: Array<NotificationSettingInput> | NotificationSettingInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { id: string, name: string | null, email: string | null, emailConfirmed: boolean, emailFromSignIn: boolean, pendingEmail: string | null, notificationSettings: Array<{ kind: NoticeKind, delivery: NoticeDelivery }> } };

export type SetNotificationEmailMutationVariables = Exact<{
  email: string;
}>;


export type SetNotificationEmailMutation = { setNotificationEmail: { id: string, name: string | null, email: string | null, emailConfirmed: boolean, emailFromSignIn: boolean, pendingEmail: string | null, notificationSettings: Array<{ kind: NoticeKind, delivery: NoticeDelivery }> } };

export type ProgrammeDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeDashboardQuery = { programmeOverview: { municipalityCount: number, activeMunicipalities: number, smallDistrictMunicipalities: number, activeSmallDistrictMunicipalities: number, needCount: number, dialogueEventsAnnounced: number, supplierRegistrations: number, innovativeGoal: number, innovativeShare: number | null, innovativeShareYear: number | null, consortiaFormed: { year: number, total: number, byCounty: Array<{ count: number, county: { number: string, name: string } }>, byPhase: Array<{ phase: ConsortiumPhase, count: number }> }, innovativeShareByYear: Array<{ year: number, total: number, innovative: number, share: number | null, valueShare: number | null, reportingMunicipalities: number, byCounty: Array<{ total: number, innovative: number, share: number | null, valueShare: number | null, reportingMunicipalities: number, county: { number: string, name: string } }> }>, capabilitySmallDistrict: Array<{ dimension: CapabilityDimension, average: number, responses: number }>, capabilityOtherMunicipalities: Array<{ dimension: CapabilityDimension, average: number, responses: number }>, capabilityByCounty: Array<{ county: { number: string, name: string }, averages: Array<{ dimension: CapabilityDimension, average: number, responses: number }> }> } };

export type NotYetInConsortiumQueryVariables = Exact<{ [key: string]: never; }>;


export type NotYetInConsortiumQuery = { programmeOverview: { municipalityStandings: Array<{ openNeeds: number, municipality: { number: string, name: string, population: number, county: { number: string, name: string } }, needs: Array<{ id: string, title: string }> }> } };

export type RecentActivityQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentActivityQuery = { activity: { nodes: Array<{ at: string, type: string, summary: string, data: string }> } };

export type MunicipalityMapQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalityMapQuery = { programmeOverview: { municipalityStandings: Array<{ part: Participation, openNeeds: number, activeConsortia: number, municipality: { number: string, name: string, population: number, smallDistrict: boolean, county: { number: string, name: string } } }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  county?: string | number | null | undefined;
  cpvDivision?: string | null | undefined;
  domain?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, hits: Array<{ kind: SearchKind, id: string, title: string, snippet: string, score: number }>, facets: { byKind: Array<{ value: string, count: number }>, byCounty: Array<{ value: string, count: number }>, byDomain: Array<{ value: string, count: number }> } } };

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
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on Person {
  id
  name
  email
  emailConfirmed
  emailFromSignIn
  pendingEmail
  notificationSettings {
    kind
    delivery
  }
}
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const CasesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CasesQuery, CasesQueryVariables>;
export const CaseDetailsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CaseDetailsQuery, CaseDetailsQueryVariables>;
export const NeedDraftFromCaseDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<NeedDraftFromCaseQuery, NeedDraftFromCaseQueryVariables>;
export const CaseDraftDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CaseDraftQuery, CaseDraftQueryVariables>;
export const PublishConsortiumAsCaseDocument = new TypedDocumentString(`
    mutation PublishConsortiumAsCase($consortiumId: ID!, $input: PublishCaseInput) {
  publishConsortiumAsCase(consortiumId: $consortiumId, input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<PublishConsortiumAsCaseMutation, PublishConsortiumAsCaseMutationVariables>;
export const PublicDialogueEventsDocument = new TypedDocumentString(`
    query PublicDialogueEvents($filter: DialogueEventFilter, $orderBy: DialogueEventOrder, $after: String) {
  dialogueEvents(filter: $filter, orderBy: $orderBy, first: 25, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      kind
      startsAt
      endsAt
      location
      registrationDeadline
      capacity
      attendeeCount
      status
      announcedAt
      consortium {
        id
        title
        lead {
          name
        }
        members {
          status
          municipality {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicDialogueEventsQuery, PublicDialogueEventsQueryVariables>;
export const PublicDialogueEventDocument = new TypedDocumentString(`
    query PublicDialogueEvent($id: ID!) {
  dialogueEvent(id: $id) {
    id
    title
    description
    kind
    startsAt
    endsAt
    location
    registrationDeadline
    capacity
    registrationCount
    attendeeCount
    status
    announcedAt
    cancelReason
    icsUrl
    cpv {
      code
      label
    }
    consortium {
      id
      title
      description
      phase
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
          county {
            name
          }
        }
      }
      questions {
        id
        text
        askedAt
        answer
        answeredAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicDialogueEventQuery, PublicDialogueEventQueryVariables>;
export const CountiesDocument = new TypedDocumentString(`
    query Counties {
  counties {
    number
    name
  }
}
    `) as unknown as TypedDocumentString<CountiesQuery, CountiesQueryVariables>;
export const CpvLookupDocument = new TypedDocumentString(`
    query CpvLookup($code: String!) {
  cpv(code: $code) {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<CpvLookupQuery, CpvLookupQueryVariables>;
export const MySupplierDocument = new TypedDocumentString(`
    query MySupplier {
  viewer {
    role
    supplier {
      orgNumber
      name
      follows {
        kind
        value
      }
      registrations {
        attendees
        cancelled
        registeredAt
        event {
          id
          title
          startsAt
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MySupplierQuery, MySupplierQueryVariables>;
export const MyQuestionsDocument = new TypedDocumentString(`
    query MyQuestions($consortiumId: ID!) {
  consortium(id: $consortiumId) {
    id
    questions {
      id
      text
      askedAt
      answer
      answeredAt
      askedBy {
        orgNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyQuestionsQuery, MyQuestionsQueryVariables>;
export const RegisterSupplierDocument = new TypedDocumentString(`
    mutation RegisterSupplier($name: String!) {
  registerSupplier(input: {name: $name}) {
    orgNumber
    name
  }
}
    `) as unknown as TypedDocumentString<RegisterSupplierMutation, RegisterSupplierMutationVariables>;
export const FollowDocument = new TypedDocumentString(`
    mutation Follow($kind: FollowKind!, $value: String!) {
  follow(input: {kind: $kind, value: $value}) {
    orgNumber
    follows {
      kind
      value
    }
  }
}
    `) as unknown as TypedDocumentString<FollowMutation, FollowMutationVariables>;
export const UnfollowDocument = new TypedDocumentString(`
    mutation Unfollow($kind: FollowKind!, $value: String!) {
  unfollow(input: {kind: $kind, value: $value}) {
    orgNumber
    follows {
      kind
      value
    }
  }
}
    `) as unknown as TypedDocumentString<UnfollowMutation, UnfollowMutationVariables>;
export const RegisterForEventDocument = new TypedDocumentString(`
    mutation RegisterForEvent($eventId: ID!, $attendees: Int!) {
  registerForDialogueEvent(eventId: $eventId, attendees: $attendees) {
    attendees
    cancelled
    event {
      id
      attendeeCount
      registrationCount
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const CancelRegistrationDocument = new TypedDocumentString(`
    mutation CancelRegistration($eventId: ID!) {
  cancelRegistration(eventId: $eventId) {
    cancelled
    event {
      id
      attendeeCount
    }
  }
}
    `) as unknown as TypedDocumentString<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const AskQuestionDocument = new TypedDocumentString(`
    mutation AskQuestion($consortiumId: ID!, $text: String!) {
  askQuestion(consortiumId: $consortiumId, text: $text) {
    id
    text
  }
}
    `) as unknown as TypedDocumentString<AskQuestionMutation, AskQuestionMutationVariables>;
export const EventForNotificationDocument = new TypedDocumentString(`
    query EventForNotification($id: ID!) {
  dialogueEvent(id: $id) {
    id
    title
    startsAt
    cpv {
      code
      label
    }
    consortium {
      id
      title
      lead {
        number
        name
        county {
          number
          name
        }
      }
      members {
        status
        municipality {
          number
          name
          county {
            number
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventForNotificationQuery, EventForNotificationQueryVariables>;
export const LeadDialogueDocument = new TypedDocumentString(`
    query LeadDialogue($consortiumId: ID!) {
  consortium(id: $consortiumId) {
    id
    phase
    lead {
      number
    }
    dialogueEvents {
      id
      title
      kind
      startsAt
      endsAt
      status
      capacity
      registrationCount
      attendeeCount
      cancelReason
      registrations {
        attendees
        cancelled
        registeredAt
        supplier {
          orgNumber
          name
        }
      }
    }
    questions {
      id
      text
      askedAt
      answer
      answeredAt
      askedBy {
        orgNumber
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeadDialogueQuery, LeadDialogueQueryVariables>;
export const AnnounceEventDocument = new TypedDocumentString(`
    mutation AnnounceEvent($input: AnnounceDialogueEventInput!) {
  announceDialogueEvent(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AnnounceEventMutation, AnnounceEventMutationVariables>;
export const CancelEventDocument = new TypedDocumentString(`
    mutation CancelEvent($id: ID!, $reason: String!) {
  cancelDialogueEvent(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelEventMutation, CancelEventMutationVariables>;
export const AnswerQuestionDocument = new TypedDocumentString(`
    mutation AnswerQuestion($questionId: ID!, $answer: String!) {
  answerQuestion(questionId: $questionId, answer: $answer) {
    id
    answer
  }
}
    `) as unknown as TypedDocumentString<AnswerQuestionMutation, AnswerQuestionMutationVariables>;
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
    `) as unknown as TypedDocumentString<NeedDetailsQuery, NeedDetailsQueryVariables>;
export const SimilarNeedsDocument = new TypedDocumentString(`
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
export const DismissPartnerSuggestionDocument = new TypedDocumentString(`
    mutation DismissPartnerSuggestion($needId: ID!, $matchedNeedId: ID!) {
  dismissPartnerSuggestion(needId: $needId, matchedNeedId: $matchedNeedId)
}
    `) as unknown as TypedDocumentString<DismissPartnerSuggestionMutation, DismissPartnerSuggestionMutationVariables>;
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
export const MyPersonDocument = new TypedDocumentString(`
    query MyPerson {
  viewer {
    role
    person {
      ...PersonFields
    }
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  emailConfirmed
  emailFromSignIn
  pendingEmail
  notificationSettings {
    kind
    delivery
  }
}`) as unknown as TypedDocumentString<MyPersonQuery, MyPersonQueryVariables>;
export const UpdateNotificationSettingsDocument = new TypedDocumentString(`
    mutation UpdateNotificationSettings($settings: [NotificationSettingInput!]!) {
  updateNotificationSettings(settings: $settings) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  emailConfirmed
  emailFromSignIn
  pendingEmail
  notificationSettings {
    kind
    delivery
  }
}`) as unknown as TypedDocumentString<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const SetNotificationEmailDocument = new TypedDocumentString(`
    mutation SetNotificationEmail($email: String!) {
  setNotificationEmail(email: $email) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  emailConfirmed
  emailFromSignIn
  pendingEmail
  notificationSettings {
    kind
    delivery
  }
}`) as unknown as TypedDocumentString<SetNotificationEmailMutation, SetNotificationEmailMutationVariables>;
export const ProgrammeDashboardDocument = new TypedDocumentString(`
    query ProgrammeDashboard {
  programmeOverview {
    municipalityCount
    activeMunicipalities
    smallDistrictMunicipalities
    activeSmallDistrictMunicipalities
    needCount
    dialogueEventsAnnounced
    supplierRegistrations
    innovativeGoal
    innovativeShare
    innovativeShareYear
    consortiaFormed {
      year
      total
      byCounty {
        county {
          number
          name
        }
        count
      }
      byPhase {
        phase
        count
      }
    }
    innovativeShareByYear {
      year
      total
      innovative
      share
      valueShare
      reportingMunicipalities
      byCounty {
        county {
          number
          name
        }
        total
        innovative
        share
        valueShare
        reportingMunicipalities
      }
    }
    capabilitySmallDistrict {
      dimension
      average
      responses
    }
    capabilityOtherMunicipalities {
      dimension
      average
      responses
    }
    capabilityByCounty {
      county {
        number
        name
      }
      averages {
        dimension
        average
        responses
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeDashboardQuery, ProgrammeDashboardQueryVariables>;
export const NotYetInConsortiumDocument = new TypedDocumentString(`
    query NotYetInConsortium {
  programmeOverview {
    municipalityStandings(smallDistrict: true, inConsortium: false) {
      municipality {
        number
        name
        population
        county {
          number
          name
        }
      }
      openNeeds
      needs {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotYetInConsortiumQuery, NotYetInConsortiumQueryVariables>;
export const RecentActivityDocument = new TypedDocumentString(`
    query RecentActivity {
  activity(first: 30) {
    nodes {
      at
      type
      summary
      data
    }
  }
}
    `) as unknown as TypedDocumentString<RecentActivityQuery, RecentActivityQueryVariables>;
export const MunicipalityMapDocument = new TypedDocumentString(`
    query MunicipalityMap {
  programmeOverview {
    municipalityStandings {
      municipality {
        number
        name
        population
        smallDistrict
        county {
          number
          name
        }
      }
      part
      openNeeds
      activeConsortia
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityMapQuery, MunicipalityMapQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $kinds: [SearchKind!], $county: ID, $cpvDivision: String, $domain: String, $first: Int, $after: String) {
  search(
    text: $text
    kinds: $kinds
    county: $county
    cpvDivision: $cpvDivision
    domain: $domain
    first: $first
    after: $after
  ) {
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
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;