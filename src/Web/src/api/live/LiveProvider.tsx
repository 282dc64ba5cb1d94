import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { session } from '../../auth/session';
import { useSession } from '../../auth/useSession';
import { LiveClient, type LiveState, type TopicListener } from './LiveClient';
import type { LiveEvent } from './LiveEvent';

const LiveContext = createContext<LiveClient | null>(null);

/** Opens the tab's one live connection for the signed-in user (anonymous when nobody is). */
export function LiveProvider({ children }: { children: ReactNode }) {
  const current = useSession();
  const token = current?.accessToken;
  const [client, setClient] = useState<LiveClient | null>(null);
  useEffect(() => {
    const c = new LiveClient(
      () => session.current()?.accessToken,
      () => session.expire('refused'),
    );
    setClient(c);
    return () => c.stop();
  }, [token]);
  return <LiveContext.Provider value={client}>{children}</LiveContext.Provider>;
}

export function useLiveClient(): LiveClient | null {
  return useContext(LiveContext);
}

/** The connection state for the indicator. */
export function useLiveState(): LiveState {
  const client = useLiveClient();
  return useSyncExternalStore(
    (l) => client?.onStateChange(l) ?? (() => undefined),
    () => client?.state ?? 'connecting',
  );
}

/** Subscribes to a topic while the component is mounted (null: none). */
export function useLiveTopic(topic: string | null, listener: TopicListener): void {
  const client = useLiveClient();
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => {
    if (!client || !topic) return;
    return client.subscribe(topic, {
      onEvent: (e) => ref.current.onEvent?.(e),
      onResync: () => ref.current.onResync?.(),
      onRefused: (m) => ref.current.onRefused?.(m),
    });
  }, [client, topic]);
}

const empty: readonly LiveEvent[] = [];

/** The events of a subscribed topic so far, oldest first; re-renders as events arrive. */
export function useTopicHistory(topic: string | null): readonly LiveEvent[] {
  const client = useLiveClient();
  useSyncExternalStore(
    (l) => client?.onHistory(l) ?? (() => undefined),
    () => (client && topic ? client.version(topic) : -1),
  );
  return client && topic ? [...client.history(topic)] : empty;
}
