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
    "\n  query PublicDialogueEvents($filter: DialogueEventFilter) {\n    dialogueEvents(filter: $filter, first: 200) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        location\n        registrationDeadline\n        capacity\n        attendeeCount\n        status\n        announcedAt\n        cpv {\n          code\n          label\n        }\n        consortium {\n          id\n          title\n          lead {\n            number\n            name\n            county {\n              number\n              name\n            }\n          }\n          members {\n            status\n            municipality {\n              number\n              name\n              county {\n                number\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublicDialogueEventsDocument,
    "\n  query PublicDialogueEvent($id: ID!) {\n    dialogueEvent(id: $id) {\n      id\n      title\n      description\n      kind\n      startsAt\n      endsAt\n      location\n      registrationDeadline\n      capacity\n      registrationCount\n      attendeeCount\n      status\n      announcedAt\n      cancelReason\n      icsUrl\n      cpv {\n        code\n        label\n      }\n      consortium {\n        id\n        title\n        description\n        phase\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n            county {\n              name\n            }\n          }\n        }\n        questions {\n          id\n          text\n          askedAt\n          answer\n          answeredAt\n        }\n      }\n    }\n  }\n": typeof types.PublicDialogueEventDocument,
    "\n  query Counties {\n    counties {\n      number\n      name\n    }\n  }\n": typeof types.CountiesDocument,
    "\n  query CpvSearch($text: String!) {\n    cpvSearch(text: $text, first: 12) {\n      code\n      label\n      parent {\n        code\n        label\n        parent {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.CpvSearchDocument,
    "\n  query CpvLookup($code: String!) {\n    cpv(code: $code) {\n      code\n      label\n    }\n  }\n": typeof types.CpvLookupDocument,
    "\n  query MySupplier {\n    viewer {\n      role\n      supplier {\n        orgNumber\n        name\n        follows {\n          kind\n          value\n        }\n        registrations {\n          attendees\n          cancelled\n          registeredAt\n          event {\n            id\n            title\n            startsAt\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.MySupplierDocument,
    "\n  query MyQuestions($consortiumId: ID!) {\n    consortium(id: $consortiumId) {\n      id\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        askedBy {\n          orgNumber\n        }\n      }\n    }\n  }\n": typeof types.MyQuestionsDocument,
    "\n  mutation RegisterSupplier($name: String!) {\n    registerSupplier(input: { name: $name }) {\n      orgNumber\n      name\n    }\n  }\n": typeof types.RegisterSupplierDocument,
    "\n  mutation Follow($kind: FollowKind!, $value: String!) {\n    follow(input: { kind: $kind, value: $value }) {\n      orgNumber\n      follows {\n        kind\n        value\n      }\n    }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($kind: FollowKind!, $value: String!) {\n    unfollow(input: { kind: $kind, value: $value }) {\n      orgNumber\n      follows {\n        kind\n        value\n      }\n    }\n  }\n": typeof types.UnfollowDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $attendees: Int!) {\n    registerForDialogueEvent(eventId: $eventId, attendees: $attendees) {\n      attendees\n      cancelled\n      event {\n        id\n        attendeeCount\n        registrationCount\n      }\n    }\n  }\n": typeof types.RegisterForEventDocument,
    "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      cancelled\n      event {\n        id\n        attendeeCount\n      }\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  mutation AskQuestion($consortiumId: ID!, $text: String!) {\n    askQuestion(consortiumId: $consortiumId, text: $text) {\n      id\n      text\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  query EventForNotification($id: ID!) {\n    dialogueEvent(id: $id) {\n      id\n      title\n      startsAt\n      cpv {\n        code\n        label\n      }\n      consortium {\n        id\n        title\n        lead {\n          number\n          name\n          county {\n            number\n            name\n          }\n        }\n        members {\n          status\n          municipality {\n            number\n            name\n            county {\n              number\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EventForNotificationDocument,
    "\n  query LeadDialogue($consortiumId: ID!) {\n    consortium(id: $consortiumId) {\n      id\n      phase\n      lead {\n        number\n      }\n      dialogueEvents {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        status\n        capacity\n        registrationCount\n        attendeeCount\n        cancelReason\n        registrations {\n          attendees\n          cancelled\n          registeredAt\n          supplier {\n            orgNumber\n            name\n          }\n        }\n      }\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        askedBy {\n          orgNumber\n          name\n        }\n      }\n    }\n  }\n": typeof types.LeadDialogueDocument,
    "\n  mutation AnnounceEvent($input: AnnounceDialogueEventInput!) {\n    announceDialogueEvent(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AnnounceEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelDialogueEvent(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation AnswerQuestion($questionId: ID!, $answer: String!) {\n    answerQuestion(questionId: $questionId, answer: $answer) {\n      id\n      answer\n    }\n  }\n": typeof types.AnswerQuestionDocument,
    "\n  query MunicipalityOverview($number: ID!) {\n    municipality(number: $number) {\n      number\n      name\n      smallDistrict\n      needs {\n        id\n        title\n        stage\n        category\n        estimatedValueNok\n        neededFrom\n        neededTo\n        updatedAt\n        consortium {\n          id\n          title\n        }\n      }\n      consortia {\n        id\n        title\n        phase\n        combinedEstimatedValueNok\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n          }\n        }\n      }\n      invitations {\n        message\n        invitedAt\n        invitedBy {\n          number\n          name\n        }\n        consortium {\n          id\n          title\n          phase\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityOverviewDocument,
    "\n  mutation RespondToInvitation($consortiumId: ID!, $accept: Boolean!) {\n    respondToInvitation(consortiumId: $consortiumId, accept: $accept) {\n      id\n      title\n    }\n  }\n": typeof types.RespondToInvitationDocument,
    "\n  query MunicipalityDirectory($after: String) {\n    municipalities(first: 200, after: $after) {\n      nodes {\n        number\n        name\n        smallDistrict\n        county {\n          number\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MunicipalityDirectoryDocument,
};
const documents: Documents = {
    "\n  query PublicDialogueEvents($filter: DialogueEventFilter) {\n    dialogueEvents(filter: $filter, first: 200) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        location\n        registrationDeadline\n        capacity\n        attendeeCount\n        status\n        announcedAt\n        cpv {\n          code\n          label\n        }\n        consortium {\n          id\n          title\n          lead {\n            number\n            name\n            county {\n              number\n              name\n            }\n          }\n          members {\n            status\n            municipality {\n              number\n              name\n              county {\n                number\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PublicDialogueEventsDocument,
    "\n  query PublicDialogueEvent($id: ID!) {\n    dialogueEvent(id: $id) {\n      id\n      title\n      description\n      kind\n      startsAt\n      endsAt\n      location\n      registrationDeadline\n      capacity\n      registrationCount\n      attendeeCount\n      status\n      announcedAt\n      cancelReason\n      icsUrl\n      cpv {\n        code\n        label\n      }\n      consortium {\n        id\n        title\n        description\n        phase\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n            county {\n              name\n            }\n          }\n        }\n        questions {\n          id\n          text\n          askedAt\n          answer\n          answeredAt\n        }\n      }\n    }\n  }\n": types.PublicDialogueEventDocument,
    "\n  query Counties {\n    counties {\n      number\n      name\n    }\n  }\n": types.CountiesDocument,
    "\n  query CpvSearch($text: String!) {\n    cpvSearch(text: $text, first: 12) {\n      code\n      label\n      parent {\n        code\n        label\n        parent {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.CpvSearchDocument,
    "\n  query CpvLookup($code: String!) {\n    cpv(code: $code) {\n      code\n      label\n    }\n  }\n": types.CpvLookupDocument,
    "\n  query MySupplier {\n    viewer {\n      role\n      supplier {\n        orgNumber\n        name\n        follows {\n          kind\n          value\n        }\n        registrations {\n          attendees\n          cancelled\n          registeredAt\n          event {\n            id\n            title\n            startsAt\n            status\n          }\n        }\n      }\n    }\n  }\n": types.MySupplierDocument,
    "\n  query MyQuestions($consortiumId: ID!) {\n    consortium(id: $consortiumId) {\n      id\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        askedBy {\n          orgNumber\n        }\n      }\n    }\n  }\n": types.MyQuestionsDocument,
    "\n  mutation RegisterSupplier($name: String!) {\n    registerSupplier(input: { name: $name }) {\n      orgNumber\n      name\n    }\n  }\n": types.RegisterSupplierDocument,
    "\n  mutation Follow($kind: FollowKind!, $value: String!) {\n    follow(input: { kind: $kind, value: $value }) {\n      orgNumber\n      follows {\n        kind\n        value\n      }\n    }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($kind: FollowKind!, $value: String!) {\n    unfollow(input: { kind: $kind, value: $value }) {\n      orgNumber\n      follows {\n        kind\n        value\n      }\n    }\n  }\n": types.UnfollowDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $attendees: Int!) {\n    registerForDialogueEvent(eventId: $eventId, attendees: $attendees) {\n      attendees\n      cancelled\n      event {\n        id\n        attendeeCount\n        registrationCount\n      }\n    }\n  }\n": types.RegisterForEventDocument,
    "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      cancelled\n      event {\n        id\n        attendeeCount\n      }\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  mutation AskQuestion($consortiumId: ID!, $text: String!) {\n    askQuestion(consortiumId: $consortiumId, text: $text) {\n      id\n      text\n    }\n  }\n": types.AskQuestionDocument,
    "\n  query EventForNotification($id: ID!) {\n    dialogueEvent(id: $id) {\n      id\n      title\n      startsAt\n      cpv {\n        code\n        label\n      }\n      consortium {\n        id\n        title\n        lead {\n          number\n          name\n          county {\n            number\n            name\n          }\n        }\n        members {\n          status\n          municipality {\n            number\n            name\n            county {\n              number\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EventForNotificationDocument,
    "\n  query LeadDialogue($consortiumId: ID!) {\n    consortium(id: $consortiumId) {\n      id\n      phase\n      lead {\n        number\n      }\n      dialogueEvents {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        status\n        capacity\n        registrationCount\n        attendeeCount\n        cancelReason\n        registrations {\n          attendees\n          cancelled\n          registeredAt\n          supplier {\n            orgNumber\n            name\n          }\n        }\n      }\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        askedBy {\n          orgNumber\n          name\n        }\n      }\n    }\n  }\n": types.LeadDialogueDocument,
    "\n  mutation AnnounceEvent($input: AnnounceDialogueEventInput!) {\n    announceDialogueEvent(input: $input) {\n      id\n      title\n    }\n  }\n": types.AnnounceEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelDialogueEvent(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation AnswerQuestion($questionId: ID!, $answer: String!) {\n    answerQuestion(questionId: $questionId, answer: $answer) {\n      id\n      answer\n    }\n  }\n": types.AnswerQuestionDocument,
    "\n  query MunicipalityOverview($number: ID!) {\n    municipality(number: $number) {\n      number\n      name\n      smallDistrict\n      needs {\n        id\n        title\n        stage\n        category\n        estimatedValueNok\n        neededFrom\n        neededTo\n        updatedAt\n        consortium {\n          id\n          title\n        }\n      }\n      consortia {\n        id\n        title\n        phase\n        combinedEstimatedValueNok\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n          }\n        }\n      }\n      invitations {\n        message\n        invitedAt\n        invitedBy {\n          number\n          name\n        }\n        consortium {\n          id\n          title\n          phase\n        }\n      }\n    }\n  }\n": types.MunicipalityOverviewDocument,
    "\n  mutation RespondToInvitation($consortiumId: ID!, $accept: Boolean!) {\n    respondToInvitation(consortiumId: $consortiumId, accept: $accept) {\n      id\n      title\n    }\n  }\n": types.RespondToInvitationDocument,
    "\n  query MunicipalityDirectory($after: String) {\n    municipalities(first: 200, after: $after) {\n      nodes {\n        number\n        name\n        smallDistrict\n        county {\n          number\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MunicipalityDirectoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDialogueEvents($filter: DialogueEventFilter) {\n    dialogueEvents(filter: $filter, first: 200) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        location\n        registrationDeadline\n        capacity\n        attendeeCount\n        status\n        announcedAt\n        cpv {\n          code\n          label\n        }\n        consortium {\n          id\n          title\n          lead {\n            number\n            name\n            county {\n              number\n              name\n            }\n          }\n          members {\n            status\n            municipality {\n              number\n              name\n              county {\n                number\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicDialogueEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDialogueEvent($id: ID!) {\n    dialogueEvent(id: $id) {\n      id\n      title\n      description\n      kind\n      startsAt\n      endsAt\n      location\n      registrationDeadline\n      capacity\n      registrationCount\n      attendeeCount\n      status\n      announcedAt\n      cancelReason\n      icsUrl\n      cpv {\n        code\n        label\n      }\n      consortium {\n        id\n        title\n        description\n        phase\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n            county {\n              name\n            }\n          }\n        }\n        questions {\n          id\n          text\n          askedAt\n          answer\n          answeredAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicDialogueEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Counties {\n    counties {\n      number\n      name\n    }\n  }\n"): typeof import('./graphql').CountiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CpvSearch($text: String!) {\n    cpvSearch(text: $text, first: 12) {\n      code\n      label\n      parent {\n        code\n        label\n        parent {\n          code\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CpvSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CpvLookup($code: String!) {\n    cpv(code: $code) {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').CpvLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupplier {\n    viewer {\n      role\n      supplier {\n        orgNumber\n        name\n        follows {\n          kind\n          value\n        }\n        registrations {\n          attendees\n          cancelled\n          registeredAt\n          event {\n            id\n            title\n            startsAt\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MySupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQuestions($consortiumId: ID!) {\n    consortium(id: $consortiumId) {\n      id\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        askedBy {\n          orgNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSupplier($name: String!) {\n    registerSupplier(input: { name: $name }) {\n      orgNumber\n      name\n    }\n  }\n"): typeof import('./graphql').RegisterSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($kind: FollowKind!, $value: String!) {\n    follow(input: { kind: $kind, value: $value }) {\n      orgNumber\n      follows {\n        kind\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').FollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($kind: FollowKind!, $value: String!) {\n    unfollow(input: { kind: $kind, value: $value }) {\n      orgNumber\n      follows {\n        kind\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').UnfollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForEvent($eventId: ID!, $attendees: Int!) {\n    registerForDialogueEvent(eventId: $eventId, attendees: $attendees) {\n      attendees\n      cancelled\n      event {\n        id\n        attendeeCount\n        registrationCount\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterForEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      cancelled\n      event {\n        id\n        attendeeCount\n      }\n    }\n  }\n"): typeof import('./graphql').CancelRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($consortiumId: ID!, $text: String!) {\n    askQuestion(consortiumId: $consortiumId, text: $text) {\n      id\n      text\n    }\n  }\n"): typeof import('./graphql').AskQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventForNotification($id: ID!) {\n    dialogueEvent(id: $id) {\n      id\n      title\n      startsAt\n      cpv {\n        code\n        label\n      }\n      consortium {\n        id\n        title\n        lead {\n          number\n          name\n          county {\n            number\n            name\n          }\n        }\n        members {\n          status\n          municipality {\n            number\n            name\n            county {\n              number\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventForNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDialogue($consortiumId: ID!) {\n    consortium(id: $consortiumId) {\n      id\n      phase\n      lead {\n        number\n      }\n      dialogueEvents {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        status\n        capacity\n        registrationCount\n        attendeeCount\n        cancelReason\n        registrations {\n          attendees\n          cancelled\n          registeredAt\n          supplier {\n            orgNumber\n            name\n          }\n        }\n      }\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        askedBy {\n          orgNumber\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadDialogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnounceEvent($input: AnnounceDialogueEventInput!) {\n    announceDialogueEvent(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').AnnounceEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelDialogueEvent(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQuestion($questionId: ID!, $answer: String!) {\n    answerQuestion(questionId: $questionId, answer: $answer) {\n      id\n      answer\n    }\n  }\n"): typeof import('./graphql').AnswerQuestionDocument;
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
