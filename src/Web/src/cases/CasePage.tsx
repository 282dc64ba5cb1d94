import { Link as RouterLink, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { st } from '../text/search';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { FactList } from '../ui/FactList';
import { Flash } from '../ui/Flash';
import { useSession } from '../auth/useSession';
import { CaseDetails } from './caseQueries';

/** One case of the library: what was bought, by whom, how, what came of it and what was learned; start a need from it. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const s = useSession();
  const found = useQuery({ queryKey: ['case', caseId], queryFn: () => request(CaseDetails, { id: caseId }) });
  const c = found.data?.case;
  return (
    <>
      <PageHeading title={c?.title ?? st.case.title}>{c?.title ?? st.case.title}</PageHeading>
      <Flash />
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/erfaringer">{st.case.backToList}</RouterLink>
        </Link>
      </Paragraph>
      {found.isPending && <Loading />}
      <ErrorAlert error={found.error} />
      {found.data && !c && <Paragraph>{st.case.notFound}</Paragraph>}
      {c && (
        <div className="stack">
          <div className="tag-row">
            <Tag data-color="info">{st.domain[c.domain] ?? c.domain}</Tag>
            <Tag data-color="neutral">{st.procedure[c.procedure] ?? c.procedure}</Tag>
          </div>
          <section aria-labelledby="sak-start" className="stack-sm">
            <Heading level={2} data-size="sm" id="sak-start">
              {st.case.start}
            </Heading>
            {s?.role === 'municipality' ? (
              <>
                <Paragraph data-size="sm">{st.case.startHelp}</Paragraph>
                <div className="button-row">
                  <Button asChild>
                    <RouterLink to={`/kommune/behov/ny?fraSak=${encodeURIComponent(c.id)}`}>{st.case.start}</RouterLink>
                  </Button>
                </div>
              </>
            ) : (
              <Paragraph data-size="sm">
                <Link asChild>
                  <RouterLink to="/logg-inn">{st.case.signInToStart}</RouterLink>
                </Link>
              </Paragraph>
            )}
          </section>
          <section aria-labelledby="sak-kjopt">
            <Heading level={2} data-size="sm" id="sak-kjopt">
              {st.case.whatBought}
            </Heading>
            <Paragraph className="prewrap">{c.summary}</Paragraph>
            <FactList
              items={[
                [st.case.buyers, c.buyers.join(', ') || st.case.notGiven],
                [st.case.lead, c.lead || st.case.notGiven],
                [st.case.years, st.cases.yearsText(c.yearStarted, c.yearContract)],
                [st.case.procedure, st.procedure[c.procedure] ?? c.procedure],
                [st.case.domain, st.domain[c.domain] ?? c.domain],
                [
                  st.case.cpv,
                  <ul className="plain-list" key="cpv">
                    {c.cpv.map((x) => (
                      <li key={x.code}>
                        {x.code} {x.label}
                      </li>
                    ))}
                  </ul>,
                ],
                [st.case.origin, st.origin[c.origin] ?? c.origin],
              ]}
            />
          </section>
          <section aria-labelledby="sak-resultat">
            <Heading level={2} data-size="sm" id="sak-resultat">
              {st.case.outcome}
            </Heading>
            <Paragraph className="prewrap">{c.outcome || st.case.notGiven}</Paragraph>
          </section>
          {c.lessons && (
            <section aria-labelledby="sak-erfaringer">
              <Heading level={2} data-size="sm" id="sak-erfaringer">
                {st.case.lessons}
              </Heading>
              <Paragraph className="prewrap">{c.lessons}</Paragraph>
            </section>
          )}
          <section aria-labelledby="sak-sporre">
            <Heading level={2} data-size="sm" id="sak-sporre">
              {st.case.ask}
            </Heading>
            {c.municipalities.length === 0 ? (
              <Paragraph>{st.case.noMunicipalities}</Paragraph>
            ) : (
              <>
                <Paragraph data-size="sm">{st.case.askIntro}</Paragraph>
                <ul className="plain-list">
                  {c.municipalities.map((m) => (
                    <li key={m.number}>
                      {m.name} ({m.county.name})
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          {(c.sourceUrl || c.consortium) && (
            <section aria-labelledby="sak-kilde">
              <Heading level={2} data-size="sm" id="sak-kilde">
                {st.case.source}
              </Heading>
              <ul className="plain-list">
                {c.sourceUrl && (
                  <li>
                    <Link href={c.sourceUrl} rel="noopener noreferrer">
                      {c.sourceTitle || c.sourceUrl}
                    </Link>
                  </li>
                )}
                {c.consortium && s?.role === 'municipality' && (
                  <li>
                    {st.case.consortium}:{' '}
                    <Link asChild>
                      <RouterLink to={`/kommune/samarbeid/${c.consortium.id}`}>{c.consortium.title}</RouterLink>
                    </Link>
                  </li>
                )}
              </ul>
            </section>
          )}
        </div>
      )}
    </>
  );
}
