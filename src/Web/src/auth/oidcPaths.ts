/** The path the identity provider sends the browser back to (not under /auth, which belongs to the silo). */
export const CALLBACK_PATH = '/innlogging/tilbake';
