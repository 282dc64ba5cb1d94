import '../dialogue/dialogue.css';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { PublicDialogueEvent } from '../dialogue/dialogueQueries';
import { capacityLeft, isPast } from '../dialogue/eventState';
import { useDialogueLive } from '../dialogue/useDialogueLive';
import { usePageDescription } from '../dialogue/usePageDescription';
import { dn } from '../text/dialogue';
import { nb } from '../text/nb';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { NotFoundPage } from '../ui/NotFoundPage';
import { formatDateTime, formatNumber } from '../format/format';
import { useSession } from '../auth/useSession';
import { SupplierEventActions } from '../supplier/SupplierEventActions';
import type { PublicDialogueEventQuery } from '../api/generated/graphql';

type EventView = NonNullable<PublicDialogueEventQuery['dialogueEvent']>;

/** Dialogmøte: one announced event for anyone, with the supplier's own actions when a supplier is signed in. */
export function DialogueEventPage() {
  const { eventId = '' } = useParams();
  const s = useSession();
  const event = useQuery({
    queryKey: ['dialogue', 'event', eventId],
    queryFn: () => request(PublicDialogueEvent, { id: eventId }),
  });
  const e = event.data?.dialogueEvent;
  useDialogueLive(e ? eventId : null, e?.consortium.id ?? null);
  usePageDescription(e ? dn.event.description(e.title, e.consortium.title, formatDateTime(e.startsAt)) : null);
  if (event.isPending) return <Loading />;
  if (event.error) return <ErrorAlert error={event.error} />;
  if (!e) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={e.title}>{e.title}</PageHeading>
      <EventSummary e={e} />
      {s?.role === 'supplier' ? <SupplierEventActions event={e} /> : !s ? <RegisterCall /> : null}
      <section aria-labelledby="problem" className="overview-section">
        <Heading level={2} data-size="sm" id="problem">
          {dn.event.problem}
        </Heading>
        <Paragraph>
          <strong>{e.consortium.title}</strong>
        </Paragraph>
        <Paragraph className="pre-line">{e.consortium.description}</Paragraph>
        <Paragraph data-size="sm">
          {dn.event.phase}: {nb.enums.phase[e.consortium.phase]}
        </Paragraph>
        <Heading level={3} data-size="xs">
          {dn.event.members}
        </Heading>
        <ul>
          {e.consortium.members
            .filter((m) => m.status === 'JOINED')
            .map((m) => (
              <li key={m.municipality.number}>
                {m.municipality.name} ({m.municipality.county.name}){m.role === 'LEAD' ? ` – ${nb.enums.memberRole.LEAD.toLowerCase()}` : ''}
              </li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="program" className="overview-section">
        <Heading level={2} data-size="sm" id="program">
          {dn.event.programme}
        </Heading>
        <Paragraph className="pre-line">{e.description}</Paragraph>
      </section>
      <PublishedAnswers e={e} />
    </>
  );
}

function EventSummary({ e }: { e: EventView }) {
  const left = capacityLeft(e);
  const past = isPast(e);
  return (
    <section aria-labelledby="praktisk" className="overview-section">
      <div className="button-row">
        <Tag data-color="info">{dn.kind[e.kind]}</Tag>
        <Tag data-color={e.status === 'CANCELLED' ? 'danger' : past ? 'neutral' : 'success'}>{dn.status[e.status]}</Tag>
      </div>
      {e.status === 'CANCELLED' && (
        <Alert data-color="warning">
          <Paragraph>{dn.event.cancelledBecause(e.cancelReason ?? '')}</Paragraph>
        </Alert>
      )}
      {past && e.status !== 'CANCELLED' && (
        <Alert data-color="info">
          <Paragraph>{dn.event.pastNotice}</Paragraph>
        </Alert>
      )}
      <Heading level={2} data-size="sm" id="praktisk">
        {dn.event.practical}
      </Heading>
      <dl className="event-facts">
        <dt>{dn.list.when}</dt>
        <dd>
          {formatDateTime(e.startsAt)} – {formatDateTime(e.endsAt)}
        </dd>
        {e.location && (
          <>
            <dt>{dn.list.where}</dt>
            <dd>{e.location}</dd>
          </>
        )}
        <dt>{dn.list.deadline}</dt>
        <dd>{formatDateTime(e.registrationDeadline)}</dd>
        <dt>{dn.list.capacityLeft}</dt>
        <dd data-testid="capacity-left" aria-live="polite">
          {left === null ? dn.list.unlimited : formatNumber(left)}
        </dd>
        <dt>{dn.lead.registrations}</dt>
        <dd aria-live="polite">{dn.event.registered(e.registrationCount)}</dd>
        <dt>CPV</dt>
        <dd>{e.cpv.map((c) => `${c.code} ${c.label}`).join(', ')}</dd>
      </dl>
      <Button asChild variant="secondary" data-size="sm">
        <a href={e.icsUrl} download={`dialogmote-${e.id}.ics`}>
          {dn.event.calendar}
        </a>
      </Button>
    </section>
  );
}

function RegisterCall() {
  const location = useLocation();
  return (
    <Card data-color="accent" variant="tinted" className="overview-section">
      <Paragraph>{dn.event.registerCall}</Paragraph>
      <Link asChild>
        <RouterLink to="/logg-inn" state={{ from: location.pathname }}>
          {dn.event.registerSignIn}
        </RouterLink>
      </Link>
    </Card>
  );
}

function PublishedAnswers({ e }: { e: EventView }) {
  const answered = e.consortium.questions.filter((q) => q.answer);
  return (
    <section aria-labelledby="sporsmal" className="overview-section">
      <Heading level={2} data-size="sm" id="sporsmal">
        {dn.event.qa}
      </Heading>
      <Paragraph data-size="sm">{dn.event.qaIntro}</Paragraph>
      <div aria-live="polite">
        {answered.length === 0 ? (
          <Paragraph>{dn.event.noAnswers}</Paragraph>
        ) : (
          <dl className="qa-list" data-testid="published-answers">
            {answered.map((q) => (
              <div key={q.id}>
                <dt>
                  {dn.event.question}: {q.text}
                </dt>
                <dd>
                  {dn.event.answer}: {q.answer} <span className="muted">({formatDateTime(q.answeredAt)})</span>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </section>
  );
}
