import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AppConfig } from './appConfig';
import { session, type Role } from './session';
import { CALLBACK_PATH } from './oidcPaths';


type OidcConfig = Extract<AppConfig, { auth: 'oidc' }>;

function manager(config: OidcConfig): UserManager {
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${window.location.origin}/logg-inn`,
    response_type: 'code', // authorization code with PKCE (oidc-client-ts always uses PKCE for code)
    scope: config.scope,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Sends the browser to the identity provider. */
export function startOidcSignIn(config: OidcConfig): Promise<void> {
  return manager(config).signinRedirect();
}

/** Completes the redirect back from the identity provider and starts the session. */
export async function completeOidcSignIn(config: OidcConfig): Promise<void> {
  const user: User = await manager(config).signinRedirectCallback();
  const claims = decodeClaims(user.access_token);
  const role = String(claims[config.roleClaim] ?? '').toLowerCase() as Role;
  session.start({
    accessToken: user.access_token,
    expiresAt: new Date((user.expires_at ?? Date.now() / 1000 + 3600) * 1000).toISOString(),
    role,
    tenant: (claims[config.tenantClaim] as string | undefined) ?? null,
    name: String(user.profile.name ?? claims.name ?? ''),
  });
}

function decodeClaims(jwt: string): Record<string, unknown> {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(payload))));
  } catch {
    return {};
  }
}
