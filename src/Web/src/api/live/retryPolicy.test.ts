import { describe, expect, it } from 'vitest';
import { isUnauthorized, retryPolicy } from './LiveClient';

const next = (previousRetryCount: number, retryReason: Error = new Error('WebSocket closed')) =>
  retryPolicy.nextRetryDelayInMilliseconds({ previousRetryCount, elapsedMilliseconds: 0, retryReason });

describe('live reconnect policy', () => {
  it('tries again at once, then quickly, then at a steady pace without giving up', () => {
    expect(next(0)).toBe(0);
    expect(next(1)).toBeLessThanOrEqual(500);
    expect(next(4)).toBeLessThanOrEqual(3000);
    expect(next(50)).toBe(5000);
  });

  it('stops when the server refuses the token', () => {
    const refused = Object.assign(new Error("Unauthorized: Status code '401'"), { statusCode: 401 });
    expect(isUnauthorized(refused)).toBe(true);
    expect(next(3, refused)).toBeNull();
    expect(isUnauthorized(new Error('Failed to fetch'))).toBe(false);
  });
});
