import '../dialogue/dialogue.css';
import { useEffect, useState, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Card, Field, Fieldset, FieldsetLegend, Heading, Label, Link, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { Counties } from '../dialogue/dialogueQueries';
import { st } from '../text/search';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { useSession } from '../auth/useSession';
import { Search } from './searchQueries';
import { Snippet } from './Snippet';
import type { SearchKind, SearchQuery } from '../api/generated/graphql';

const KINDS: SearchKind[] = ['NEED', 'CONSORTIUM', 'DIALOGUE_EVENT', 'CASE'];
const PAGE = 50;

type Hit = SearchQuery['search']['hits'][number];

/**
 * Søk: one field over needs, consortia, dialogue events and earlier cases, as far as the signed-in side (or a
 * visitor) may see them. The words and filters live in the address, so a search can be shared and gone back to.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const s = useSession();
  const q = (params.get('q') ?? '').trim();
  const kind = (params.get('type') ?? '') as SearchKind | '';
  const county = params.get('fylke') ?? '';
  const cpv = params.get('cpv') ?? '';
  const domain = params.get('fagomrade') ?? '';
  const [text, setText] = useState(q);
  const [cpvText, setCpvText] = useState(cpv);
  useEffect(() => setText(q), [q]);
  useEffect(() => setCpvText(cpv), [cpv]);

  const counties = useQuery({ queryKey: ['reference', 'counties'], queryFn: () => request(Counties), staleTime: Infinity });
  const vars = { text: q, kinds: kind ? [kind] : null, county: county || null, cpvDivision: cpv || null, domain: domain || null, first: PAGE };
  const search = useInfiniteQuery({
    queryKey: ['search', s?.role ?? 'anonymous', s?.tenant ?? '', vars],
    queryFn: ({ pageParam }) => request(Search, { ...vars, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.search.pageInfo.hasNextPage ? last.search.pageInfo.endCursor : undefined),
    enabled: q.length > 0,
  });

  function update(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    update({ q: text.trim() });
  }

  const cpvValid = cpvText === '' || /^\d{2}$/.test(cpvText);
  const first = search.data?.pages[0]?.search;
  const hits: Hit[] = search.data?.pages.flatMap((p) => p.search.hits) ?? [];
  const facetCount = (facets: { value: string; count: number }[] | undefined, value: string) => facets?.find((f) => facetKey(f.value) === value)?.count ?? 0;
  const countyName = (n: string) => counties.data?.counties.find((c) => c.number === n)?.name ?? n;

  return (
    <>
      <PageHeading title={q ? st.search.titleFor(q) : st.search.title}>{st.search.title}</PageHeading>
      <Paragraph>{st.search.intro}</Paragraph>
      {!s && <Paragraph data-size="sm">{st.search.signInForMore}</Paragraph>}
      <form role="search" aria-label={st.search.title} className="search-form" onSubmit={submit}>
        <Textfield id="sok-tekst" type="search" label={st.search.field} description={st.search.fieldHelp} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        <Button type="submit">{st.search.submit}</Button>
      </form>
      <form className="filters" aria-label={st.search.filters} onSubmit={(e) => {
        e.preventDefault();
        if (cpvValid) update({ cpv: cpvText });
      }}>
        <Fieldset>
          <FieldsetLegend>{st.search.filters}</FieldsetLegend>
          <div className="filters__grid">
            <Field>
              <Label htmlFor="sok-type">{st.search.kind}</Label>
              <Select id="sok-type" value={kind} onChange={(e) => update({ type: e.target.value })}>
                <Select.Option value="">{st.search.allKinds}</Select.Option>
                {KINDS.map((k) => (
                  <Select.Option key={k} value={k}>
                    {first ? st.search.facetOption(st.search.kinds[k], facetCount(first.facets.byKind, k)) : st.search.kinds[k]}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor="sok-fylke">{st.search.county}</Label>
              <Select id="sok-fylke" value={county} onChange={(e) => update({ fylke: e.target.value })}>
                <Select.Option value="">{st.search.allCounties}</Select.Option>
                {(counties.data?.counties ?? []).map((c) => (
                  <Select.Option key={c.number} value={c.number}>
                    {first ? st.search.facetOption(c.name, facetCount(first.facets.byCounty, c.number)) : c.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor="sok-fagomrade">{st.search.domain}</Label>
              <Select id="sok-fagomrade" value={domain} onChange={(e) => update({ fagomrade: e.target.value })}>
                <Select.Option value="">{st.search.allDomains}</Select.Option>
                {Object.entries(st.domain).map(([code, label]) => (
                  <Select.Option key={code} value={code}>
                    {first ? st.search.facetOption(label, facetCount(first.facets.byDomain, code)) : label}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield
              id="sok-cpv"
              label={st.search.cpv}
              description={st.search.cpvHelp}
              inputMode="numeric"
              maxLength={2}
              value={cpvText}
              onChange={(e) => setCpvText(e.target.value.trim())}
              onBlur={() => cpvValid && cpvText !== cpv && update({ cpv: cpvText })}
              error={cpvValid ? undefined : st.search.cpvInvalid}
            />
          </div>
          {(kind || county || cpv || domain) && (
            <div className="button-row">
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => update({ type: '', fylke: '', cpv: '', fagomrade: '' })}>
                {st.search.clearFilters}
              </Button>
            </div>
          )}
        </Fieldset>
      </form>
      {!q && <Paragraph>{st.search.empty}</Paragraph>}
      <ErrorAlert error={search.error} />
      {q && search.isPending && <Loading />}
      {q && first && (
        <section aria-labelledby="sok-treff" className="stack">
          <Heading level={2} data-size="sm" id="sok-treff">
            <span role="status">
              {st.search.count(first.totalCount, q)}
              {kind && ` – ${st.search.kinds[kind]}`}
              {county && ` – ${countyName(county)}`}
            </span>
          </Heading>
          {hits.length === 0 && <Paragraph>{st.search.none}</Paragraph>}
          {KINDS.filter((k) => hits.some((h) => h.kind === k)).map((k) => (
            <HitGroup key={k} kind={k} hits={hits.filter((h) => h.kind === k)} total={facetCount(first.facets.byKind, k)} municipality={s?.role === 'municipality'} />
          ))}
          {search.hasNextPage && (
            <div className="button-row">
              <Button variant="secondary" loading={search.isFetchingNextPage} onClick={() => search.fetchNextPage()}>
                {st.search.more}
              </Button>
            </div>
          )}
        </section>
      )}
    </>
  );
}

function HitGroup({ kind, hits, total, municipality }: { kind: SearchKind; hits: Hit[]; total: number; municipality: boolean }) {
  const id = `treff-${kind.toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <Heading level={3} data-size="xs" id={id}>
        {st.search.kinds[kind]} <span className="muted">({st.search.groupCount(total)})</span>
      </Heading>
      <ul className="card-list">
        {hits.map((h) => {
          const to = hitPath(h, municipality);
          return (
            <li key={`${h.kind}:${h.id}`}>
              <Card>
                <Heading level={4} data-size="2xs">
                  {to ? (
                    <Link asChild>
                      <RouterLink to={to}>{h.title}</RouterLink>
                    </Link>
                  ) : (
                    h.title
                  )}
                </Heading>
                <Paragraph data-size="sm" className="search-snippet">
                  <Snippet html={h.snippet} />
                </Paragraph>
                <div className="tag-row">
                  <Tag data-size="sm" data-color="neutral">
                    {st.search.kindOne[h.kind]}
                  </Tag>
                </div>
                {!to && (
                  <Paragraph data-size="xs" className="muted">
                    {st.search.noLink}
                  </Paragraph>
                )}
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The kind facet counts by the kind's name as the server spells it ("DialogueEvent"); the enum is "DIALOGUE_EVENT". */
function facetKey(value: string): string {
  return /[a-z]/.test(value) && /^[A-Z]/.test(value) ? value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() : value;
}

/** Where a hit opens: cases and dialogue events for anyone, needs and consortia on the municipality side. */
function hitPath(h: Hit, municipality: boolean): string | null {
  switch (h.kind) {
    case 'CASE':
      return `/erfaringer/${encodeURIComponent(h.id)}`;
    case 'DIALOGUE_EVENT':
      return `/dialogmoter/${encodeURIComponent(h.id)}`;
    case 'NEED':
      return municipality ? `/kommune/behov/${encodeURIComponent(h.id)}` : null;
    case 'CONSORTIUM':
      return municipality ? `/kommune/samarbeid/${encodeURIComponent(h.id)}` : null;
    default:
      return null;
  }
}
