import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { PersonFieldsFragment } from '../api/generated/graphql';
import { request } from '../api/graphqlClient';
import { ApiError } from '../api/ApiError';
import { pn } from '../text/profile';
import { Confirmation } from '../ui/Confirmation';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SetNotificationEmail } from './profileQueries';

const fieldId = 'varsling-epost';

/**
 * Where notices go. An address from the sign-in token is shown as it is; otherwise the person types one in, and it
 * waits (shown as such) until the link sent to it is opened.
 */
export function EmailSection({ person }: { person: PersonFieldsFragment }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const send = useMutation({
    mutationFn: (email: string) => request(SetNotificationEmail, { email }),
    onSuccess: (data) => {
      queryClient.setQueryData(['person'], (old: { viewer: object } | undefined) =>
        old ? { ...old, viewer: { ...old.viewer, person: data.setNotificationEmail } } : old,
      );
      setText('');
    },
  });
  const invalid = send.error instanceof ApiError && send.error.code === 'VALIDATION_FAILED';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    setMissing(!value);
    if (!value) return;
    send.mutate(value);
  };
  const error = missing ? pn.email.missing : invalid ? pn.email.invalid : undefined;
  return (
    <section aria-labelledby="epost" className="overview-section">
      <Heading level={2} data-size="sm" id="epost">
        {pn.email.heading}
      </Heading>
      {person.emailFromSignIn && person.email ? (
        <>
          <Paragraph>{pn.email.fromSignIn(person.email)}</Paragraph>
          <Paragraph data-size="sm">{pn.email.fromSignInHelp}</Paragraph>
        </>
      ) : (
        <>
          {person.emailConfirmed && person.email ? (
            <Paragraph>{pn.email.confirmed(person.email)}</Paragraph>
          ) : (
            !person.pendingEmail && <Paragraph>{pn.email.none}</Paragraph>
          )}
          <div aria-live="polite">
            {person.pendingEmail && (
              <Alert data-color="warning" data-testid="pending-email">
                <Heading level={3} data-size="xs">
                  {pn.email.pendingTitle}
                </Heading>
                <Paragraph>{pn.email.pending(person.pendingEmail)}</Paragraph>
              </Alert>
            )}
          </div>
          <Confirmation message={send.isSuccess && send.data.setNotificationEmail.pendingEmail ? pn.email.sent(send.data.setNotificationEmail.pendingEmail) : null} />
          {!invalid && <ErrorAlert error={send.error} />}
          <form onSubmit={submit} noValidate className="stack-sm">
            <Textfield
              id={fieldId}
              type="email"
              autoComplete="email"
              label={person.email ? pn.email.changeLabel : pn.email.label}
              description={pn.email.help}
              value={text}
              onChange={(e) => setText(e.target.value)}
              error={error}
            />
            <div>
              <Button type="submit" variant="secondary" loading={send.isPending} disabled={send.isPending}>
                {pn.email.submit}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
