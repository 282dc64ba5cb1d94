import { Navigate } from 'react-router';
import { useSession } from './useSession';
import { homePath } from './homePath';

/** / sends a signed-in user to their side's start page, everyone else to sign-in. */
export function HomeRedirect() {
  const s = useSession();
  return <Navigate to={s ? homePath[s.role] : '/logg-inn'} replace />;
}
