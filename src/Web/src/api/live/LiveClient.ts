import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection, type IRetryPolicy } from '@microsoft/signalr';
import type { LiveEvent, SubscribeResult } from './LiveEvent';
import { TopicLog } from './TopicLog';

/** The connection as the indicator shows it. */
export type LiveState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** What a view hears about a topic. */
export interface TopicListener {
  /** A new event, applied once and in order. */
  onEvent?: (e: LiveEvent) => void;
  /** The subscription was (re)made: whatever the view loaded before may be older than the topic; reload it. */
  onResync?: () => void;
  /** The server refused the topic (FORBIDDEN or NOT_FOUND). */
  onRefused?: (message: string) => void;
}

interface Topic {
  log: TopicLog;
  listeners: Set<TopicListener>;
  refused?: string;
  version: number;
}

/** The server refused the token (401): retrying with the same token cannot help. */
export function isUnauthorized(error: unknown): boolean {
  const e = error as { statusCode?: number; message?: string } | undefined;
  return e?.statusCode === 401 || /\b401\b|Unauthorized/.test(e?.message ?? String(error ?? ''));
}

/**
 * Quick first retries, then a steady pace; never gives up while the server may be restarting, but stops at once
 * when it refuses the token.
 */
export const retryPolicy: IRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount, retryReason }) =>
    isUnauthorized(retryReason) ? null : ([0, 250, 1000, 2000, 3000][previousRetryCount] ?? 5000),
};

/**
 * One SignalR connection per tab. Views subscribe to topics; the client keeps each topic's last sequence, replays
 * what was missed with Subscribe(topic, lastSequence) after a reconnect or a gap, and applies each event once.
 */
export class LiveClient {
  private connection: HubConnection;
  private topics = new Map<string, Topic>();
  private stateListeners = new Set<() => void>();
  private stopped = false;
  state: LiveState = 'connecting';

  constructor(
    accessToken: () => string | undefined,
    private readonly onUnauthorized: () => void,
    url = '/hubs/live',
  ) {
    this.connection = new HubConnectionBuilder()
      .withUrl(url, { accessTokenFactory: () => accessToken() ?? '' })
      .withAutomaticReconnect(retryPolicy)
      .configureLogging(LogLevel.None)
      .build();
    this.connection.on('event', (e: LiveEvent) => this.receive(e));
    this.connection.onreconnecting(() => this.setState('reconnecting'));
    this.connection.onreconnected(() => {
      this.setState('connected');
      this.topics.forEach((_, name) => void this.subscribeOnServer(name));
    });
    // Automatic reconnect gave up or the first start failed: keep trying at a steady pace.
    this.connection.onclose((error) => {
      if (isUnauthorized(error)) return this.refuse();
      if (!this.stopped) {
        this.setState('reconnecting');
        setTimeout(() => void this.start(), 2000);
      }
    });
    void this.start();
  }

  private async start(): Promise<void> {
    if (this.stopped || this.connection.state !== HubConnectionState.Disconnected) return;
    try {
      await this.connection.start();
      this.setState('connected');
      this.topics.forEach((_, name) => void this.subscribeOnServer(name));
    } catch (e) {
      if (isUnauthorized(e)) return this.refuse();
      this.setState('reconnecting');
      setTimeout(() => void this.start(), 2000);
    }
  }

  private refuse() {
    this.stopped = true;
    this.setState('disconnected');
    this.onUnauthorized();
  }

  stop(): void {
    this.stopped = true;
    void this.connection.stop();
  }

  /** Listens to a topic; the first listener subscribes on the server. Returns the way to stop listening. */
  subscribe(name: string, listener: TopicListener): () => void {
    let topic = this.topics.get(name);
    if (!topic) {
      topic = { log: new TopicLog(), listeners: new Set(), version: 0 };
      this.topics.set(name, topic);
      if (this.connection.state === HubConnectionState.Connected) void this.subscribeOnServer(name);
    }
    topic.listeners.add(listener);
    if (topic.refused) listener.onRefused?.(topic.refused);
    return () => {
      const t = this.topics.get(name);
      if (!t) return;
      t.listeners.delete(listener);
      if (t.listeners.size === 0) {
        this.topics.delete(name);
        if (this.connection.state === HubConnectionState.Connected)
          void this.connection.invoke('Unsubscribe', name).catch(() => undefined);
      }
    };
  }

  /** The events of a topic applied so far (its retained history and what came since), oldest first. */
  history(name: string): readonly LiveEvent[] {
    return this.topics.get(name)?.log.history ?? [];
  }

  /** Changes whenever a topic's history grows; for useSyncExternalStore. */
  version(name: string): number {
    return this.topics.get(name)?.version ?? -1;
  }

  onStateChange(l: () => void): () => void {
    this.stateListeners.add(l);
    return () => this.stateListeners.delete(l);
  }

  private setState(s: LiveState) {
    if (this.state === s) return;
    this.state = s;
    this.stateListeners.forEach((l) => l());
  }

  private async subscribeOnServer(name: string): Promise<void> {
    const topic = this.topics.get(name);
    if (!topic) return;
    topic.log.beginSubscribe();
    const first = topic.log.last === null;
    let result: SubscribeResult;
    try {
      result = await this.connection.invoke<SubscribeResult>('Subscribe', name, topic.log.afterSequence);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (/FORBIDDEN|NOT_FOUND/.test(message)) {
        topic.refused = message;
        topic.listeners.forEach((l) => l.onRefused?.(message));
      }
      // Otherwise the connection dropped; the reconnect subscribes again.
      return;
    }
    if (this.topics.get(name) !== topic) return;
    const applied = topic.log.completeSubscribe(result);
    topic.version++;
    const fresh = first ? applied.filter((e) => e.sequence > result.sequence) : applied;
    for (const e of fresh) topic.listeners.forEach((l) => l.onEvent?.(e));
    topic.listeners.forEach((l) => l.onResync?.());
    this.notifyHistory();
  }

  private receive(e: LiveEvent) {
    const topic = this.topics.get(e.topic);
    if (!topic) return;
    const outcome = topic.log.offer(e);
    if (outcome === 'applied') {
      topic.version++;
      topic.listeners.forEach((l) => l.onEvent?.(e));
      this.notifyHistory();
    } else if (outcome === 'gap') {
      void this.subscribeOnServer(e.topic);
    }
  }

  private historyListeners = new Set<() => void>();
  onHistory(l: () => void): () => void {
    this.historyListeners.add(l);
    return () => this.historyListeners.delete(l);
  }
  private notifyHistory() {
    this.historyListeners.forEach((l) => l());
  }
}
