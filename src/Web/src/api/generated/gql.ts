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
    "\n  query Cases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        buyers\n        yearStarted\n        yearContract\n        procedure\n        domain\n        summary\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query CaseDetails($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      buyers\n      lead\n      yearStarted\n      yearContract\n      procedure\n      domain\n      summary\n      outcome\n      lessons\n      sourceUrl\n      sourceTitle\n      origin\n      cpv {\n        code\n        label\n      }\n      municipalities {\n        number\n        name\n        county {\n          name\n        }\n      }\n      consortium {\n        id\n        title\n      }\n    }\n  }\n": typeof types.CaseDetailsDocument,
    "\n  query NeedDraftFromCase($caseId: ID!) {\n    needDraftFromCase(caseId: $caseId) {\n      title\n      description\n      cpv {\n        code\n        label\n      }\n      fromCase {\n        id\n        title\n      }\n      municipalitiesToAsk {\n        number\n        name\n      }\n    }\n  }\n": typeof types.NeedDraftFromCaseDocument,
    "\n  query CaseDraft($consortiumId: ID!) {\n    caseDraft(consortiumId: $consortiumId) {\n      id\n      title\n      summary\n      outcome\n      lessons\n      procedure\n      domain\n      sourceUrl\n    }\n  }\n": typeof types.CaseDraftDocument,
    "\n  mutation PublishConsortiumAsCase($consortiumId: ID!, $input: PublishCaseInput) {\n    publishConsortiumAsCase(consortiumId: $consortiumId, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.PublishConsortiumAsCaseDocument,
    "\n  query PublicDialogueEvents($filter: DialogueEventFilter, $orderBy: DialogueEventOrder, $after: String) {\n    dialogueEvents(filter: $filter, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        location\n        registrationDeadline\n        capacity\n        attendeeCount\n        status\n        announcedAt\n        consortium {\n          id\n          title\n          lead {\n            name\n          }\n          members {\n            status\n            municipality {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublicDialogueEventsDocument,
    "\n  query PublicDialogueEvent($id: ID!) {\n    dialogueEvent(id: $id) {\n      id\n      title\n      description\n      kind\n      startsAt\n      endsAt\n      location\n      registrationDeadline\n      capacity\n      registrationCount\n      attendeeCount\n      status\n      announcedAt\n      cancelReason\n      icsUrl\n      cpv {\n        code\n        label\n      }\n      consortium {\n        id\n        title\n        description\n        phase\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n            county {\n              name\n            }\n          }\n        }\n        questions {\n          id\n          text\n          askedAt\n          answer\n          answeredAt\n        }\n      }\n    }\n  }\n": typeof types.PublicDialogueEventDocument,
    "\n  query Counties {\n    counties {\n      number\n      name\n    }\n  }\n": typeof types.CountiesDocument,
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
    "\n  query ConsortiumDetails($id: ID!) {\n    consortium(id: $id) {\n      id\n      title\n      description\n      phase\n      combinedEstimatedValueNok\n      combinedPopulation\n      thresholdRegime\n      membershipFrozen\n      createdAt\n      lead {\n        number\n        name\n      }\n      members {\n        role\n        status\n        authorizationReference\n        joinedAt\n        municipality {\n          number\n          name\n          smallDistrict\n        }\n      }\n      pooledNeeds {\n        id\n        title\n        category\n        estimatedValueNok\n        municipality {\n          number\n          name\n        }\n      }\n      cpv {\n        code\n        label\n      }\n      timeline(first: 200) {\n        at\n        type\n        summary\n        actor\n      }\n    }\n  }\n": typeof types.ConsortiumDetailsDocument,
    "\n  mutation AdvancePhase($consortiumId: ID!, $to: ConsortiumPhase!) {\n    advancePhase(consortiumId: $consortiumId, to: $to) {\n      id\n      phase\n    }\n  }\n": typeof types.AdvancePhaseDocument,
    "\n  mutation LeaveConsortium($consortiumId: ID!) {\n    leaveConsortium(consortiumId: $consortiumId) {\n      id\n    }\n  }\n": typeof types.LeaveConsortiumDocument,
    "\n  mutation PoolNeed($consortiumId: ID!, $needId: ID!) {\n    poolNeed(consortiumId: $consortiumId, needId: $needId) {\n      id\n      combinedEstimatedValueNok\n      thresholdRegime\n    }\n  }\n": typeof types.PoolNeedDocument,
    "\n  mutation RecordAuthorization($consortiumId: ID!, $reference: String!) {\n    recordAuthorization(consortiumId: $consortiumId, reference: $reference) {\n      id\n    }\n  }\n": typeof types.RecordAuthorizationDocument,
    "\n  query NeedDetails($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      category\n      estimatedValueNok\n      neededFrom\n      neededTo\n      stage\n      visibility\n      openToCollaboration\n      createdAt\n      updatedAt\n      municipality {\n        number\n        name\n      }\n      consortium {\n        id\n        title\n        phase\n      }\n      fromCase {\n        id\n        title\n      }\n      cpv {\n        code\n        label\n        parent {\n          code\n          label\n          parent {\n            code\n            label\n            parent {\n              code\n              label\n              parent {\n                code\n                label\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NeedDetailsDocument,
    "\n  query SimilarNeeds($needId: ID!) {\n    similarNeeds(needId: $needId, first: 10) {\n      score\n      reasons\n      details {\n        reason\n        value\n        cpvLevel\n        monthsOverlap\n        similarity\n        matchedTerms\n        relatedCpv\n      }\n      need {\n        id\n        title\n        description\n        estimatedValueNok\n        neededFrom\n        neededTo\n        stage\n        openToCollaboration\n        municipality {\n          number\n          name\n          smallDistrict\n          county {\n            name\n          }\n        }\n        cpv {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.SimilarNeedsDocument,
    "\n  query MyNeeds($number: ID!, $includeWithdrawn: Boolean!) {\n    municipality(number: $number) {\n      number\n      needs(includeWithdrawn: $includeWithdrawn) {\n        id\n        title\n        stage\n        category\n        estimatedValueNok\n        neededFrom\n        neededTo\n        updatedAt\n        consortium {\n          id\n          title\n        }\n        cpv {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.MyNeedsDocument,
    "\n  query CpvSearch($text: String!) {\n    cpvSearch(text: $text, first: 15) {\n      code\n      label\n      parent {\n        code\n        label\n        parent {\n          code\n          label\n          parent {\n            code\n            label\n            parent {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CpvSearchDocument,
    "\n  mutation PublishNeed($input: PublishNeedInput!) {\n    publishNeed(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.PublishNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  mutation WithdrawNeed($id: ID!) {\n    withdrawNeed(id: $id) {\n      id\n      stage\n    }\n  }\n": typeof types.WithdrawNeedDocument,
    "\n  mutation CreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateConsortiumDocument,
    "\n  mutation InviteToConsortium($consortiumId: ID!, $municipalityNumber: ID!, $message: String) {\n    inviteToConsortium(consortiumId: $consortiumId, municipalityNumber: $municipalityNumber, message: $message) {\n      id\n    }\n  }\n": typeof types.InviteToConsortiumDocument,
    "\n  mutation DismissPartnerSuggestion($needId: ID!, $matchedNeedId: ID!) {\n    dismissPartnerSuggestion(needId: $needId, matchedNeedId: $matchedNeedId)\n  }\n": typeof types.DismissPartnerSuggestionDocument,
    "\n  query MunicipalityOverview($number: ID!) {\n    municipality(number: $number) {\n      number\n      name\n      smallDistrict\n      needs {\n        id\n        title\n        stage\n        category\n        estimatedValueNok\n        neededFrom\n        neededTo\n        updatedAt\n        consortium {\n          id\n          title\n        }\n      }\n      consortia {\n        id\n        title\n        phase\n        combinedEstimatedValueNok\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n          }\n        }\n      }\n      invitations {\n        message\n        invitedAt\n        invitedBy {\n          number\n          name\n        }\n        consortium {\n          id\n          title\n          phase\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityOverviewDocument,
    "\n  mutation RespondToInvitation($consortiumId: ID!, $accept: Boolean!) {\n    respondToInvitation(consortiumId: $consortiumId, accept: $accept) {\n      id\n      title\n    }\n  }\n": typeof types.RespondToInvitationDocument,
    "\n  query MunicipalityDirectory($after: String) {\n    municipalities(first: 200, after: $after) {\n      nodes {\n        number\n        name\n        smallDistrict\n        county {\n          number\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MunicipalityDirectoryDocument,
    "\n  query MyPerson {\n    viewer {\n      role\n      person {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.MyPersonDocument,
    "\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    emailConfirmed\n    emailFromSignIn\n    pendingEmail\n    notificationSettings {\n      kind\n      delivery\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  mutation UpdateNotificationSettings($settings: [NotificationSettingInput!]!) {\n    updateNotificationSettings(settings: $settings) {\n      ...PersonFields\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  mutation SetNotificationEmail($email: String!) {\n    setNotificationEmail(email: $email) {\n      ...PersonFields\n    }\n  }\n": typeof types.SetNotificationEmailDocument,
    "\n  query ProgrammeDashboard {\n    programmeOverview {\n      municipalityCount\n      activeMunicipalities\n      smallDistrictMunicipalities\n      activeSmallDistrictMunicipalities\n      needCount\n      dialogueEventsAnnounced\n      supplierRegistrations\n      innovativeGoal\n      innovativeShare\n      innovativeShareYear\n      consortiaFormed {\n        year\n        total\n        byCounty { county { number name } count }\n        byPhase { phase count }\n      }\n      innovativeShareByYear {\n        year total innovative share valueShare reportingMunicipalities\n        byCounty { county { number name } total innovative share valueShare reportingMunicipalities }\n      }\n      capabilitySmallDistrict { dimension average responses }\n      capabilityOtherMunicipalities { dimension average responses }\n      capabilityByCounty { county { number name } averages { dimension average responses } }\n    }\n  }\n": typeof types.ProgrammeDashboardDocument,
    "\n  query NotYetInConsortium {\n    programmeOverview {\n      municipalityStandings(smallDistrict: true, inConsortium: false) {\n        municipality { number name population county { number name } }\n        openNeeds\n        needs { id title }\n      }\n    }\n  }\n": typeof types.NotYetInConsortiumDocument,
    "\n  query RecentActivity {\n    activity(first: 30) {\n      nodes { at type summary data }\n    }\n  }\n": typeof types.RecentActivityDocument,
    "\n  query MunicipalityMap {\n    programmeOverview {\n      municipalityStandings {\n        municipality { number name population smallDistrict county { number name } }\n        part\n        openNeeds\n        activeConsortia\n      }\n    }\n  }\n": typeof types.MunicipalityMapDocument,
    "\n  query Search($text: String!, $kinds: [SearchKind!], $county: ID, $cpvDivision: String, $domain: String, $first: Int, $after: String) {\n    search(text: $text, kinds: $kinds, county: $county, cpvDivision: $cpvDivision, domain: $domain, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        kind\n        id\n        title\n        snippet\n        score\n      }\n      facets {\n        byKind {\n          value\n          count\n        }\n        byCounty {\n          value\n          count\n        }\n        byDomain {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
};
const documents: Documents = {
    "\n  query Cases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        buyers\n        yearStarted\n        yearContract\n        procedure\n        domain\n        summary\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query CaseDetails($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      buyers\n      lead\n      yearStarted\n      yearContract\n      procedure\n      domain\n      summary\n      outcome\n      lessons\n      sourceUrl\n      sourceTitle\n      origin\n      cpv {\n        code\n        label\n      }\n      municipalities {\n        number\n        name\n        county {\n          name\n        }\n      }\n      consortium {\n        id\n        title\n      }\n    }\n  }\n": types.CaseDetailsDocument,
    "\n  query NeedDraftFromCase($caseId: ID!) {\n    needDraftFromCase(caseId: $caseId) {\n      title\n      description\n      cpv {\n        code\n        label\n      }\n      fromCase {\n        id\n        title\n      }\n      municipalitiesToAsk {\n        number\n        name\n      }\n    }\n  }\n": types.NeedDraftFromCaseDocument,
    "\n  query CaseDraft($consortiumId: ID!) {\n    caseDraft(consortiumId: $consortiumId) {\n      id\n      title\n      summary\n      outcome\n      lessons\n      procedure\n      domain\n      sourceUrl\n    }\n  }\n": types.CaseDraftDocument,
    "\n  mutation PublishConsortiumAsCase($consortiumId: ID!, $input: PublishCaseInput) {\n    publishConsortiumAsCase(consortiumId: $consortiumId, input: $input) {\n      id\n      title\n    }\n  }\n": types.PublishConsortiumAsCaseDocument,
    "\n  query PublicDialogueEvents($filter: DialogueEventFilter, $orderBy: DialogueEventOrder, $after: String) {\n    dialogueEvents(filter: $filter, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        location\n        registrationDeadline\n        capacity\n        attendeeCount\n        status\n        announcedAt\n        consortium {\n          id\n          title\n          lead {\n            name\n          }\n          members {\n            status\n            municipality {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PublicDialogueEventsDocument,
    "\n  query PublicDialogueEvent($id: ID!) {\n    dialogueEvent(id: $id) {\n      id\n      title\n      description\n      kind\n      startsAt\n      endsAt\n      location\n      registrationDeadline\n      capacity\n      registrationCount\n      attendeeCount\n      status\n      announcedAt\n      cancelReason\n      icsUrl\n      cpv {\n        code\n        label\n      }\n      consortium {\n        id\n        title\n        description\n        phase\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n            county {\n              name\n            }\n          }\n        }\n        questions {\n          id\n          text\n          askedAt\n          answer\n          answeredAt\n        }\n      }\n    }\n  }\n": types.PublicDialogueEventDocument,
    "\n  query Counties {\n    counties {\n      number\n      name\n    }\n  }\n": types.CountiesDocument,
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
    "\n  query ConsortiumDetails($id: ID!) {\n    consortium(id: $id) {\n      id\n      title\n      description\n      phase\n      combinedEstimatedValueNok\n      combinedPopulation\n      thresholdRegime\n      membershipFrozen\n      createdAt\n      lead {\n        number\n        name\n      }\n      members {\n        role\n        status\n        authorizationReference\n        joinedAt\n        municipality {\n          number\n          name\n          smallDistrict\n        }\n      }\n      pooledNeeds {\n        id\n        title\n        category\n        estimatedValueNok\n        municipality {\n          number\n          name\n        }\n      }\n      cpv {\n        code\n        label\n      }\n      timeline(first: 200) {\n        at\n        type\n        summary\n        actor\n      }\n    }\n  }\n": types.ConsortiumDetailsDocument,
    "\n  mutation AdvancePhase($consortiumId: ID!, $to: ConsortiumPhase!) {\n    advancePhase(consortiumId: $consortiumId, to: $to) {\n      id\n      phase\n    }\n  }\n": types.AdvancePhaseDocument,
    "\n  mutation LeaveConsortium($consortiumId: ID!) {\n    leaveConsortium(consortiumId: $consortiumId) {\n      id\n    }\n  }\n": types.LeaveConsortiumDocument,
    "\n  mutation PoolNeed($consortiumId: ID!, $needId: ID!) {\n    poolNeed(consortiumId: $consortiumId, needId: $needId) {\n      id\n      combinedEstimatedValueNok\n      thresholdRegime\n    }\n  }\n": types.PoolNeedDocument,
    "\n  mutation RecordAuthorization($consortiumId: ID!, $reference: String!) {\n    recordAuthorization(consortiumId: $consortiumId, reference: $reference) {\n      id\n    }\n  }\n": types.RecordAuthorizationDocument,
    "\n  query NeedDetails($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      category\n      estimatedValueNok\n      neededFrom\n      neededTo\n      stage\n      visibility\n      openToCollaboration\n      createdAt\n      updatedAt\n      municipality {\n        number\n        name\n      }\n      consortium {\n        id\n        title\n        phase\n      }\n      fromCase {\n        id\n        title\n      }\n      cpv {\n        code\n        label\n        parent {\n          code\n          label\n          parent {\n            code\n            label\n            parent {\n              code\n              label\n              parent {\n                code\n                label\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NeedDetailsDocument,
    "\n  query SimilarNeeds($needId: ID!) {\n    similarNeeds(needId: $needId, first: 10) {\n      score\n      reasons\n      details {\n        reason\n        value\n        cpvLevel\n        monthsOverlap\n        similarity\n        matchedTerms\n        relatedCpv\n      }\n      need {\n        id\n        title\n        description\n        estimatedValueNok\n        neededFrom\n        neededTo\n        stage\n        openToCollaboration\n        municipality {\n          number\n          name\n          smallDistrict\n          county {\n            name\n          }\n        }\n        cpv {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.SimilarNeedsDocument,
    "\n  query MyNeeds($number: ID!, $includeWithdrawn: Boolean!) {\n    municipality(number: $number) {\n      number\n      needs(includeWithdrawn: $includeWithdrawn) {\n        id\n        title\n        stage\n        category\n        estimatedValueNok\n        neededFrom\n        neededTo\n        updatedAt\n        consortium {\n          id\n          title\n        }\n        cpv {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.MyNeedsDocument,
    "\n  query CpvSearch($text: String!) {\n    cpvSearch(text: $text, first: 15) {\n      code\n      label\n      parent {\n        code\n        label\n        parent {\n          code\n          label\n          parent {\n            code\n            label\n            parent {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CpvSearchDocument,
    "\n  mutation PublishNeed($input: PublishNeedInput!) {\n    publishNeed(input: $input) {\n      id\n      title\n    }\n  }\n": types.PublishNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  mutation WithdrawNeed($id: ID!) {\n    withdrawNeed(id: $id) {\n      id\n      stage\n    }\n  }\n": types.WithdrawNeedDocument,
    "\n  mutation CreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateConsortiumDocument,
    "\n  mutation InviteToConsortium($consortiumId: ID!, $municipalityNumber: ID!, $message: String) {\n    inviteToConsortium(consortiumId: $consortiumId, municipalityNumber: $municipalityNumber, message: $message) {\n      id\n    }\n  }\n": types.InviteToConsortiumDocument,
    "\n  mutation DismissPartnerSuggestion($needId: ID!, $matchedNeedId: ID!) {\n    dismissPartnerSuggestion(needId: $needId, matchedNeedId: $matchedNeedId)\n  }\n": types.DismissPartnerSuggestionDocument,
    "\n  query MunicipalityOverview($number: ID!) {\n    municipality(number: $number) {\n      number\n      name\n      smallDistrict\n      needs {\n        id\n        title\n        stage\n        category\n        estimatedValueNok\n        neededFrom\n        neededTo\n        updatedAt\n        consortium {\n          id\n          title\n        }\n      }\n      consortia {\n        id\n        title\n        phase\n        combinedEstimatedValueNok\n        lead {\n          number\n          name\n        }\n        members {\n          role\n          status\n          municipality {\n            number\n            name\n          }\n        }\n      }\n      invitations {\n        message\n        invitedAt\n        invitedBy {\n          number\n          name\n        }\n        consortium {\n          id\n          title\n          phase\n        }\n      }\n    }\n  }\n": types.MunicipalityOverviewDocument,
    "\n  mutation RespondToInvitation($consortiumId: ID!, $accept: Boolean!) {\n    respondToInvitation(consortiumId: $consortiumId, accept: $accept) {\n      id\n      title\n    }\n  }\n": types.RespondToInvitationDocument,
    "\n  query MunicipalityDirectory($after: String) {\n    municipalities(first: 200, after: $after) {\n      nodes {\n        number\n        name\n        smallDistrict\n        county {\n          number\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MunicipalityDirectoryDocument,
    "\n  query MyPerson {\n    viewer {\n      role\n      person {\n        ...PersonFields\n      }\n    }\n  }\n": types.MyPersonDocument,
    "\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    emailConfirmed\n    emailFromSignIn\n    pendingEmail\n    notificationSettings {\n      kind\n      delivery\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  mutation UpdateNotificationSettings($settings: [NotificationSettingInput!]!) {\n    updateNotificationSettings(settings: $settings) {\n      ...PersonFields\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  mutation SetNotificationEmail($email: String!) {\n    setNotificationEmail(email: $email) {\n      ...PersonFields\n    }\n  }\n": types.SetNotificationEmailDocument,
    "\n  query ProgrammeDashboard {\n    programmeOverview {\n      municipalityCount\n      activeMunicipalities\n      smallDistrictMunicipalities\n      activeSmallDistrictMunicipalities\n      needCount\n      dialogueEventsAnnounced\n      supplierRegistrations\n      innovativeGoal\n      innovativeShare\n      innovativeShareYear\n      consortiaFormed {\n        year\n        total\n        byCounty { county { number name } count }\n        byPhase { phase count }\n      }\n      innovativeShareByYear {\n        year total innovative share valueShare reportingMunicipalities\n        byCounty { county { number name } total innovative share valueShare reportingMunicipalities }\n      }\n      capabilitySmallDistrict { dimension average responses }\n      capabilityOtherMunicipalities { dimension average responses }\n      capabilityByCounty { county { number name } averages { dimension average responses } }\n    }\n  }\n": types.ProgrammeDashboardDocument,
    "\n  query NotYetInConsortium {\n    programmeOverview {\n      municipalityStandings(smallDistrict: true, inConsortium: false) {\n        municipality { number name population county { number name } }\n        openNeeds\n        needs { id title }\n      }\n    }\n  }\n": types.NotYetInConsortiumDocument,
    "\n  query RecentActivity {\n    activity(first: 30) {\n      nodes { at type summary data }\n    }\n  }\n": types.RecentActivityDocument,
    "\n  query MunicipalityMap {\n    programmeOverview {\n      municipalityStandings {\n        municipality { number name population smallDistrict county { number name } }\n        part\n        openNeeds\n        activeConsortia\n      }\n    }\n  }\n": types.MunicipalityMapDocument,
    "\n  query Search($text: String!, $kinds: [SearchKind!], $county: ID, $cpvDivision: String, $domain: String, $first: Int, $after: String) {\n    search(text: $text, kinds: $kinds, county: $county, cpvDivision: $cpvDivision, domain: $domain, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        kind\n        id\n        title\n        snippet\n        score\n      }\n      facets {\n        byKind {\n          value\n          count\n        }\n        byCounty {\n          value\n          count\n        }\n        byDomain {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        buyers\n        yearStarted\n        yearContract\n        procedure\n        domain\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql').CasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetails($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      buyers\n      lead\n      yearStarted\n      yearContract\n      procedure\n      domain\n      summary\n      outcome\n      lessons\n      sourceUrl\n      sourceTitle\n      origin\n      cpv {\n        code\n        label\n      }\n      municipalities {\n        number\n        name\n        county {\n          name\n        }\n      }\n      consortium {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedDraftFromCase($caseId: ID!) {\n    needDraftFromCase(caseId: $caseId) {\n      title\n      description\n      cpv {\n        code\n        label\n      }\n      fromCase {\n        id\n        title\n      }\n      municipalitiesToAsk {\n        number\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NeedDraftFromCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDraft($consortiumId: ID!) {\n    caseDraft(consortiumId: $consortiumId) {\n      id\n      title\n      summary\n      outcome\n      lessons\n      procedure\n      domain\n      sourceUrl\n    }\n  }\n"): typeof import('./graphql').CaseDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConsortiumAsCase($consortiumId: ID!, $input: PublishCaseInput) {\n    publishConsortiumAsCase(consortiumId: $consortiumId, input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').PublishConsortiumAsCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDialogueEvents($filter: DialogueEventFilter, $orderBy: DialogueEventOrder, $after: String) {\n    dialogueEvents(filter: $filter, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        location\n        registrationDeadline\n        capacity\n        attendeeCount\n        status\n        announcedAt\n        consortium {\n          id\n          title\n          lead {\n            name\n          }\n          members {\n            status\n            municipality {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicDialogueEventsDocument;
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
export function graphql(source: "\n  query ConsortiumDetails($id: ID!) {\n    consortium(id: $id) {\n      id\n      title\n      description\n      phase\n      combinedEstimatedValueNok\n      combinedPopulation\n      thresholdRegime\n      membershipFrozen\n      createdAt\n      lead {\n        number\n        name\n      }\n      members {\n        role\n        status\n        authorizationReference\n        joinedAt\n        municipality {\n          number\n          name\n          smallDistrict\n        }\n      }\n      pooledNeeds {\n        id\n        title\n        category\n        estimatedValueNok\n        municipality {\n          number\n          name\n        }\n      }\n      cpv {\n        code\n        label\n      }\n      timeline(first: 200) {\n        at\n        type\n        summary\n        actor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsortiumDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvancePhase($consortiumId: ID!, $to: ConsortiumPhase!) {\n    advancePhase(consortiumId: $consortiumId, to: $to) {\n      id\n      phase\n    }\n  }\n"): typeof import('./graphql').AdvancePhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveConsortium($consortiumId: ID!) {\n    leaveConsortium(consortiumId: $consortiumId) {\n      id\n    }\n  }\n"): typeof import('./graphql').LeaveConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoolNeed($consortiumId: ID!, $needId: ID!) {\n    poolNeed(consortiumId: $consortiumId, needId: $needId) {\n      id\n      combinedEstimatedValueNok\n      thresholdRegime\n    }\n  }\n"): typeof import('./graphql').PoolNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAuthorization($consortiumId: ID!, $reference: String!) {\n    recordAuthorization(consortiumId: $consortiumId, reference: $reference) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedDetails($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      category\n      estimatedValueNok\n      neededFrom\n      neededTo\n      stage\n      visibility\n      openToCollaboration\n      createdAt\n      updatedAt\n      municipality {\n        number\n        name\n      }\n      consortium {\n        id\n        title\n        phase\n      }\n      fromCase {\n        id\n        title\n      }\n      cpv {\n        code\n        label\n        parent {\n          code\n          label\n          parent {\n            code\n            label\n            parent {\n              code\n              label\n              parent {\n                code\n                label\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NeedDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarNeeds($needId: ID!) {\n    similarNeeds(needId: $needId, first: 10) {\n      score\n      reasons\n      details {\n        reason\n        value\n        cpvLevel\n        monthsOverlap\n        similarity\n        matchedTerms\n        relatedCpv\n      }\n      need {\n        id\n        title\n        description\n        estimatedValueNok\n        neededFrom\n        neededTo\n        stage\n        openToCollaboration\n        municipality {\n          number\n          name\n          smallDistrict\n          county {\n            name\n          }\n        }\n        cpv {\n          code\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SimilarNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNeeds($number: ID!, $includeWithdrawn: Boolean!) {\n    municipality(number: $number) {\n      number\n      needs(includeWithdrawn: $includeWithdrawn) {\n        id\n        title\n        stage\n        category\n        estimatedValueNok\n        neededFrom\n        neededTo\n        updatedAt\n        consortium {\n          id\n          title\n        }\n        cpv {\n          code\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CpvSearch($text: String!) {\n    cpvSearch(text: $text, first: 15) {\n      code\n      label\n      parent {\n        code\n        label\n        parent {\n          code\n          label\n          parent {\n            code\n            label\n            parent {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CpvSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNeed($input: PublishNeedInput!) {\n    publishNeed(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').PublishNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').UpdateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNeed($id: ID!) {\n    withdrawNeed(id: $id) {\n      id\n      stage\n    }\n  }\n"): typeof import('./graphql').WithdrawNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').CreateConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToConsortium($consortiumId: ID!, $municipalityNumber: ID!, $message: String) {\n    inviteToConsortium(consortiumId: $consortiumId, municipalityNumber: $municipalityNumber, message: $message) {\n      id\n    }\n  }\n"): typeof import('./graphql').InviteToConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissPartnerSuggestion($needId: ID!, $matchedNeedId: ID!) {\n    dismissPartnerSuggestion(needId: $needId, matchedNeedId: $matchedNeedId)\n  }\n"): typeof import('./graphql').DismissPartnerSuggestionDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPerson {\n    viewer {\n      role\n      person {\n        ...PersonFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    emailConfirmed\n    emailFromSignIn\n    pendingEmail\n    notificationSettings {\n      kind\n      delivery\n    }\n  }\n"): typeof import('./graphql').PersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($settings: [NotificationSettingInput!]!) {\n    updateNotificationSettings(settings: $settings) {\n      ...PersonFields\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationEmail($email: String!) {\n    setNotificationEmail(email: $email) {\n      ...PersonFields\n    }\n  }\n"): typeof import('./graphql').SetNotificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeDashboard {\n    programmeOverview {\n      municipalityCount\n      activeMunicipalities\n      smallDistrictMunicipalities\n      activeSmallDistrictMunicipalities\n      needCount\n      dialogueEventsAnnounced\n      supplierRegistrations\n      innovativeGoal\n      innovativeShare\n      innovativeShareYear\n      consortiaFormed {\n        year\n        total\n        byCounty { county { number name } count }\n        byPhase { phase count }\n      }\n      innovativeShareByYear {\n        year total innovative share valueShare reportingMunicipalities\n        byCounty { county { number name } total innovative share valueShare reportingMunicipalities }\n      }\n      capabilitySmallDistrict { dimension average responses }\n      capabilityOtherMunicipalities { dimension average responses }\n      capabilityByCounty { county { number name } averages { dimension average responses } }\n    }\n  }\n"): typeof import('./graphql').ProgrammeDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotYetInConsortium {\n    programmeOverview {\n      municipalityStandings(smallDistrict: true, inConsortium: false) {\n        municipality { number name population county { number name } }\n        openNeeds\n        needs { id title }\n      }\n    }\n  }\n"): typeof import('./graphql').NotYetInConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentActivity {\n    activity(first: 30) {\n      nodes { at type summary data }\n    }\n  }\n"): typeof import('./graphql').RecentActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityMap {\n    programmeOverview {\n      municipalityStandings {\n        municipality { number name population smallDistrict county { number name } }\n        part\n        openNeeds\n        activeConsortia\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalityMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $kinds: [SearchKind!], $county: ID, $cpvDivision: String, $domain: String, $first: Int, $after: String) {\n    search(text: $text, kinds: $kinds, county: $county, cpvDivision: $cpvDivision, domain: $domain, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        kind\n        id\n        title\n        snippet\n        score\n      }\n      facets {\n        byKind {\n          value\n          count\n        }\n        byCounty {\n          value\n          count\n        }\n        byDomain {\n          value\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
