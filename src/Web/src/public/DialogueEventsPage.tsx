import '../dialogue/dialogue.css';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Field, Fieldset, FieldsetLegend, Heading, Label, Link, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { Counties, PublicDialogueEvents } from '../dialogue/dialogueQueries';
import { capacityLeft, isPast } from '../dialogue/eventState';
import { dn } from '../text/dialogue';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { CpvPicker, type ChosenCpv } from '../municipality/CpvPicker';
import { formatDateTime, formatNumber } from '../format/format';
import { usePageDescription } from '../dialogue/usePageDescription';
import type { DialogueEventKind, PublicDialogueEventsQuery } from '../api/generated/graphql';

/** Dialogmøter: every announced dialogue event, newest announcement first, for anyone — no sign-in. */
export function DialogueEventsPage() {
  const [county, setCounty] = useState('');
  const [kind, setKind] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [cpv, setCpv] = useState<ChosenCpv[]>([]);
  const [showPast, setShowPast] = useState(false);
  usePageDescription(dn.list.intro);
  // Filtered on the server, so the count and "Vis flere" describe the filtered list, not the page at hand.
  const filter = {
    from: from ? new Date(`${from}T00:00:00`).toISOString() : undefined,
    to: to ? new Date(`${to}T23:59:59`).toISOString() : undefined,
    county: county || undefined,
    kind: (kind || undefined) as DialogueEventKind | undefined,
    cpvPrefixes: cpv.length ? cpv.map((c) => c.code) : undefined,
    upcoming: !showPast,
  };
  const events = useInfiniteQuery({
    queryKey: ['dialogue', 'list', filter],
    queryFn: ({ pageParam }) => request(PublicDialogueEvents, { filter, orderBy: 'ANNOUNCED_NEWEST', after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.dialogueEvents.pageInfo.hasNextPage ? last.dialogueEvents.pageInfo.endCursor : undefined),
  });
  const counties = useQuery({ queryKey: ['reference', 'counties'], queryFn: () => request(Counties), staleTime: Infinity });
  const shown = events.data?.pages.flatMap((p) => p.dialogueEvents.nodes) ?? [];
  const total = events.data?.pages[0]?.dialogueEvents.totalCount ?? 0;

  return (
    <>
      <PageHeading title={dn.list.title}>{dn.list.title}</PageHeading>
      <Paragraph>{dn.list.intro}</Paragraph>
      <form className="filters" role="search" aria-label={dn.list.filters} onSubmit={(e) => e.preventDefault()}>
        <Fieldset>
          <FieldsetLegend>{dn.list.filters}</FieldsetLegend>
          <div className="filters__grid">
            <Field>
              <Label htmlFor="filter-county">{dn.list.county}</Label>
              <Select id="filter-county" value={county} onChange={(e) => setCounty(e.target.value)}>
                <Select.Option value="">{dn.list.allCounties}</Select.Option>
                {(counties.data?.counties ?? []).map((c) => (
                  <Select.Option key={c.number} value={c.number}>
                    {c.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor="filter-kind">{dn.list.kind}</Label>
              <Select id="filter-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
                <Select.Option value="">{dn.list.allKinds}</Select.Option>
                {Object.entries(dn.kind).map(([k, v]) => (
                  <Select.Option key={k} value={k}>
                    {v}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield id="filter-from" type="date" label={dn.list.from} value={from} onChange={(e) => setFrom(e.target.value)} />
            <Textfield id="filter-to" type="date" label={dn.list.to} value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
          <CpvPicker id="filter-cpv" value={cpv} onChange={setCpv} />
          <Checkbox id="filter-past" label={dn.list.showPast} checked={showPast} onChange={(e) => setShowPast(e.target.checked)} />
        </Fieldset>
      </form>
      <ErrorAlert error={events.error} />
      {events.isPending ? (
        <Loading />
      ) : events.isError ? null : (
        <section aria-labelledby="treff">
          <Heading level={2} data-size="sm" id="treff">
            <span role="status">{dn.list.count(total)}</span>
          </Heading>
          {shown.length === 0 ? (
            <Paragraph>{dn.list.none}</Paragraph>
          ) : (
            <ul className="card-list">
              {shown.map((e) => (
                <EventCard key={e.id} e={e} />
              ))}
            </ul>
          )}
          {events.hasNextPage && (
            <div className="button-row">
              <Paragraph data-size="sm">{dn.list.shownOf(shown.length, total)}</Paragraph>
              <Button variant="secondary" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
                {dn.list.more}
              </Button>
            </div>
          )}
        </section>
      )}
      <Paragraph data-size="sm">
        <Link href={feedUrl(county, cpv)}>{county ? dn.list.feedCounty(counties.data?.counties.find((c) => c.number === county)?.name ?? county) : cpv.length ? dn.list.feedCpv(cpv[0].code.slice(0, 2)) : dn.list.feed}</Link>
      </Paragraph>
    </>
  );
}

function feedUrl(county: string, cpv: ChosenCpv[]): string {
  if (county) return `/feeds/dialogue-events.atom?county=${encodeURIComponent(county)}`;
  if (cpv.length) return `/feeds/dialogue-events.atom?cpv=${encodeURIComponent(cpv[0].code.slice(0, 2))}`;
  return '/feeds/dialogue-events.atom';
}

type Node = PublicDialogueEventsQuery['dialogueEvents']['nodes'][number];

function EventCard({ e }: { e: Node }) {
  const past = isPast(e);
  const left = capacityLeft(e);
  const members = e.consortium.members.filter((m) => m.status === 'JOINED').map((m) => m.municipality.name);
  return (
    <li>
      <Card data-color={e.status === 'CANCELLED' || past ? 'neutral' : 'accent'} variant="tinted">
        <Heading level={3} data-size="xs">
          <Link asChild>
            <RouterLink to={`/dialogmoter/${e.id}`}>{e.title}</RouterLink>
          </Link>
        </Heading>
        <div className="button-row">
          <Tag data-color="info">{dn.kind[e.kind]}</Tag>
          {e.status === 'CANCELLED' ? (
            <Tag data-color="danger">{dn.list.cancelled}</Tag>
          ) : past ? (
            <Tag data-color="neutral">{dn.list.past}</Tag>
          ) : (
            <Tag data-color="success">{dn.status[e.status]}</Tag>
          )}
        </div>
        <Paragraph data-size="sm">{e.consortium.title}</Paragraph>
        <dl className="event-facts">
          <dt>{dn.list.lead}</dt>
          <dd>{e.consortium.lead.name}</dd>
          <dt>{dn.list.members}</dt>
          <dd>{members.length ? members.join(', ') : e.consortium.lead.name}</dd>
          <dt>{dn.list.when}</dt>
          <dd>{formatDateTime(e.startsAt)}</dd>
          {e.location && (
            <>
              <dt>{dn.list.where}</dt>
              <dd>{e.location}</dd>
            </>
          )}
          <dt>{dn.list.deadline}</dt>
          <dd>{formatDateTime(e.registrationDeadline)}</dd>
          <dt>{dn.list.capacityLeft}</dt>
          <dd>{left === null ? dn.list.unlimited : formatNumber(left)}</dd>
        </dl>
      </Card>
    </li>
  );
}
