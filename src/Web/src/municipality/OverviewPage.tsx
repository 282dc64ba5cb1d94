import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { request } from '../api/graphqlClient';
import { useSession } from '../auth/useSession';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { formatDateTime, formatNok, formatRelative } from '../format/format';
import { describeEvent } from '../text/describeEvent';
import { useTopicHistory } from '../api/live/LiveProvider';
import { MunicipalityOverview, RespondToInvitation } from './overviewQueries';
import { useConsortiumLive, useMunicipalityLive } from './useMunicipalityLive';
import { useMunicipalityNames } from './useMunicipalityNames';
import type { MunicipalityOverviewQuery } from '../api/generated/graphql';
import { describeError } from '../api/describeError';

type Overview = NonNullable<MunicipalityOverviewQuery['municipality']>;

/** Oversikt: my needs, my consortia, invitations to answer, partner suggestions and what happened lately — live. */
export function OverviewPage() {
  const s = useSession();
  const number = s?.tenant ?? null;
  useMunicipalityLive(number);
  const overview = useQuery({
    queryKey: ['municipality', number, 'overview'],
    queryFn: () => request(MunicipalityOverview, { number: number! }),
    enabled: !!number,
  });
  const m = overview.data?.municipality;
  const title = nb.overview.title;
  return (
    <>
      <PageHeading title={title}>{m ? `${title} – ${m.name}` : title}</PageHeading>
      {overview.isPending && <Loading />}
      <ErrorAlert error={overview.error} />
      {m && (
        <div className="overview-grid">
          <Invitations m={m} />
          <MyNeeds m={m} />
          <MyConsortia m={m} />
          <Suggestions m={m} />
          <RecentEvents m={m} />
        </div>
      )}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="overview-section">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Invitations({ m }: { m: Overview }) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const respond = useMutation({
    mutationFn: (v: { consortiumId: string; accept: boolean; title: string }) =>
      request(RespondToInvitation, { consortiumId: v.consortiumId, accept: v.accept }),
    onSuccess: (_, v) => {
      setDone(v.accept ? nb.overview.accepted(v.title) : nb.overview.declined(v.title));
      void queryClient.invalidateQueries({ queryKey: ['municipality', m.number] });
    },
  });
  return (
    <Section id="invitasjoner" title={nb.overview.invitations}>
      <div role="status" aria-live="polite">
        {done && (
          <Alert data-color="success">
            <Paragraph>{done}</Paragraph>
          </Alert>
        )}
      </div>
      {respond.error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{describeError(respond.error)}</Paragraph>
        </Alert>
      )}
      {m.invitations.length === 0 ? (
        <Paragraph>{nb.overview.noInvitations}</Paragraph>
      ) : (
        <ul className="card-list">
          {m.invitations.map((inv) => (
            <li key={inv.consortium.id}>
              <Card data-color="accent" variant="tinted">
                <Heading level={3} data-size="xs">
                  <Link asChild>
                    <RouterLink to={`/kommune/samarbeid/${inv.consortium.id}`}>{inv.consortium.title}</RouterLink>
                  </Link>
                </Heading>
                <Paragraph data-size="sm">{nb.overview.invitedBy(inv.invitedBy.name, formatDateTime(inv.invitedAt))}</Paragraph>
                {inv.message && <Paragraph data-size="sm">«{inv.message}»</Paragraph>}
                <div className="button-row">
                  <Button
                    data-size="sm"
                    aria-label={nb.overview.acceptLabel(inv.consortium.title)}
                    disabled={respond.isPending}
                    onClick={() => respond.mutate({ consortiumId: inv.consortium.id, accept: true, title: inv.consortium.title })}
                  >
                    {nb.overview.accept}
                  </Button>
                  <Button
                    data-size="sm"
                    variant="secondary"
                    aria-label={nb.overview.declineLabel(inv.consortium.title)}
                    disabled={respond.isPending}
                    onClick={() => respond.mutate({ consortiumId: inv.consortium.id, accept: false, title: inv.consortium.title })}
                  >
                    {nb.overview.decline}
                  </Button>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function MyNeeds({ m }: { m: Overview }) {
  const needs = m.needs.filter((n) => n.stage !== 'WITHDRAWN');
  return (
    <Section id="mine-behov" title={nb.overview.myNeeds}>
      {needs.length === 0 ? (
        <Paragraph>{nb.overview.noNeeds}</Paragraph>
      ) : (
        <ul className="plain-list">
          {needs.map((n) => (
            <li key={n.id} className="list-row">
              <Link asChild>
                <RouterLink to={`/kommune/behov/${n.id}`}>{n.title}</RouterLink>
              </Link>
              <span className="list-row__meta">
                <Tag data-size="sm" data-color={n.stage === 'IN_CONSORTIUM' ? 'success' : 'neutral'}>
                  {nb.enums.stage[n.stage]}
                </Tag>
                {n.estimatedValueNok != null && <span>{formatNok(n.estimatedValueNok)}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/kommune/behov/ny">{nb.overview.publishNeed}</RouterLink>
        </Link>
      </Paragraph>
    </Section>
  );
}

function ConsortiumLine({ c, municipality }: { c: Overview['consortia'][number]; municipality: string }) {
  useConsortiumLive(c.id, municipality, false);
  const joined = c.members.filter((x) => x.status === 'JOINED').length;
  return (
    <li className="list-row">
      <Link asChild>
        <RouterLink to={`/kommune/samarbeid/${c.id}`}>{c.title}</RouterLink>
      </Link>
      <span className="list-row__meta">
        <Tag data-size="sm" data-color={c.phase === 'CANCELLED' ? 'danger' : 'info'}>
          {nb.enums.phase[c.phase]}
        </Tag>
        <span>
          {c.lead.number === municipality ? nb.enums.memberRole.LEAD : nb.enums.memberRole.MEMBER} · {nb.overview.members}: {joined}
        </span>
        <span>{formatNok(c.combinedEstimatedValueNok)}</span>
      </span>
    </li>
  );
}

function MyConsortia({ m }: { m: Overview }) {
  const mine = m.consortia.filter((c) => c.members.some((x) => x.municipality.number === m.number && x.status === 'JOINED'));
  return (
    <Section id="mine-samarbeid" title={nb.overview.myConsortia}>
      {mine.length === 0 ? (
        <Paragraph>{nb.overview.noConsortia}</Paragraph>
      ) : (
        <ul className="plain-list">
          {mine.map((c) => (
            <ConsortiumLine key={c.id} c={c} municipality={m.number} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function Suggestions({ m }: { m: Overview }) {
  const history = useTopicHistory(`municipality/${m.number}`);
  const names = useMunicipalityNames();
  const needTitle = new Map(m.needs.map((n) => [n.id, n.title]));
  const seen = new Set<string>();
  const suggestions = [...history]
    .reverse()
    .filter((e) => e.type === 'PartnerSuggested')
    .filter((e) => {
      const key = `${e.data.needId}|${e.data.matchedNeedId}`;
      if (seen.has(key) || !needTitle.has(String(e.data.needId))) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 6);
  return (
    <Section id="forslag" title={nb.overview.suggestions}>
      {suggestions.length === 0 ? (
        <Paragraph>{nb.overview.noSuggestions}</Paragraph>
      ) : (
        <ul className="plain-list">
          {suggestions.map((e) => (
            <li key={e.sequence} className="list-row">
              <Link asChild>
                <RouterLink to={`/kommune/behov/${String(e.data.needId)}`}>
                  {nb.overview.suggestionLine(names(String(e.data.municipality)), needTitle.get(String(e.data.needId)) ?? '')}
                </RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function RecentEvents({ m }: { m: Overview }) {
  const history = useTopicHistory(`municipality/${m.number}`);
  const names = useMunicipalityNames();
  const needTitle = new Map(m.needs.map((n) => [n.id, n.title]));
  const consortiumTitle = new Map([...m.consortia.map((c) => [c.id, c.title] as const), ...m.invitations.map((i) => [i.consortium.id, i.consortium.title] as const)]);
  const recent = [...history].reverse().slice(0, 8);
  return (
    <Section id="siste-hendelser" title={nb.overview.recentEvents}>
      {recent.length === 0 ? (
        <Paragraph>{nb.overview.noRecentEvents}</Paragraph>
      ) : (
        <ol className="event-list" aria-live="polite">
          {recent.map((e) => (
            <li key={e.sequence}>
              <Paragraph data-size="sm">
                {describeEvent(e, { municipality: names, need: (id) => needTitle.get(id), consortium: (id) => consortiumTitle.get(id) })}
              </Paragraph>
              <Paragraph data-size="xs" className="muted">
                <time dateTime={e.occurredAt}>{formatRelative(e.occurredAt)}</time>
              </Paragraph>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
