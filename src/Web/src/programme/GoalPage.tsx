import { Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from '../ui/PageHeading';
import { Loading } from '../ui/Loading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { programmeText } from '../text/programme';
import { formatNumber, formatPercent } from '../format/format';
import { DashboardNav } from './DashboardNav';
import { DataTable } from './DataTable';
import { ShareChart } from './ShareChart';
import { useDashboard } from './useDashboard';
import './dashboard.css';

const pct = (v: number | null | undefined) => (v == null ? '–' : formatPercent(v));

/** Mot 10 %-målet: the innovative share over the years, nationally and per county, against the goal. */
export function GoalPage() {
  const { data, error, isPending } = useDashboard();
  const o = data?.programmeOverview;
  const t = programmeText.goal;
  const latest = o?.innovativeShareByYear.at(-1);
  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      <DashboardNav />
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      {o && (
        <>
          <Paragraph>{latest && latest.share != null ? t.latest(pct(latest.share), latest.year, latest.reportingMunicipalities) : t.none}</Paragraph>
          <h2>{t.yearsTitle}</h2>
          <ShareChart points={o.innovativeShareByYear.map((y) => ({ year: y.year, share: y.share }))} goal={o.innovativeGoal} />
          <DataTable
            caption={t.yearsTitle}
            fileName="innovativ-andel-per-ar.csv"
            rows={o.innovativeShareByYear}
            columns={[
              { header: t.year, cell: (r) => r.year },
              { header: t.total, cell: (r) => formatNumber(r.total), value: (r) => r.total, numeric: true },
              { header: t.innovative, cell: (r) => formatNumber(r.innovative), value: (r) => r.innovative, numeric: true },
              { header: t.share, cell: (r) => pct(r.share), value: (r) => r.share ?? null, numeric: true },
              { header: t.valueShare, cell: (r) => pct(r.valueShare), value: (r) => r.valueShare ?? null, numeric: true },
              { header: t.reporting, cell: (r) => r.reportingMunicipalities, numeric: true },
            ]}
          />
          {latest && (
            <>
              <h2>{t.byCounty(latest.year)}</h2>
              <DataTable
                caption={t.byCounty(latest.year)}
                fileName={`innovativ-andel-per-fylke-${latest.year}.csv`}
                sortable
                rows={latest.byCounty}
                columns={[
                  { header: t.county, cell: (r) => r.county.name },
                  { header: t.total, cell: (r) => formatNumber(r.total), value: (r) => r.total, numeric: true },
                  { header: t.innovative, cell: (r) => formatNumber(r.innovative), value: (r) => r.innovative, numeric: true },
                  { header: t.share, cell: (r) => pct(r.share), value: (r) => r.share ?? null, numeric: true },
                  { header: t.valueShare, cell: (r) => pct(r.valueShare), value: (r) => r.valueShare ?? null, numeric: true },
                  { header: t.reporting, cell: (r) => r.reportingMunicipalities, numeric: true },
                ]}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
