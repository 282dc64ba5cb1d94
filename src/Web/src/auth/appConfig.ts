/** What the silo tells the app at /app-config.json: how to sign in. */
export type AppConfig =
  | { auth: 'dev-tokens' }
  | { auth: 'oidc'; authority: string; clientId: string; scope: string; roleClaim: string; tenantClaim: string };

let loaded: Promise<AppConfig> | undefined;

export function appConfig(): Promise<AppConfig> {
  loaded ??= fetch('/app-config.json', { headers: { accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<AppConfig>) : Promise.reject(new Error(`HTTP ${r.status}`))))
    .catch((e) => {
      loaded = undefined;
      throw e;
    });
  return loaded;
}
