import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { PageHeading } from '../ui/PageHeading';
import { Loading } from '../ui/Loading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { request } from '../api/graphqlClient';
import { programmeText } from '../text/programme';
import { formatNumber } from '../format/format';
import { DashboardNav } from './DashboardNav';
import { DataTable } from './DataTable';
import { MunicipalityMap as MunicipalityMapQuery } from './dashboardQueries';
import { useProgrammeLive } from './useDashboard';
import { MunicipalityMap, type MapMunicipality } from './map/MunicipalityMap';
import { partColours, partOrder, type Part } from './map/mapColours';
import { toShapes, type NorwayTopology } from './map/geometry';
// A hashed file of its own (about 50 KB gzipped), fetched only when this page opens.
import topologyUrl from './map/kommuner-2024.topo.json?url';
import './dashboard.css';

const t = programmeText.map;

async function loadShapes() {
  const response = await fetch(topologyUrl);
  if (!response.ok) throw new Error(`${topologyUrl}: ${response.status}`);
  return toShapes((await response.json()) as NorwayTopology);
}

type Standing = Awaited<ReturnType<typeof fetchStandings>>[number];
const fetchStandings = async () => (await request(MunicipalityMapQuery)).programmeOverview.municipalityStandings;

function describe(s: Standing): string[] {
  return [
    `${s.municipality.name}, ${s.municipality.county.name}`,
    t.parts[s.part],
    ...(s.municipality.smallDistrict ? [t.isSmallDistrict] : []),
    t.population(formatNumber(s.municipality.population)),
    t.openNeeds(s.openNeeds),
    t.consortia(s.activeConsortia),
  ];
}

/** Norgeskart: every municipality coloured by its part in innovative procurement, by county, with the same as a table. */
export function MapPage() {
  useProgrammeLive();
  const [params, setParams] = useSearchParams();
  const county = params.get('fylke') ?? '';
  const standings = useQuery({ queryKey: ['programme', 'map'], queryFn: fetchStandings });
  const shapes = useQuery({ queryKey: ['map', 'kommuner-2024'], queryFn: loadShapes, staleTime: Infinity, gcTime: Infinity });

  const all = useMemo(() => [...(standings.data ?? [])].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nb')), [standings.data]);
  const counties = useMemo(() => {
    const byNumber = new Map(all.map((s) => [s.municipality.county.number, s.municipality.county.name]));
    return [...byNumber].map(([number, name]) => ({ number, name })).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }, [all]);
  const rows = useMemo(() => (county ? all.filter((s) => s.municipality.county.number === county) : all), [all, county]);
  const onMap = useMemo(() => new Map<string, MapMunicipality>(all.map((s) => [s.municipality.number, {
    number: s.municipality.number, name: s.municipality.name, part: s.part, smallDistrict: s.municipality.smallDistrict, lines: describe(s),
  }])), [all]);
  const chosen = useMemo(() => rows.map((s) => onMap.get(s.municipality.number)!), [rows, onMap]);

  const area = counties.find((c) => c.number === county)?.name ?? t.wholeCountry;
  const count = (part: Part) => rows.filter((s) => s.part === part).length;
  const smallCount = rows.filter((s) => s.municipality.smallDistrict).length;

  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      <DashboardNav />
      {standings.isPending && <Loading />}
      {standings.error && <ErrorAlert error={standings.error} />}
      {standings.data && (
        <>
          <Field className="map-county">
            <Label htmlFor="kart-fylke">{t.county}</Label>
            <Select id="kart-fylke" value={county} onChange={(e) => setParams(e.target.value ? { fylke: e.target.value } : {}, { replace: true })}>
              <Select.Option value="">{t.allCounties}</Select.Option>
              {counties.map((c) => <Select.Option key={c.number} value={c.number}>{c.name}</Select.Option>)}
            </Select>
          </Field>
          <Paragraph data-testid="kart-oppsummering">{t.summary(area, rows.length, count('CONSORTIUM'), count('NEEDS'), count('NONE'))}</Paragraph>
          <div className="map-layout">
            <div className="map-area">
              {shapes.isPending && <Paragraph>{t.loadingMap}</Paragraph>}
              {shapes.error && <Paragraph>{t.mapFailed}</Paragraph>}
              {shapes.data && <MunicipalityMap shapes={shapes.data} municipalities={onMap} chosen={chosen} label={t.mapLabel(area)} />}
            </div>
            <section className="map-legend" aria-labelledby="kart-tegnforklaring">
              <h2 id="kart-tegnforklaring">{t.legendTitle}</h2>
              <ul>
                {partOrder.map((part) => (
                  <li key={part}>
                    <Swatch fill={partColours[part].fill} />
                    {t.parts[part]}: {formatNumber(count(part))}
                  </li>
                ))}
                <li>
                  <Swatch fill={partColours.NONE.fill} stripe={partColours.NONE.stripe} />
                  {t.smallDistrict}: {formatNumber(smallCount)}
                </li>
              </ul>
              <p className="map-credit">{t.credit}</p>
            </section>
          </div>
          <DataTable
            caption={t.tableTitle(area)}
            fileName={county ? `kommuner-deltakelse-${county}.csv` : 'kommuner-deltakelse.csv'}
            sortable
            rows={rows}
            columns={[
              { header: t.municipality, cell: (s) => s.municipality.name },
              { header: t.number, cell: (s) => s.municipality.number },
              // The caption names the chosen county, so its rows leave the county out.
              ...(county ? [] : [{ header: t.county, cell: (s: Standing) => s.municipality.county.name }]),
              { header: t.part, cell: (s) => t.parts[s.part] },
              { header: t.smallDistrictColumn, cell: (s) => (s.municipality.smallDistrict ? t.yes : t.no) },
              { header: t.populationColumn, cell: (s) => formatNumber(s.municipality.population), value: (s) => s.municipality.population, numeric: true },
              { header: t.openNeedsColumn, cell: (s) => s.openNeeds, numeric: true },
              { header: t.consortiaColumn, cell: (s) => s.activeConsortia, numeric: true },
            ]}
          />
        </>
      )}
    </>
  );
}

function Swatch({ fill, stripe }: { fill: string; stripe?: string }) {
  return (
    <svg className="map-swatch" viewBox="0 0 24 16" aria-hidden="true">
      <rect width="24" height="16" fill={fill} stroke="#5b6675" strokeWidth="1" />
      {stripe && [-8, 0, 8, 16, 24].map((x) => <line key={x} x1={x} y1="16" x2={x + 16} y2="0" stroke={stripe} strokeWidth="2" />)}
    </svg>
  );
}
