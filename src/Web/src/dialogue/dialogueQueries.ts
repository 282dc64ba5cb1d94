import { graphql } from '../api/generated';

// The GraphQL documents of the dialogue pages. Public ones ask only for what an anonymous caller may read.

// The list asks for no more than its cards show: nested lists multiply the query's complexity by the page size.
export const PublicDialogueEvents = graphql(`
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
`);

export const PublicDialogueEvent = graphql(`
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
`);

export const Counties = graphql(`
  query Counties {
    counties {
      number
      name
    }
  }
`);

export const CpvLookup = graphql(`
  query CpvLookup($code: String!) {
    cpv(code: $code) {
      code
      label
    }
  }
`);

export const MySupplier = graphql(`
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
`);

export const MyQuestions = graphql(`
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
`);

export const RegisterSupplier = graphql(`
  mutation RegisterSupplier($name: String!) {
    registerSupplier(input: { name: $name }) {
      orgNumber
      name
    }
  }
`);

export const Follow = graphql(`
  mutation Follow($kind: FollowKind!, $value: String!) {
    follow(input: { kind: $kind, value: $value }) {
      orgNumber
      follows {
        kind
        value
      }
    }
  }
`);

export const Unfollow = graphql(`
  mutation Unfollow($kind: FollowKind!, $value: String!) {
    unfollow(input: { kind: $kind, value: $value }) {
      orgNumber
      follows {
        kind
        value
      }
    }
  }
`);

export const RegisterForEvent = graphql(`
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
`);

export const CancelRegistration = graphql(`
  mutation CancelRegistration($eventId: ID!) {
    cancelRegistration(eventId: $eventId) {
      cancelled
      event {
        id
        attendeeCount
      }
    }
  }
`);

export const AskQuestion = graphql(`
  mutation AskQuestion($consortiumId: ID!, $text: String!) {
    askQuestion(consortiumId: $consortiumId, text: $text) {
      id
      text
    }
  }
`);

export const EventForNotification = graphql(`
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
`);

export const LeadDialogue = graphql(`
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
`);

export const AnnounceEvent = graphql(`
  mutation AnnounceEvent($input: AnnounceDialogueEventInput!) {
    announceDialogueEvent(input: $input) {
      id
      title
    }
  }
`);

export const CancelEvent = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) {
    cancelDialogueEvent(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const AnswerQuestion = graphql(`
  mutation AnswerQuestion($questionId: ID!, $answer: String!) {
    answerQuestion(questionId: $questionId, answer: $answer) {
      id
      answer
    }
  }
`);
