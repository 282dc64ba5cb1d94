import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './useSession';

/** Pages for anyone signed in, whatever the role: signed-out users go to sign-in and come back after. */
export function RequireSignedIn() {
  const s = useSession();
  const location = useLocation();
  if (!s) return <Navigate to="/logg-inn" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
