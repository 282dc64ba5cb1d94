import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';

/**
 * A button for something that cannot be undone: it first asks, in place, with a yes and a no button (focus moves
 * to the question, and back to the button on "no").
 */
export function ConfirmButton({
  label,
  question,
  yes,
  no,
  onConfirm,
  busy,
  variant = 'secondary',
}: {
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
  busy?: boolean;
  variant?: 'primary' | 'secondary' | 'tertiary';
}) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <Button ref={buttonRef} variant={variant} data-color="danger" onClick={() => setAsking(true)} disabled={busy}>
        {label}
      </Button>
    );
  return (
    <Alert data-color="warning" className="confirm">
      <Paragraph ref={questionRef} tabIndex={-1}>
        {question}
      </Paragraph>
      <div className="button-row">
        <Button
          data-color="danger"
          loading={busy}
          disabled={busy}
          onClick={() => {
            onConfirm();
            setAsking(false);
          }}
        >
          {yes}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {no}
        </Button>
      </div>
    </Alert>
  );
}
