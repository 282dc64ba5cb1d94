import { describe, expect, it } from 'vitest';
import { TopicLog } from './TopicLog';
import type { LiveEvent } from './LiveEvent';

const ev = (sequence: number, type = 'MemberJoined'): LiveEvent => ({
  topic: 'consortium/c1',
  sequence,
  type,
  occurredAt: '2026-12-04T10:00:00Z',
  data: {},
});

describe('TopicLog', () => {
  it('takes the replayed history on the first subscription and then continues from the topic sequence', () => {
    const log = new TopicLog();
    expect(log.afterSequence).toBe(0);
    log.beginSubscribe();
    const applied = log.completeSubscribe({ topic: 'consortium/c1', sequence: 3, missed: [ev(1), ev(2), ev(3)] });
    expect(applied.map((e) => e.sequence)).toEqual([1, 2, 3]);
    expect(log.offer(ev(4))).toBe('applied');
    expect(log.last).toBe(4);
  });

  it('never applies an event twice', () => {
    const log = new TopicLog();
    log.completeSubscribe({ topic: 't', sequence: 2, missed: [ev(1), ev(2)] });
    expect(log.offer(ev(2))).toBe('duplicate');
    expect(log.offer(ev(3))).toBe('applied');
    expect(log.offer(ev(3))).toBe('duplicate');
    expect(log.history.map((e) => e.sequence)).toEqual([1, 2, 3]);
  });

  it('buffers pushes that arrive while a subscription is pending and applies them after the replay, in order', () => {
    const log = new TopicLog();
    log.completeSubscribe({ topic: 't', sequence: 5, missed: [] });
    // Connection lost after 5; on reconnect events 8 and 7 are pushed before the replay answer arrives.
    log.beginSubscribe();
    expect(log.offer(ev(8))).toBe('buffered');
    expect(log.offer(ev(7))).toBe('buffered');
    const applied = log.completeSubscribe({ topic: 't', sequence: 7, missed: [ev(6), ev(7)] });
    expect(applied.map((e) => e.sequence)).toEqual([6, 7, 8]);
    expect(log.last).toBe(8);
  });

  it('reports a gap so the client replays, and applies the late event once the replay fills it', () => {
    const log = new TopicLog();
    log.completeSubscribe({ topic: 't', sequence: 1, missed: [] });
    expect(log.offer(ev(3))).toBe('gap');
    expect(log.afterSequence).toBe(1);
    const applied = log.completeSubscribe({ topic: 't', sequence: 3, missed: [ev(2), ev(3)] });
    expect(applied.map((e) => e.sequence)).toEqual([2, 3]);
    expect(log.offer(ev(3))).toBe('duplicate');
  });

  it('starts from the topic sequence when nothing was retained to replay', () => {
    const log = new TopicLog();
    log.completeSubscribe({ topic: 't', sequence: 400, missed: [] });
    expect(log.afterSequence).toBe(400);
    expect(log.offer(ev(401))).toBe('applied');
  });

  it('keeps a bounded history', () => {
    const log = new TopicLog(3);
    log.completeSubscribe({ topic: 't', sequence: 0, missed: [] });
    for (let i = 1; i <= 5; i++) log.offer(ev(i));
    expect(log.history.map((e) => e.sequence)).toEqual([3, 4, 5]);
  });
});
