/** Whether an event lies behind us or was called off: the list and the page mark those. */
export function isPast(e: { endsAt: string; status: string }, now: Date = new Date()): boolean {
  return e.status === 'HELD' || new Date(e.endsAt) < now;
}

/** Places left, or null when the event has no capacity limit. */
export function capacityLeft(e: { capacity?: number | null; attendeeCount: number }): number | null {
  return e.capacity == null ? null : Math.max(0, e.capacity - e.attendeeCount);
}
