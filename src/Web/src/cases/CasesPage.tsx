import '../dialogue/dialogue.css';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Card, Field, Fieldset, FieldsetLegend, Heading, Label, Link, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { Counties } from '../dialogue/dialogueQueries';
import { st } from '../text/search';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { Cases } from './caseQueries';

const PAGE = 50;

/** Erfaringer: the case library, filtered by words, domain, procedure and county (kept in the address). */
export function CasesPage() {
  const [params, setParams] = useSearchParams();
  const text = params.get('tekst') ?? '';
  const domain = params.get('fagomrade') ?? '';
  const procedure = params.get('prosedyre') ?? '';
  const county = params.get('fylke') ?? '';
  const [typed, setTyped] = useState(text);
  useEffect(() => setTyped((t) => (t.trim() === text ? t : text)), [text]);
  // Words are applied a moment after typing stops, so each key press does not ask the server.
  useEffect(() => {
    const t = setTimeout(() => typed.trim() !== text && update({ tekst: typed.trim() }), 400);
    return () => clearTimeout(t);
  });

  const counties = useQuery({ queryKey: ['reference', 'counties'], queryFn: () => request(Counties), staleTime: Infinity });
  const filter = { text: text || null, domain: domain || null, procedure: procedure || null, county: county || null };
  const cases = useInfiniteQuery({
    queryKey: ['cases', filter],
    queryFn: ({ pageParam }) => request(Cases, { filter, first: PAGE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.cases.pageInfo.hasNextPage ? last.cases.pageInfo.endCursor : undefined),
  });

  function update(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  }

  const nodes = cases.data?.pages.flatMap((p) => p.cases.nodes) ?? [];
  const total = cases.data?.pages[0]?.cases.totalCount ?? 0;
  return (
    <>
      <PageHeading title={st.cases.title}>{st.cases.title}</PageHeading>
      <Paragraph>{st.cases.intro}</Paragraph>
      <form className="filters" role="search" aria-label={st.cases.filters} onSubmit={(e) => {
        e.preventDefault();
        update({ tekst: typed.trim() });
      }}>
        <Fieldset>
          <FieldsetLegend>{st.cases.filters}</FieldsetLegend>
          <div className="filters__grid">
            <Textfield id="sak-tekst" type="search" label={st.cases.text} description={st.cases.textHelp} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
            <Field>
              <Label htmlFor="sak-fagomrade">{st.cases.domain}</Label>
              <Select id="sak-fagomrade" value={domain} onChange={(e) => update({ fagomrade: e.target.value })}>
                <Select.Option value="">{st.cases.allDomains}</Select.Option>
                {Object.entries(st.domain).map(([code, label]) => (
                  <Select.Option key={code} value={code}>
                    {label}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor="sak-prosedyre">{st.cases.procedure}</Label>
              <Select id="sak-prosedyre" value={procedure} onChange={(e) => update({ prosedyre: e.target.value })}>
                <Select.Option value="">{st.cases.allProcedures}</Select.Option>
                {Object.entries(st.procedure).map(([code, label]) => (
                  <Select.Option key={code} value={code}>
                    {label}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor="sak-fylke">{st.cases.county}</Label>
              <Select id="sak-fylke" value={county} onChange={(e) => update({ fylke: e.target.value })}>
                <Select.Option value="">{st.cases.allCounties}</Select.Option>
                {(counties.data?.counties ?? []).map((c) => (
                  <Select.Option key={c.number} value={c.number}>
                    {c.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          </div>
        </Fieldset>
      </form>
      <ErrorAlert error={cases.error} />
      {cases.isPending ? (
        <Loading />
      ) : (
        <section aria-labelledby="saker" className="stack">
          <Heading level={2} data-size="sm" id="saker">
            <span role="status">{st.cases.count(total)}</span>
          </Heading>
          {nodes.length === 0 && <Paragraph>{st.cases.none}</Paragraph>}
          <ul className="card-list">
            {nodes.map((c) => (
              <li key={c.id}>
                <Card>
                  <Heading level={3} data-size="xs">
                    <Link asChild>
                      <RouterLink to={`/erfaringer/${encodeURIComponent(c.id)}`}>{c.title}</RouterLink>
                    </Link>
                  </Heading>
                  <Paragraph data-size="sm">
                    {c.buyers.join(', ')} · {st.cases.yearsText(c.yearStarted, c.yearContract)}
                  </Paragraph>
                  <div className="tag-row">
                    <Tag data-size="sm" data-color="info">
                      {st.domain[c.domain] ?? c.domain}
                    </Tag>
                    <Tag data-size="sm" data-color="neutral">
                      {st.procedure[c.procedure] ?? c.procedure}
                    </Tag>
                  </div>
                  <Paragraph data-size="sm" className="clamp-3">
                    {c.summary}
                  </Paragraph>
                </Card>
              </li>
            ))}
          </ul>
          {cases.hasNextPage && (
            <div className="button-row">
              <Button variant="secondary" loading={cases.isFetchingNextPage} onClick={() => cases.fetchNextPage()}>
                {st.cases.more}
              </Button>
            </div>
          )}
        </section>
      )}
    </>
  );
}
