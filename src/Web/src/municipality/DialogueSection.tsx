import '../dialogue/dialogue.css';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Details, Field, Heading, Label, Link, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { AnnounceEvent, AnswerQuestion, CancelEvent, LeadDialogue } from '../dialogue/dialogueQueries';
import { fieldErrors } from '../api/describeError';
import { dn } from '../text/dialogue';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../format/format';
import { useLiveTopic } from '../api/live/LiveProvider';
import type { AnnounceDialogueEventInput, DialogueEventKind, LeadDialogueQuery } from '../api/generated/graphql';

type Dialogue = NonNullable<LeadDialogueQuery['consortium']>;

/**
 * The market dialogue on a consortium's page: the events with their registrations and the suppliers' questions for
 * every member; for the lead also announcing, cancelling and answering. Live through the consortium's topic.
 */
export function DialogueSection({ consortiumId, myMunicipality }: { consortiumId: string; myMunicipality: string | null }) {
  const queryClient = useQueryClient();
  const dialogue = useQuery({
    queryKey: ['dialogue', 'lead', consortiumId],
    queryFn: () => request(LeadDialogue, { consortiumId }),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['dialogue', 'lead', consortiumId] });
  useLiveTopic(`consortium/${consortiumId}`, { onEvent: refresh });
  const c = dialogue.data?.consortium;
  if (!c) return <ErrorAlert error={dialogue.error} />;
  const isLead = c.lead.number === myMunicipality;
  return (
    <section aria-labelledby="markedsdialog" className="overview-section">
      <Heading level={2} data-size="sm" id="markedsdialog">
        {dn.lead.title}
      </Heading>
      <Paragraph data-size="sm">{dn.lead.intro}</Paragraph>
      {isLead && <AnnounceForm consortiumId={consortiumId} onDone={refresh} />}
      <Heading level={3} data-size="xs">
        {dn.lead.events}
      </Heading>
      {c.dialogueEvents.length === 0 ? (
        <Paragraph>{dn.lead.noEvents}</Paragraph>
      ) : (
        <ul className="card-list">
          {c.dialogueEvents.map((e) => (
            <EventCard key={e.id} e={e} isLead={isLead} onDone={refresh} />
          ))}
        </ul>
      )}
      <QuestionList c={c} isLead={isLead} onDone={refresh} />
    </section>
  );
}

