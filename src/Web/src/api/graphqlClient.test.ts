import { afterEach, describe, expect, it, vi } from 'vitest';
import { isMutation, request } from './graphqlClient';
import { TypedDocumentString } from './generated/graphql';

const mutation = new TypedDocumentString<{ publishNeed: { id: string } }, Record<string, never>>(
  '\n    mutation Publish {\n  publishNeed(input: {title: "t"}) {\n    id\n  }\n}\n    ',
);
const query = new TypedDocumentString<{ viewer: { role: string } }, Record<string, never>>('\n    query Viewer {\n  viewer {\n    role\n  }\n}\n    ');

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const keysSent = (fetchMock: ReturnType<typeof vi.fn>) =>
  fetchMock.mock.calls.map(([, init]) => (init as RequestInit & { headers: Record<string, string> }).headers['idempotency-key']);

describe('the GraphQL request helper', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('tells a mutation from a query', () => {
    expect(isMutation(mutation.toString())).toBe(true);
    expect(isMutation(query.toString())).toBe(false);
    expect(isMutation('query Q { needs { title } } # mutation in a comment')).toBe(false);
  });

  it('sends one new Idempotency-Key per mutation call and none with a query', async () => {
    const fetchMock = vi.fn(async () => answer(200, { data: { publishNeed: { id: 'x' }, viewer: { role: 'ANONYMOUS' } } }));
    vi.stubGlobal('fetch', fetchMock);

    await request(mutation);
    await request(mutation);
    await request(query);

    const [first, second, third] = keysSent(fetchMock);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
    expect(third).toBeUndefined();
  });

  it('retries a mutation that got no answer or UNAVAILABLE with the same key, and returns the answer', async () => {
    vi.useFakeTimers();
    const fetchMock = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('connection reset'))
      .mockResolvedValueOnce(answer(503, { errors: [{ message: 'lost', extensions: { code: 'UNAVAILABLE', retryAfterSeconds: 5 } }] }))
      .mockResolvedValueOnce(answer(200, { data: { publishNeed: { id: 'need-1' } } }));
    vi.stubGlobal('fetch', fetchMock);

    const pending = request(mutation);
    await vi.runAllTimersAsync();

    expect(await pending).toEqual({ publishNeed: { id: 'need-1' } });
    const keys = keysSent(fetchMock);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it('gives up after a bounded number of tries and says UNAVAILABLE', async () => {
    vi.useFakeTimers();
    const fetchMock = vi.fn(async () => answer(503, { errors: [{ message: 'lost', extensions: { code: 'UNAVAILABLE' } }] }));
    vi.stubGlobal('fetch', fetchMock);

    const pending = request(mutation).catch((e: unknown) => e);
    await vi.runAllTimersAsync();

    expect(await pending).toMatchObject({ code: 'UNAVAILABLE' });
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it('does not retry a refusal', async () => {
    const fetchMock = vi.fn(async () => answer(200, { errors: [{ message: 'no', extensions: { code: 'CONFLICT' } }] }));
    vi.stubGlobal('fetch', fetchMock);

    await expect(request(mutation)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
