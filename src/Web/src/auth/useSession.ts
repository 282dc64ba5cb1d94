import { useSyncExternalStore } from 'react';
import { session, type Session } from './session';

/** The signed-in session; re-renders when it starts or ends. */
export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, () => session.current());
}
