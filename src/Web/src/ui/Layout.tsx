import { Suspense } from 'react';
import { Link as RouterLink, NavLink, Outlet, useNavigation } from 'react-router';
import { Button, Paragraph, SkipLink, Spinner } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { useSession } from '../auth/useSession';
import { session } from '../auth/session';
import { LiveIndicator } from './LiveIndicator';
import { useMunicipalityName } from '../municipality/useMunicipalityNames';
import { SessionWatcher } from '../auth/SessionWatcher';
import { DialogueNav } from '../dialogue/DialogueNav';
import { pn } from '../text/profile';
import { HeaderSearch } from '../search/HeaderSearch';
import { SharedNavItems } from '../search/SharedNavItems';

/** Header with the service name, the side's menu, live status and who is signed in; the page in <main>. */
export function Layout() {
  const s = useSession();
  const navigation = useNavigation();
  const municipality = useMunicipalityName(s?.role === 'municipality' ? s.tenant : null);
  const who = !s ? '' : s.role === 'municipality' && municipality ? (s.name ? `${s.name}, ${municipality}` : municipality) : s.name || nb.signIn.roles[s.role];
  return (
    <div className="app">
      <SkipLink href="#hovedinnhold">{nb.app.skipToContent}</SkipLink>
      <SessionWatcher />
      <header className="app-header">
        <div className="app-header__inner">
          <RouterLink to="/" className="app-brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span>{nb.app.name}</span>
          </RouterLink>
          <HeaderSearch />
          {/* Public pages are live too (capacity left, cancellations), so anonymous visitors see the indicator. */}
          {!s && (
            <div className="app-header__user">
              <LiveIndicator />
            </div>
          )}
          {s && (
            <div className="app-header__user">
              <LiveIndicator />
              <Paragraph data-size="sm" className="app-header__who">
                {nb.app.signedInAs(who)}
              </Paragraph>
              <NavLink to="/varslinger" className="app-header__link">
                {pn.nav}
              </NavLink>
              <Button variant="tertiary" data-size="sm" onClick={() => session.expire('signedOut')}>
                {nb.app.signOut}
              </Button>
            </div>
          )}
        </div>
        {s?.role === 'municipality' && (
          <nav aria-label={nb.app.mainNav} className="app-nav">
            <ul>
              <li>
                <NavLink to="/kommune" end>
                  {nb.nav.overview}
                </NavLink>
              </li>
              <li>
                <NavLink to="/kommune/behov" end>
                  {nb.nav.needs}
                </NavLink>
              </li>
              <li>
                <NavLink to="/kommune/behov/ny">{nb.nav.newNeed}</NavLink>
              </li>
              <SharedNavItems />
            </ul>
          </nav>
        )}
        {s?.role === 'programme' && (
          <nav aria-label={nb.app.mainNav} className="app-nav">
            <ul>
              <li>
                <NavLink to="/programmet">{nb.nav.programme}</NavLink>
              </li>
              <SharedNavItems />
            </ul>
          </nav>
        )}
        <DialogueNav />
      </header>
      <main id="hovedinnhold" tabIndex={-1} className="app-main" aria-busy={navigation.state === 'loading'}>
        <Suspense fallback={<Spinner aria-label={nb.app.loading} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <Paragraph data-size="sm">{nb.app.footer}</Paragraph>
      </footer>
    </div>
  );
}
