import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { describeError } from '../api/describeError';

/** A refusal or failure as a Norwegian sentence, announced to screen readers. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{describeError(error)}</Paragraph>
    </Alert>
  );
}
