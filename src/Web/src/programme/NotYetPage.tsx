import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { PageHeading } from '../ui/PageHeading';
import { Loading } from '../ui/Loading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { request } from '../api/graphqlClient';
import { programmeText } from '../text/programme';
import { formatNumber } from '../format/format';
import { DashboardNav } from './DashboardNav';
import { DataTable } from './DataTable';
import { NotYetInConsortium } from './dashboardQueries';
import { useProgrammeLive } from './useDashboard';
import './dashboard.css';

/** Ikke med ennå: small district municipalities in no consortium, with their needs; sortable and downloadable. */
export function NotYetPage() {
  useProgrammeLive();
  const { data, error, isPending } = useQuery({ queryKey: ['programme', 'not-yet'], queryFn: () => request(NotYetInConsortium) });
  const rows = data?.programmeOverview.municipalityStandings ?? [];
  const t = programmeText.notYet;
  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      <DashboardNav />
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      {data && (
        <>
          <Paragraph data-testid="not-yet-count">{t.count(rows.length)}</Paragraph>
          <DataTable
            caption={t.title}
            fileName="distriktskommuner-ikke-med.csv"
            sortable
            rows={rows}
            columns={[
              { header: t.municipality, cell: (r) => r.municipality.name },
              { header: t.number, cell: (r) => r.municipality.number },
              { header: t.county, cell: (r) => r.municipality.county.name },
              { header: t.population, cell: (r) => formatNumber(r.municipality.population), value: (r) => r.municipality.population, numeric: true },
              { header: t.openNeeds, cell: (r) => r.openNeeds, numeric: true },
              { header: t.needs, cell: (r) => r.needs.map((n) => n.title).join('; ') },
            ]}
          />
        </>
      )}
    </>
  );
}
