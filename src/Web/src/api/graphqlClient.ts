import type { TypedDocumentString } from './generated/graphql';
import { ApiError, toApiError } from './ApiError';
import { session } from '../auth/session';

/** Delays before the retries of a request that got no answer or UNAVAILABLE (a server was lost): short, then give up. */
export const retryDelaysMs = [300, 1000, 2500];

/**
 * POST /graphql with the signed-in user's bearer token. Returns the typed data or throws an ApiError with the
 * contract's code; an UNAUTHENTICATED answer ends the session so the app can send the user to sign-in.
 * A mutation carries an Idempotency-Key, one per call, kept across its retries: a retry after a lost answer gets the
 * first answer and changes nothing twice.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = session.current()?.accessToken;
  if (token) headers.authorization = `Bearer ${token}`;
  const query = document.toString();
  if (isMutation(query)) headers['idempotency-key'] = crypto.randomUUID();
  const body = JSON.stringify({ query, variables });
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptOnce<TResult>(headers, body, token);
    if (!(outcome instanceof ApiError)) return outcome;
    const retryable = outcome.code === 'NETWORK' || outcome.code === 'UNAVAILABLE';
    if (!retryable || attempt >= retryDelaysMs.length) throw outcome;
    await new Promise((resolve) => setTimeout(resolve, retryDelaysMs[attempt]));
  }
}

/** True when the document's operation is a mutation (the app's documents hold one operation each). */
export function isMutation(query: string): boolean {
  return /^\s*mutation\b/m.test(query);
}

async function attemptOnce<TResult>(headers: Record<string, string>, requestBody: string, token: string | undefined): Promise<TResult | ApiError> {
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: requestBody });
  } catch {
    return new ApiError('network', 'NETWORK');
  }
  try {
    return await answerOf<TResult>(response, token);
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
}

async function answerOf<TResult>(response: Response, token: string | undefined): Promise<TResult> {
  let body: { data?: TResult; errors?: unknown[] } | undefined;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (response.status === 401 || body?.errors?.some(isUnauthenticated)) {
    if (token) session.expire('refused');
    throw new ApiError('unauthenticated', 'UNAUTHENTICATED');
  }
  if (body?.errors?.length) throw toApiError(body.errors as never[]);
  if (!response.ok || !body?.data)
    throw new ApiError(`HTTP ${response.status}`, response.status === 429 ? 'RATE_LIMITED' : response.status === 503 ? 'UNAVAILABLE' : 'UNKNOWN');
  return body.data;
}

function isUnauthenticated(e: unknown): boolean {
  return (e as { extensions?: { code?: string } })?.extensions?.code === 'UNAUTHENTICATED';
}
