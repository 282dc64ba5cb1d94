import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { Alert, Paragraph } from '@digdir/designsystemet-react';

/** A confirmation carried to the next page in the navigation state ("Behovet er publisert."). */
export function Flash() {
  const location = useLocation();
  const [text, setText] = useState<string | undefined>((location.state as { flash?: string } | null)?.flash);
  useEffect(() => {
    setText((location.state as { flash?: string } | null)?.flash);
  }, [location.key, location.state]);
  return (
    <div role="status" aria-live="polite">
      {text && (
        <Alert data-color="success">
          <Paragraph>{text}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
