import { Alert, Paragraph } from '@digdir/designsystemet-react';

/** A short success line in a polite live region, so screen readers hear it without losing focus. */
export function Confirmation({ message, size }: { message: string | null | undefined; size?: 'sm' }) {
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert data-color="success" data-size={size}>
          <Paragraph data-size={size}>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