/** A local date-time input value ("2027-03-10T09:00") as an ISO instant. */
function toInstant(local: string): string | null {
  if (!local) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function AnnounceForm({ consortiumId, onDone }: { consortiumId: string; onDone: () => void }) {
  const [f, setF] = useState({ title: '', description: '', kind: 'CONFERENCE', startsAt: '', endsAt: '', location: '', registrationDeadline: '', capacity: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const announce = useMutation({
    mutationFn: (input: AnnounceDialogueEventInput) => request(AnnounceEvent, { input }),
    onSuccess: () => {
      setDone(true);
      setF({ title: '', description: '', kind: 'CONFERENCE', startsAt: '', endsAt: '', location: '', registrationDeadline: '', capacity: '' });
      onDone();
    },
    onError: (e) => setErrors(fieldErrors(e, dn.lead.validation)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const v = dn.lead.validation;
    const next: Record<string, string> = {};
    const startsAt = toInstant(f.startsAt);
    const endsAt = toInstant(f.endsAt);
    const deadline = toInstant(f.registrationDeadline);
    const capacity = f.capacity.trim() ? Number(f.capacity) : null;
    if (!f.title.trim()) next.title = v.title;
    if (!f.description.trim()) next.description = v.description;
    if (!startsAt || new Date(startsAt) <= new Date()) next.startsAt = v.startsAt;
    if (!endsAt || (startsAt && endsAt <= startsAt)) next.endsAt = v.endsAt;
    if (!deadline || (startsAt && deadline > startsAt)) next.registrationDeadline = v.registrationDeadline;
    if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1)) next.capacity = v.capacity;
    setErrors(next);
    if (Object.keys(next).length) return;
    announce.mutate({
        consortiumId,
        title: f.title.trim(),
        description: f.description.trim(),
        kind: f.kind as DialogueEventKind,
        startsAt: startsAt!,
        endsAt: endsAt!,
        location: f.location.trim() || null,
        registrationDeadline: deadline!,
        capacity,
    });
  };
  return (
    <Details>
      <Details.Summary>{dn.lead.announce}</Details.Summary>
      <Details.Content>
        <div role="status" aria-live="polite">
          {done && (
            <Alert data-color="success">
              <Paragraph>{dn.lead.announced}</Paragraph>
            </Alert>
          )}
        </div>
        {announce.error && Object.keys(errors).length === 0 && <ErrorAlert error={announce.error} />}
        <form onSubmit={submit} className="stack-sm" noValidate aria-label={dn.lead.announce}>
          <Textfield id="event-title" label={dn.lead.eventTitle} value={f.title} onChange={set('title')} error={errors.title} />
          <Textfield id="event-description" multiline rows={5} label={dn.lead.eventDescription} value={f.description} onChange={set('description')} error={errors.description} />
          <Field>
            <Label htmlFor="event-kind">{dn.lead.kind}</Label>
            <Select id="event-kind" value={f.kind} onChange={set('kind')}>
              {Object.entries(dn.kind).map(([k, label]) => (
                <Select.Option key={k} value={k}>
                  {label}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield id="event-starts" type="datetime-local" label={dn.lead.startsAt} value={f.startsAt} onChange={set('startsAt')} error={errors.startsAt} />
          <Textfield id="event-ends" type="datetime-local" label={dn.lead.endsAt} value={f.endsAt} onChange={set('endsAt')} error={errors.endsAt} />
          <Textfield id="event-location" label={dn.lead.location} value={f.location} onChange={set('location')} error={errors.location} />
          <Textfield
            id="event-deadline"
            type="datetime-local"
            label={dn.lead.deadline}
            value={f.registrationDeadline}
            onChange={set('registrationDeadline')}
            error={errors.registrationDeadline}
          />
          <Textfield id="event-capacity" type="number" min={1} inputMode="numeric" label={dn.lead.capacity} value={f.capacity} onChange={set('capacity')} error={errors.capacity} />
          <Button type="submit" disabled={announce.isPending}>
            {dn.lead.announceButton}
          </Button>
        </form>
      </Details.Content>
    </Details>
  );
}

function EventCard({ e, isLead, onDone }: { e: Dialogue['dialogueEvents'][number]; isLead: boolean; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const cancel = useMutation({ mutationFn: () => request(CancelEvent, { id: e.id, reason: reason.trim() }), onSuccess: onDone });
  const active = e.registrations.filter((r) => !r.cancelled);
  return (
    <li>
      <Card>
        <Heading level={4} data-size="xs">
          <Link asChild>
            <RouterLink to={`/dialogmoter/${e.id}`}>{e.title}</RouterLink>
          </Link>
        </Heading>
        <Paragraph data-size="sm">
          {dn.kind[e.kind]} · {formatDateTime(e.startsAt)} · {dn.status[e.status]}
          {e.cancelReason ? ` – ${e.cancelReason}` : ''}
        </Paragraph>
        <Paragraph data-size="sm" data-testid="lead-registration-count">
          {dn.event.registered(e.registrationCount)}, {dn.event.attendeesTotal(e.attendeeCount)}
        </Paragraph>
        {active.length === 0 ? (
          <Paragraph data-size="sm">{dn.lead.noRegistrations}</Paragraph>
        ) : (
          <Table data-size="sm">
            <caption className="sr-only">{dn.lead.registrations}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{dn.lead.supplier}</Table.HeaderCell>
                <Table.HeaderCell>{dn.lead.attendees}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {active.map((r) => (
                <Table.Row key={r.supplier.orgNumber}>
                  <Table.Cell>{r.supplier.name}</Table.Cell>
                  <Table.Cell>{r.attendees}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        {isLead && e.status !== 'CANCELLED' && e.status !== 'HELD' && (
          <form
            className="stack-sm"
            onSubmit={(ev) => {
              ev.preventDefault();
              if (!reason.trim()) return setMissing(true);
              setMissing(false);
              cancel.mutate();
            }}
          >
            <ErrorAlert error={cancel.error} />
            <Textfield id={`cancel-${e.id}`} label={`${dn.lead.cancelReason} (${e.title})`} value={reason} onChange={(ev) => setReason(ev.target.value)} error={missing ? dn.lead.validation.reason : undefined} />
            <Button type="submit" variant="secondary" data-color="danger" disabled={cancel.isPending}>
              {dn.lead.cancel}
            </Button>
          </form>
        )}
      </Card>
    </li>
  );
}

function QuestionList({ c, isLead, onDone }: { c: Dialogue; isLead: boolean; onDone: () => void }) {
  return (
    <>
      <Heading level={3} data-size="xs">
        {dn.lead.questions}
      </Heading>
      {c.questions.length === 0 ? (
        <Paragraph>{dn.lead.noQuestions}</Paragraph>
      ) : (
        <ul className="card-list">
          {c.questions.map((q) => (
            <QuestionItem key={q.id} q={q} isLead={isLead} onDone={onDone} />
          ))}
        </ul>
      )}
    </>
  );
}

function QuestionItem({ q, isLead, onDone }: { q: Dialogue['questions'][number]; isLead: boolean; onDone: () => void }) {
  const [answer, setAnswer] = useState('');
  const [missing, setMissing] = useState(false);
  const publish = useMutation({ mutationFn: () => request(AnswerQuestion, { questionId: q.id, answer: answer.trim() }), onSuccess: onDone });
  return (
    <li>
      <Card>
        <Paragraph>{q.text}</Paragraph>
        <Paragraph data-size="sm">
          {q.askedBy ? dn.lead.askedBy(q.askedBy.name) : ''} · {formatDateTime(q.askedAt)}
        </Paragraph>
        {q.answer ? (
          <Paragraph>
            {dn.event.answer}: {q.answer}
          </Paragraph>
        ) : isLead ? (
          <form
            className="stack-sm"
            onSubmit={(ev) => {
              ev.preventDefault();
              if (!answer.trim()) return setMissing(true);
              setMissing(false);
              publish.mutate();
            }}
          >
            <ErrorAlert error={publish.error} />
            <Textfield id={`answer-${q.id}`} multiline rows={3} label={`${dn.lead.answerLabel}: ${q.text}`} value={answer} onChange={(ev) => setAnswer(ev.target.value)} error={missing ? dn.lead.validation.answer : undefined} />
            <Button type="submit" disabled={publish.isPending}>
              {dn.lead.answerButton}
            </Button>
          </form>
        ) : (
          <Paragraph data-size="sm">{dn.supplier.awaitingAnswer}</Paragraph>
        )}
      </Card>
    </li>
  );
}
