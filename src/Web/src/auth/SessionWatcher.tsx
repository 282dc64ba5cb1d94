import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from './useSession';
import { session } from './session';

/**
 * When the session ends (signed out, expired, or the server refused the token), clears cached data and sends the
 * user to sign-in, which says why; schedules the check for the moment the token runs out.
 */
export function SessionWatcher() {
  const s = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const had = useRef(!!s);
  useEffect(() => {
    if (s) {
      had.current = true;
      const ms = new Date(s.expiresAt).getTime() - Date.now();
      const timer = setTimeout(() => session.current(), Math.max(0, Math.min(ms + 500, 2_000_000_000)));
      return () => clearTimeout(timer);
    }
    if (had.current) {
      had.current = false;
      queryClient.clear();
      if (location.pathname !== '/logg-inn') navigate('/logg-inn', { replace: true, state: { from: location.pathname } });
    }
  }, [s, navigate, location.pathname, queryClient]);
  return null;
}
