import { useId, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { nb } from '../../text/nb';
import { request } from '../../api/graphqlClient';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RecordAuthorization } from './consortiumQueries';
import { useConsortiumAction } from './useConsortiumAction';
import { Confirmation } from './Confirmation';
import type { Consortium, MyPlace } from './ConsortiumParts';

/** A joined member records its mandate (fullmakt) for the lead to procure on its behalf. */
export function MandateForm({ c, me }: { c: Consortium; me: MyPlace }) {
  const id = useId();
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState(false);
  const record = useConsortiumAction(c.id, (ref: string) => request(RecordAuthorization, { consortiumId: c.id, reference: ref }), () => nb.consortium.mandateRecorded);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!reference.trim()) {
      setMissing(true);
      document.getElementById(`${id}-ref`)?.focus();
      return;
    }
    setMissing(false);
    record.mutate(reference.trim());
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <Heading level={2} data-size="md" id={`${id}-h`}>
        {nb.consortium.recordMandate}
      </Heading>
      {me.member?.authorizationReference && (
        <Paragraph>
          {nb.consortium.mandate}: {me.member.authorizationReference}
        </Paragraph>
      )}
      <form onSubmit={submit} className="stack-sm" noValidate>
        <Textfield
          id={`${id}-ref`}
          label={nb.consortium.mandateReference}
          description={nb.consortium.mandateHelp}
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          error={missing ? nb.consortium.mandateRequired : undefined}
          maxLength={200}
        />
        <Confirmation message={record.message} />
        <ErrorAlert error={record.error} />
        <div>
          <Button type="submit" loading={record.isPending} disabled={record.isPending}>
            {nb.consortium.recordMandate}
          </Button>
        </div>
      </form>
    </section>
  );
}
