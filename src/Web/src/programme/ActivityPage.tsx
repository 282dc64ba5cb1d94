import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { PageHeading } from '../ui/PageHeading';
import { Loading } from '../ui/Loading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { request } from '../api/graphqlClient';
import { programmeText } from '../text/programme';
import { nb } from '../text/nb';
import { describeEvent } from '../text/describeEvent';
import { formatDateTime } from '../format/format';
import { useMunicipalityNames } from '../municipality/useMunicipalityNames';
import { DashboardNav } from './DashboardNav';
import { DataTable } from './DataTable';
import { RecentActivity } from './dashboardQueries';
import { useDashboard } from './useDashboard';
import './dashboard.css';

function parse(json: string): Record<string, unknown> {
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Aktivitet: consortia formed this year per county and phase, dialogue events, and the live feed. */
export function ActivityPage() {
  const { data, error, isPending } = useDashboard();
  const feed = useQuery({ queryKey: ['programme', 'activity'], queryFn: () => request(RecentActivity) });
  const names = useMunicipalityNames();
  const o = data?.programmeOverview;
  const t = programmeText.activity;
  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <DashboardNav />
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      {o && (
        <>
          <Paragraph data-testid="formed-total">{t.formedTotal(o.consortiaFormed.total)}</Paragraph>
          <Paragraph>{t.events(o.dialogueEventsAnnounced, o.supplierRegistrations)}</Paragraph>
          <DataTable
            caption={t.formedTitle(o.consortiaFormed.year)}
            fileName={`samarbeid-dannet-${o.consortiaFormed.year}.csv`}
            sortable
            rows={o.consortiaFormed.byCounty}
            columns={[
              { header: t.county, cell: (r) => r.county.name },
              { header: t.count, cell: (r) => r.count, numeric: true },
            ]}
          />
          <DataTable
            caption={t.byPhaseTitle}
            fileName={`samarbeid-etter-fase-${o.consortiaFormed.year}.csv`}
            rows={o.consortiaFormed.byPhase}
            columns={[
              { header: t.phase, cell: (r) => nb.enums.phase[r.phase] ?? r.phase },
              { header: t.count, cell: (r) => r.count, numeric: true },
            ]}
          />
        </>
      )}
      <section aria-labelledby="siste-hendelser">
        <h2 id="siste-hendelser">{t.feedTitle}</h2>
        {feed.error && <ErrorAlert error={feed.error} />}
        {feed.data && feed.data.activity.nodes.length === 0 && <Paragraph>{t.feedEmpty}</Paragraph>}
        <ol className="dashboard-feed" aria-live="polite">
          {feed.data?.activity.nodes.map((n, i) => (
            <li key={`${n.at}-${i}`}>
              <time dateTime={n.at}>{formatDateTime(n.at)}</time>{' '}
              {describeEvent({ type: n.type, data: parse(n.data) }, { municipality: (m) => names(m) })}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
