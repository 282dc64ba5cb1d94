import { Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from '../ui/PageHeading';
import { Loading } from '../ui/Loading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { programmeText } from '../text/programme';
import { DashboardNav } from './DashboardNav';
import { DataTable } from './DataTable';
import { useDashboard } from './useDashboard';
import './dashboard.css';

const one = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const avg = (a: { average: number; responses: number } | undefined) => (a && a.responses > 0 ? one.format(a.average) : '–');

/** Kapasitet: the FORAN self-assessments, small district municipalities against the rest, and per county. */
export function CapacityPage() {
  const { data, error, isPending } = useDashboard();
  const o = data?.programmeOverview;
  const t = programmeText.capacity;
  const dims = Object.keys(t.dims);
  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      <DashboardNav />
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      {o && (
        <>
          <DataTable
            caption={`${t.small} / ${t.rest}`}
            fileName="kapasitet-distrikt-og-ovrige.csv"
            rows={dims}
            columns={[
              { header: t.dimension, cell: (d) => t.dims[d] },
              { header: t.small, cell: (d) => avg(o.capabilitySmallDistrict.find((a) => a.dimension === d)), numeric: true },
              { header: `${t.small} (svar)`, cell: (d) => o.capabilitySmallDistrict.find((a) => a.dimension === d)?.responses ?? 0, numeric: true },
              { header: t.rest, cell: (d) => avg(o.capabilityOtherMunicipalities.find((a) => a.dimension === d)), numeric: true },
              { header: `${t.rest} (svar)`, cell: (d) => o.capabilityOtherMunicipalities.find((a) => a.dimension === d)?.responses ?? 0, numeric: true },
            ]}
          />
          <DataTable
            caption={t.byCountyTitle}
            fileName="kapasitet-per-fylke.csv"
            sortable
            rows={o.capabilityByCounty}
            columns={[
              { header: t.county, cell: (c) => c.county.name },
              ...dims.map((d) => ({ header: t.dims[d], cell: (c: (typeof o.capabilityByCounty)[number]) => avg(c.averages.find((a) => a.dimension === d)), numeric: true })),
            ]}
          />
        </>
      )}
    </>
  );
}
