/** Who is signed in, kept in localStorage so every tab of the browser shares it. */
export type Role = 'municipality' | 'supplier' | 'programme';

export interface Session {
  accessToken: string;
  /** ISO instant. */
  expiresAt: string;
  role: Role;
  /** Kommunenummer or organisation number; null for programme staff. */
  tenant: string | null;
  name: string;
}

/** Why the user was sent back to sign-in. */
export type SignOutReason = 'expired' | 'refused' | 'signedOut';

const KEY = 'samspill.session';
const REASON_KEY = 'samspill.signOutReason';
type Listener = () => void;
const listeners = new Set<Listener>();
let cached: Session | null | undefined;

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function notify() {
  cached = undefined;
  listeners.forEach((l) => l());
}

export const session = {
  /** The session, or null when nobody is signed in or the token has run out (which ends it). */
  current(now: Date = new Date()): Session | null {
    if (cached === undefined) cached = read();
    if (cached && new Date(cached.expiresAt) <= now) {
      session.expire('expired');
      return null;
    }
    return cached;
  },
  start(s: Session) {
    localStorage.setItem(KEY, JSON.stringify(s));
    localStorage.removeItem(REASON_KEY);
    notify();
  },
  /** Ends the session and remembers why, so the sign-in page can say so. */
  expire(reason: SignOutReason) {
    if (!read()) return;
    localStorage.removeItem(KEY);
    localStorage.setItem(REASON_KEY, reason);
    notify();
  },
  /** The reason of the last ending, read once. */
  takeReason(): SignOutReason | null {
    const r = localStorage.getItem(REASON_KEY) as SignOutReason | null;
    localStorage.removeItem(REASON_KEY);
    return r;
  },
  subscribe(l: Listener): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

// Another tab signing in or out changes this one too.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key === KEY) notify();
  });
