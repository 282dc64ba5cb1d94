/** Norwegian (bokmål) text of the programme's pages and of the GraphiQL page, in one place so nynorsk can follow. */
const roles: Record<string, string> = { municipality: 'kommune', supplier: 'leverandør', programme: 'programmet' };

export const graphiqlText = {
  title: 'Samspill GraphQL – spørringer mot API-et',
  backToApp: '← Tilbake til Samspill',
  signedInAs: (name: string, role: string) => `Spørringene sendes som ${name} (${roles[role] ?? role}).`,
  notSignedIn: 'Du er ikke innlogget: spørringene sendes uten tilgangsnøkkel og ser bare åpne data.',
  signIn: 'Logg inn',
};
