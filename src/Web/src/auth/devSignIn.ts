import { session, type Role } from './session';

/** POST /auth/dev-token (Development only) and start the session with the token it returns. */
export async function devSignIn(role: Role, tenant: string | null, name: string): Promise<void> {
  const response = await fetch('/auth/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, tenant, name }),
  });
  if (!response.ok) throw new Error(`dev-token ${response.status}`);
  const body = (await response.json()) as { accessToken: string; expiresAt: string };
  session.start({ accessToken: body.accessToken, expiresAt: body.expiresAt, role, tenant, name });
}
