import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { AskQuestion, CancelRegistration, MyQuestions, RegisterForEvent } from '../dialogue/dialogueQueries';
import { dn } from '../text/dialogue';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../format/format';
import { useMySupplier, useSupplierLive } from './useSupplier';
import type { PublicDialogueEventQuery } from '../api/generated/graphql';

type EventView = NonNullable<PublicDialogueEventQuery['dialogueEvent']>;

/** On an event's page, for a signed-in supplier: register with attendees or cancel, ask, and see its own questions. */
export function SupplierEventActions({ event }: { event: EventView }) {
  useSupplierLive();
  const me = useMySupplier();
  const supplier = me.data?.viewer.supplier;
  if (me.isPending) return null;
  if (!supplier)
    return (
      <Alert data-color="info" className="overview-section">
        <Paragraph>{dn.supplier.mustRegisterCompany}</Paragraph>
        <Link asChild>
          <RouterLink to="/leverandor">{dn.nav.company}</RouterLink>
        </Link>
      </Alert>
    );
  const mine = supplier.registrations.find((r) => r.event.id === event.id && !r.cancelled);
  return (
    <>
      <Registration event={event} attendees={mine?.attendees ?? null} />
      <Questions event={event} orgNumber={supplier.orgNumber} />
    </>
  );
}

function Registration({ event, attendees }: { event: EventView; attendees: number | null }) {
  const queryClient = useQueryClient();
  const [count, setCount] = useState(String(attendees ?? 1));
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['supplier'] });
    void queryClient.invalidateQueries({ queryKey: ['dialogue'] });
  };
  const register = useMutation({
    mutationFn: (n: number) => request(RegisterForEvent, { eventId: event.id, attendees: n }),
    onSuccess: () => {
      setDone(dn.supplier.registrationSaved);
      refresh();
    },
  });
  const cancel = useMutation({
    mutationFn: () => request(CancelRegistration, { eventId: event.id }),
    onSuccess: () => {
      setDone(dn.supplier.registrationCancelled);
      refresh();
    },
  });
  const n = Number(count);
  const invalid = !Number.isInteger(n) || n < 1;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (!invalid) register.mutate(n);
  };
  return (
    <Card className="overview-section" data-color="accent" variant="tinted">
      <Heading level={2} data-size="sm" id="pamelding">
        {dn.event.register}
      </Heading>
      {attendees !== null && <Paragraph>{dn.supplier.youAreRegistered(attendees)}</Paragraph>}
      <div role="status" aria-live="polite">
        {done && (
          <Alert data-color="success">
            <Paragraph>{done}</Paragraph>
          </Alert>
        )}
      </div>
      <ErrorAlert error={register.error ?? cancel.error} />
      <form onSubmit={submit} className="stack-sm" aria-labelledby="pamelding">
        <Textfield
          id="attendees"
          type="number"
          min={1}
          inputMode="numeric"
          label={dn.supplier.attendees}
          description={dn.supplier.attendeesHelp}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          error={invalid ? dn.lead.validation.capacity : undefined}
        />
        <div className="button-row">
          <Button type="submit" disabled={register.isPending}>
            {attendees === null ? dn.supplier.registerForEvent : dn.supplier.updateRegistration}
          </Button>
          {attendees !== null && (
            <Button type="button" variant="secondary" disabled={cancel.isPending} onClick={() => { setDone(null); cancel.mutate(); }}>
              {dn.supplier.cancelRegistration}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}

function Questions({ event, orgNumber }: { event: EventView; orgNumber: string }) {
  const queryClient = useQueryClient();
  const consortiumId = event.consortium.id;
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const questions = useQuery({
    queryKey: ['dialogue', 'myQuestions', consortiumId],
    queryFn: () => request(MyQuestions, { consortiumId }),
  });
  const ask = useMutation({
    mutationFn: (t: string) => request(AskQuestion, { consortiumId, text: t }),
    onSuccess: () => {
      setText('');
      setDone(true);
      void queryClient.invalidateQueries({ queryKey: ['dialogue'] });
    },
  });
  const mine = (questions.data?.consortium?.questions ?? []).filter((q) => q.askedBy?.orgNumber === orgNumber);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (!text.trim()) return setMissing(true);
    setMissing(false);
    ask.mutate(text.trim());
  };
  return (
    <section aria-labelledby="still-sporsmal" className="overview-section">
      <Heading level={2} data-size="sm" id="still-sporsmal">
        {dn.supplier.ask}
      </Heading>
      <div role="status" aria-live="polite">
        {done && (
          <Alert data-color="success">
            <Paragraph>{dn.supplier.asked}</Paragraph>
          </Alert>
        )}
      </div>
      <ErrorAlert error={ask.error} />
      <form onSubmit={submit} className="stack-sm">
        <Textfield
          id="question"
          multiline
          rows={3}
          label={dn.event.question}
          description={dn.supplier.askHelp}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={missing ? dn.supplier.askRequired : undefined}
        />
        <Button type="submit" disabled={ask.isPending}>
          {dn.supplier.askButton}
        </Button>
      </form>
      {mine.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {dn.supplier.myQuestions}
          </Heading>
          <ul className="card-list" data-testid="my-questions">
            {mine.map((q) => (
              <li key={q.id}>
                <Paragraph>{q.text}</Paragraph>
                <Paragraph data-size="sm">
                  {q.answer ? `${dn.event.answer}: ${q.answer}` : dn.supplier.awaitingAnswer} <span className="muted">({formatDateTime(q.askedAt)})</span>
                </Paragraph>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
