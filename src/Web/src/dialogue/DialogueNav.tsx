import { NavLink } from 'react-router';
import { nb } from '../text/nb';
import { dn } from '../text/dialogue';
import { useSession } from '../auth/useSession';
import { SharedNavItems } from '../search/SharedNavItems';

/** The menu for suppliers (Min bedrift, Varsler, Dialogmøter) and for visitors who are not signed in. */
export function DialogueNav() {
  const s = useSession();
  if (s && s.role !== 'supplier') return null;
  return (
    <nav aria-label={nb.app.mainNav} className="app-nav">
      <ul>
        {s && (
          <>
            <li>
              <NavLink to="/leverandor" end>
                {dn.nav.company}
              </NavLink>
            </li>
            <li>
              <NavLink to="/leverandor/varsler">{dn.nav.notifications}</NavLink>
            </li>
          </>
        )}
        <li>
          <NavLink to="/dialogmoter">{dn.nav.events}</NavLink>
        </li>
        <SharedNavItems />
        {!s && (
          <li>
            <NavLink to="/logg-inn">{nb.app.signIn}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
