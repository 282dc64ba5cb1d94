import { NavLink } from 'react-router';
import { st } from '../text/search';

/** Søk and Erfaringer: menu items every side has, signed in or not. */
export function SharedNavItems() {
  return (
    <>
      <li>
        <NavLink to="/sok">{st.nav.search}</NavLink>
      </li>
      <li>
        <NavLink to="/erfaringer">{st.nav.cases}</NavLink>
      </li>
    </>
  );
}
