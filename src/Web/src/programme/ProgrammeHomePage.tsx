import { Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from '../ui/PageHeading';
import { Loading } from '../ui/Loading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { programmeText } from '../text/programme';
import { formatPercent } from '../format/format';
import { DashboardNav } from './DashboardNav';
import { useDashboard } from './useDashboard';
import './dashboard.css';

/** The programme staff's start page: the key figures and the way to each dashboard page. */
export function ProgrammeHomePage() {
  const { data, error, isPending } = useDashboard();
  const o = data?.programmeOverview;
  return (
    <>
      <PageHeading title={programmeText.dashboardTitle}>{programmeText.dashboardTitle}</PageHeading>
      <Paragraph>{programmeText.intro}</Paragraph>
      <DashboardNav />
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      {o && (
        <section aria-labelledby="nokkeltall">
          <h2 id="nokkeltall">{programmeText.keyFigures}</h2>
          <ul className="dashboard-figures">
            <li>{programmeText.municipalitiesActive(o.activeMunicipalities, o.municipalityCount)}</li>
            <li>{programmeText.smallActive(o.activeSmallDistrictMunicipalities, o.smallDistrictMunicipalities)}</li>
            <li>{programmeText.needs(o.needCount)}</li>
            <li>{programmeText.activity.formedTotal(o.consortiaFormed.total)}</li>
            <li>
              {o.innovativeShare != null && o.innovativeShareYear != null
                ? programmeText.goal.latest(formatPercent(o.innovativeShare), o.innovativeShareYear,
                    o.innovativeShareByYear.find((y) => y.year === o.innovativeShareYear)?.reportingMunicipalities ?? 0)
                : programmeText.goal.none}
            </li>
          </ul>
        </section>
      )}
    </>
  );
}
