import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './useSession';
import { homePath } from './homePath';
import type { Role } from './session';

/** The pages of one side: signed-out users go to sign-in (and come back after), other roles to their own side. */
export function RequireRole({ role }: { role: Role }) {
  const s = useSession();
  const location = useLocation();
  if (!s) return <Navigate to="/logg-inn" replace state={{ from: location.pathname + location.search }} />;
  if (s.role !== role) return <Navigate to={homePath[s.role]} replace />;
  return <Outlet />;
}
