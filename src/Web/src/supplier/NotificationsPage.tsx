import '../dialogue/dialogue.css';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { CpvLookup, EventForNotification } from '../dialogue/dialogueQueries';
import { joinNorwegian, matchReasons, type FollowRef } from '../dialogue/followMatch';
import { dn } from '../text/dialogue';
import { PageHeading } from '../ui/PageHeading';
import { formatDateTime, formatRelative } from '../format/format';
import { useSession } from '../auth/useSession';
import { useTopicHistory } from '../api/live/LiveProvider';
import type { LiveEvent } from '../api/live/LiveEvent';
import { useMySupplier, useSupplierLive } from './useSupplier';
import { readSeen, writeSeen } from './seenNotifications';

const shown = new Set(['DialogueEventAnnounced', 'DialogueEventCancelled', 'AnswerPublished', 'DialogueEventRegistrationDeadlineSoon']);

/** Varsler: the supplier's live notices, newest first, each saying why it arrived; unread ones marked. */
export function NotificationsPage() {
  const s = useSession();
  const org = s?.tenant ?? '';
  useSupplierLive();
  const me = useMySupplier();
  const follows = me.data?.viewer.supplier?.follows ?? [];
  const cpvLabel = useCpvLabels(follows);
  const history = useTopicHistory(org ? `supplier/${org}` : null);
  const [seen, setSeen] = useState(() => readSeen(org));
  const items = history.filter((e) => shown.has(e.type)).slice().reverse();
  const markRead = () => {
    const last = history.length ? history[history.length - 1].sequence : 0;
    writeSeen(org, last);
    setSeen(last);
  };
  return (
    <>
      <PageHeading title={dn.supplier.notificationsTitle}>{dn.supplier.notificationsTitle}</PageHeading>
      <Paragraph>{dn.supplier.notificationsIntro}</Paragraph>
      {items.some((e) => e.sequence > seen) && (
        <Button variant="secondary" data-size="sm" onClick={markRead}>
          {dn.supplier.markRead}
        </Button>
      )}
      <div aria-live="polite">
        {items.length === 0 ? (
          <Paragraph>{dn.supplier.noNotifications}</Paragraph>
        ) : (
          <ul className="card-list" data-testid="notifications">
            {items.map((e) => (
              <Notice key={e.sequence} e={e} unread={e.sequence > seen} follows={follows} cpvLabel={cpvLabel} />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));

function Notice({ e, unread, follows, cpvLabel }: { e: LiveEvent; unread: boolean; follows: readonly FollowRef[]; cpvLabel: (code: string) => string | undefined }) {
  const eventId = str(e.data.eventId);
  const detail = useQuery({
    queryKey: ['dialogue', 'notification', eventId],
    queryFn: () => request(EventForNotification, { id: eventId }),
    enabled: e.type === 'DialogueEventAnnounced' && !!eventId,
    staleTime: 60_000,
  });
  const event = detail.data?.dialogueEvent;
  let title: string;
  let why: string | null = null;
  if (e.type === 'DialogueEventAnnounced') {
    title = dn.supplier.announced(str(e.data.title));
    const reasons = event ? matchReasons(follows, event, cpvLabel) : [];
    why = event ? (reasons.length ? dn.supplier.because(joinNorwegian(reasons)) : dn.supplier.becauseRegistered) : null;
  } else if (e.type === 'DialogueEventRegistrationDeadlineSoon') {
    title = dn.supplier.deadlineSoon(str(e.data.title), formatDateTime(str(e.data.registrationDeadline)));
    why = dn.supplier.becauseDeadline;
  } else if (e.type === 'DialogueEventCancelled') {
    title = dn.supplier.cancelled(str(e.data.reason));
    why = dn.supplier.becauseRegistered;
  } else {
    title = dn.supplier.answer(str(e.data.question));
    why = dn.supplier.becauseRegistered;
  }
  return (
    <li>
      <Card data-color={unread ? 'accent' : 'neutral'} variant={unread ? 'tinted' : 'default'}>
        <Heading level={2} data-size="xs">
          {title} {unread && <Tag data-color="warning">{dn.supplier.unread}</Tag>}
        </Heading>
        {e.type === 'AnswerPublished' && (
          <Paragraph>
            {dn.event.answer}: {str(e.data.answer)}
          </Paragraph>
        )}
        {why && <Paragraph data-size="sm">{why}</Paragraph>}
        <Paragraph data-size="sm">
          {formatRelative(e.occurredAt)}
          {eventId && (
            <>
              {' · '}
              <Link asChild>
                <RouterLink to={`/dialogmoter/${eventId}`}>{dn.supplier.open}</RouterLink>
              </Link>
            </>
          )}
        </Paragraph>
      </Card>
    </li>
  );
}

/** Norwegian labels of the CPV codes the supplier follows, for "du følger CPV 33000000-0 Medisinsk utstyr". */
function useCpvLabels(follows: readonly FollowRef[]) {
  const codes = follows.filter((f) => f.kind === 'CPV').map((f) => f.value);
  const results = useQueries({
    queries: codes.map((code) => ({
      queryKey: ['reference', 'cpv', code],
      queryFn: () => request(CpvLookup, { code }),
      staleTime: Infinity,
    })),
  });
  return (code: string) => results[codes.indexOf(code)]?.data?.cpv?.label;
}
