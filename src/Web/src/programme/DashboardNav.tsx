import { NavLink } from 'react-router';
import { programmeText } from '../text/programme';

/** Links between the programme's pages, and to open data and GraphiQL (server pages, so plain links). */
export function DashboardNav() {
  return (
    <nav aria-label={programmeText.navLabel} className="dashboard-nav">
      <ul>
        <li><NavLink to="/programmet" end>{programmeText.dashboardTitle}</NavLink></li>
        <li><NavLink to="/programmet/kart">{programmeText.nav.map}</NavLink></li>
        <li><NavLink to="/programmet/mal">{programmeText.nav.goal}</NavLink></li>
        <li><NavLink to="/programmet/aktivitet">{programmeText.nav.activity}</NavLink></li>
        <li><NavLink to="/programmet/kapasitet">{programmeText.nav.capacity}</NavLink></li>
        <li><NavLink to="/programmet/ikke-med">{programmeText.nav.notYet}</NavLink></li>
        <li><a href="/ocds/releases">{programmeText.openData}</a></li>
        <li><a href="/graphql">{programmeText.graphiql}</a></li>
      </ul>
    </nav>
  );
}
