import type { LiveEvent, SubscribeResult } from './LiveEvent';

/** What became of an event offered to a topic's log. */
export type Offer = 'applied' | 'duplicate' | 'gap' | 'buffered';

/**
 * One topic's sequence bookkeeping: applies each event exactly once and in order, buffers what arrives while a
 * subscription is being (re)made, and reports a gap so the caller can ask for a replay. No I/O.
 */
export class TopicLog {
  /** The last sequence applied; null before the first subscription answered. */
  last: number | null = null;
  /** Events applied, oldest first (the replayed history and everything since), at most `keep`. */
  readonly history: LiveEvent[] = [];
  private buffer: LiveEvent[] = [];
  private pending = true;

  constructor(private readonly keep = 300) {}

  /** The sequence to replay after when subscribing (again): 0 the first time, so the retained history comes too. */
  get afterSequence(): number {
    return this.last ?? 0;
  }

  /** A (re)subscription was sent: events pushed meanwhile wait until its answer has been applied. */
  beginSubscribe() {
    this.pending = true;
  }

  /** Applies the answer to Subscribe, then whatever was buffered; returns the events newly applied, in order. */
  completeSubscribe(result: SubscribeResult): LiveEvent[] {
    const applied: LiveEvent[] = [];
    const ordered = [...result.missed].sort((a, b) => a.sequence - b.sequence);
    for (const e of ordered) if (this.tryApply(e)) applied.push(e);
    // Events retained no longer (or a fresh topic): nothing to replay, continue from the topic's current sequence.
    if (this.last === null || this.last < result.sequence) this.last = result.sequence;
    this.pending = false;
    const buffered = this.buffer.sort((a, b) => a.sequence - b.sequence);
    this.buffer = [];
    for (const e of buffered) if (this.tryApply(e)) applied.push(e);
    return applied;
  }

  /** An event pushed by the server. */
  offer(e: LiveEvent): Offer {
    if (this.pending) {
      if (!this.buffer.some((b) => b.sequence === e.sequence)) this.buffer.push(e);
      return 'buffered';
    }
    if (this.last !== null && e.sequence <= this.last) return 'duplicate';
    if (this.last !== null && e.sequence > this.last + 1) {
      // Keep it: the replay that fills the gap will bring it again and it is then applied in order.
      this.pending = true;
      this.buffer.push(e);
      return 'gap';
    }
    this.apply(e);
    return 'applied';
  }

  private tryApply(e: LiveEvent): boolean {
    if (this.last !== null && e.sequence <= this.last) return false;
    // A gap inside a replay cannot be filled: the server retained no more; accept and move on.
    this.apply(e);
    return true;
  }

  private apply(e: LiveEvent) {
    this.last = e.sequence;
    this.history.push(e);
    if (this.history.length > this.keep) this.history.splice(0, this.history.length - this.keep);
  }
}
