import { graphql } from '../api/generated';

// The GraphQL documents of the person's own page (Varslinger).

export const MyPerson = graphql(`
  query MyPerson {
    viewer {
      role
      person {
        ...PersonFields
      }
    }
  }
`);

export const PersonFields = graphql(`
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
`);

export const UpdateNotificationSettings = graphql(`
  mutation UpdateNotificationSettings($settings: [NotificationSettingInput!]!) {
    updateNotificationSettings(settings: $settings) {
      ...PersonFields
    }
  }
`);

export const SetNotificationEmail = graphql(`
  mutation SetNotificationEmail($email: String!) {
    setNotificationEmail(email: $email) {
      ...PersonFields
    }
  }
`);
