import { Alert, Paragraph } from '@digdir/designsystemet-react';

/** A short success line, announced politely. */
export function Confirmation({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert data-color="success" data-size="sm">
          <Paragraph data-size="sm">{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
