import type { TypedDocumentString } from './generated/graphql';
import { ApiError, toApiError } from './ApiError';
import { session } from '../auth/session';

/**
 * POST /graphql with the signed-in user's bearer token. Returns the typed data or throws an ApiError with the
 * contract's code; an UNAUTHENTICATED answer ends the session so the app can send the user to sign-in.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = session.current()?.accessToken;
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('network', 'NETWORK');
  }
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
  if (!response.ok || !body?.data) throw new ApiError(`HTTP ${response.status}`, response.status === 429 ? 'RATE_LIMITED' : 'UNKNOWN');
  return body.data;
}

function isUnauthenticated(e: unknown): boolean {
  return (e as { extensions?: { code?: string } })?.extensions?.code === 'UNAUTHENTICATED';
}
