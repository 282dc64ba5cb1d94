// Norwegian (bokmål) text of the person's own page, Varslinger: the profile, the e-mail address and how each kind
// of notice is delivered. Kept apart from nb.ts so the page's text has one home.

import type { NoticeDelivery, NoticeKind } from '../api/generated/graphql';

export const pn = {
  nav: 'Varslinger',
  title: 'Varslinger',
  intro: 'Her bestemmer du hva Samspill sender deg på e-post når du ikke har siden åpen, og hvor ofte.',
  common: {
    none: 'Ingen ennå',
  },
  profile: {
    heading: 'Deg',
    name: 'Navn',
    noName: 'Ikke oppgitt ved innlogging',
    organisation: 'Organisasjon',
    orgNumber: (org: string) => `Organisasjonsnummer ${org}`,
    programme: 'Programmet',
    email: 'E-post',
  },
  email: {
    heading: 'E-postadresse',
    fromSignIn: (address: string) => `${address} (fra innloggingen)`,
    fromSignInHelp: 'Adressen kommer fra innloggingen og kan bare endres der.',
    confirmed: (address: string) => `${address} (bekreftet)`,
    none: 'Ingen adresse ennå. Uten en bekreftet adresse sender vi ingen varsler på e-post.',
    pendingTitle: 'Venter på bekreftelse',
    pending: (address: string) =>
      `Vi har sendt en lenke til ${address}. Åpne lenken i e-posten for å bekrefte adressen. Vi sender ingen varsler dit før den er bekreftet.`,
    label: 'E-postadresse',
    changeLabel: 'Ny e-postadresse',
    help: 'Vi sender en lenke til adressen. Først når du har åpnet den, får du varsler.',
    submit: 'Send bekreftelseslenke',
    missing: 'Skriv inn e-postadressen din.',
    invalid: 'Skriv en gyldig e-postadresse, for eksempel kari@kommune.no.',
    sent: (address: string) => `Bekreftelseslenken er sendt til ${address}.`,
  },
  settings: {
    heading: 'Hva vil du få varsel om?',
    help: 'Velg for hver type varsel om du vil få det straks, samlet i en daglig oppsummering kl. 07, eller aldri.',
    none: 'Det finnes ingen varsler på e-post for din rolle ennå.',
    save: 'Lagre varslingsvalg',
    saved: 'Varslingsvalgene er lagret.',
    kinds: {
      INVITATION: 'Invitasjoner til innkjøpssamarbeid',
      MEMBERSHIP_CHANGE: 'Kommuner som blir med i eller går ut av samarbeidene deres',
      PHASE_CHANGE: 'Nye faser i samarbeidene deres',
      QUESTION_WAITING: 'Spørsmål fra leverandører som venter på svar (vertskommunen)',
      PARTNER_SUGGESTION: 'Forslag om kommuner med lignende behov',
      ANNOUNCEMENT: 'Dialogkonferanser som passer det dere følger',
      ANSWER: 'Svar i markedsdialoger dere er med i',
      EVENT_CHANGE: 'Endringer og avlysninger av arrangementer dere er påmeldt',
      REGISTRATION_DEADLINE: 'Påminnelse dagen før påmeldingsfristen',
    } satisfies Record<NoticeKind, string>,
    deliveries: {
      IMMEDIATELY: 'Straks',
      DAILY_DIGEST: 'Daglig oppsummering kl. 07',
      NEVER: 'Aldri',
    } satisfies Record<NoticeDelivery, string>,
  },
};
