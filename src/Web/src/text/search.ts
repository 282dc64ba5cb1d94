// Norwegian (bokmål) text of search, the case library (Erfaringer) and the reasons a need was matched. Kept apart
// from nb.ts so these pages' text has one home.

import { formatNumber, formatPercent } from '../format/format';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${formatNumber(n)} ${many}`);

export const st = {
  nav: {
    search: 'Søk',
    cases: 'Erfaringer',
  },
  header: {
    label: 'Søk i Samspill',
    field: 'Søk',
    // Shown in the empty field so a sighted user knows what the box searches; the label stays for screen readers.
    placeholder: 'Behov, samarbeid, dialogmøter, erfaringer',
    button: 'Søk',
  },
  search: {
    title: 'Søk',
    titleFor: (q: string) => `Søk: ${q}`,
    intro:
      'Søk i behov, innkjøpssamarbeid, dialogmøter og tidligere saker. Søket forstår bøyningsformer, sammensatte ord og fagord med samme betydning, for eksempel «trygghetsalarm» og «velferdsteknologi».',
    field: 'Hva leter du etter?',
    fieldHelp: 'For eksempel «brøyting», «trygghetsalarm» eller «læringsplattform».',
    submit: 'Søk',
    filters: 'Avgrens søket',
    kind: 'Type',
    allKinds: 'Alle typer',
    county: 'Fylke',
    allCounties: 'Alle fylker',
    cpv: 'CPV-hovedgruppe',
    cpvHelp: 'De to første sifrene i CPV-koden, for eksempel 33 for medisinsk utstyr.',
    cpvInvalid: 'Skriv to sifre, for eksempel 33.',
    domain: 'Fagområde',
    allDomains: 'Alle fagområder',
    clearFilters: 'Fjern alle avgrensninger',
    count: (n: number, q: string) => (n === 0 ? `Ingen treff på «${q}»` : `${plural(n, 'treff', 'treff')} på «${q}»`),
    none: 'Ingen treff. Prøv et annet ord, et mer generelt ord, eller fjern avgrensningene.',
    empty: 'Skriv et ord i søkefeltet for å søke.',
    signInForMore: 'Du ser bare det som er åpent for alle. Logg inn for å søke i mer.',
    more: 'Vis flere treff',
    score: 'Treffsikkerhet',
    noLink: 'Logg inn som kommune for å åpne dette.',
    groupCount: (n: number) => plural(n, 'treff', 'treff'),
    kinds: {
      NEED: 'Behov',
      CONSORTIUM: 'Innkjøpssamarbeid',
      DIALOGUE_EVENT: 'Dialogmøter',
      CASE: 'Tidligere saker',
    } as Record<string, string>,
    kindOne: {
      NEED: 'behov',
      CONSORTIUM: 'innkjøpssamarbeid',
      DIALOGUE_EVENT: 'dialogmøte',
      CASE: 'tidligere sak',
    } as Record<string, string>,
    facetOption: (label: string, n: number) => `${label} (${formatNumber(n)})`,
  },
  cases: {
    title: 'Erfaringer',
    intro:
      'Tidligere og pågående innovative anskaffelser i norske kommuner. Lær av hva andre har gjort, spør kommunene som har gjort det, og start et eget behov fra en sak.',
    filters: 'Filtrer sakene',
    text: 'Fritekst',
    textHelp: 'Søker i tittel, sammendrag og erfaringer.',
    domain: 'Fagområde',
    allDomains: 'Alle fagområder',
    procedure: 'Prosedyre',
    allProcedures: 'Alle prosedyrer',
    county: 'Fylke',
    allCounties: 'Alle fylker',
    count: (n: number) => plural(n, 'sak', 'saker'),
    none: 'Ingen saker passer filtrene.',
    more: 'Vis flere saker',
    years: 'År',
    yearsText: (start: number | null | undefined, contract: number | null | undefined) =>
      start && contract ? `Startet ${start}, kontrakt ${contract}` : start ? `Startet ${start}` : contract ? `Kontrakt ${contract}` : 'Ikke oppgitt',
  },
  case: {
    title: 'Sak',
    notFound: 'Fant ingen sak med denne adressen.',
    whatBought: 'Hva ble kjøpt',
    summary: 'Sammendrag',
    outcome: 'Resultat',
    lessons: 'Erfaringer',
    buyers: 'Kjøpere',
    lead: 'Ledet av',
    procedure: 'Prosedyre',
    domain: 'Fagområde',
    cpv: 'CPV-koder',
    years: 'År',
    origin: 'Kilde i Samspill',
    source: 'Kilde',
    sourceLink: (title: string) => title,
    consortium: 'Innkjøpssamarbeid i Samspill',
    ask: 'Kommuner du kan spørre',
    askIntro: 'Disse kommunene har gjort dette før.',
    noMunicipalities: 'Ingen kommuner er registrert som kjøpere.',
    start: 'Start et behov fra denne saken',
    startHelp: 'Du får et nytt behov med sakens CPV-koder og beskrivelse, som du tilpasser før du publiserer.',
    signInToStart: 'Logg inn som kommune for å starte et behov fra denne saken.',
    backToList: 'Tilbake til Erfaringer',
    notGiven: 'Ikke oppgitt',
  },
  publishCase: {
    title: 'Del som erfaring',
    intro:
      'Samarbeidet har kommet til kontrakt. Del det i Erfaringer, så andre kommuner kan lære av det og starte fra det. Feltene er fylt ut fra samarbeidet; publiserer dere igjen, oppdateres saken.',
    fields: {
      title: 'Tittel',
      summary: 'Sammendrag',
      outcome: 'Resultat',
      lessons: 'Erfaringer og råd til andre',
      procedure: 'Prosedyre',
      domain: 'Fagområde',
      sourceUrl: 'Lenke til kilde (valgfritt)',
    },
    summaryHelp: 'Behovet, hva dialogen eller prosedyren gjorde, og resultatet – to eller tre setninger.',
    sourceHelp: 'For eksempel kunngjøringen på Doffin eller en rapport.',
    required: 'Fyll ut feltet.',
    submit: 'Publiser i Erfaringer',
    done: 'Saken er publisert i Erfaringer.',
  },
  fromCase: {
    intro: (title: string) => `Behovet er fylt ut fra saken «${title}». Tilpass tittel, beskrivelse og koder før du publiserer.`,
    askTitle: 'Kommuner som har gjort dette før',
    linked: 'Startet fra saken',
  },
  origin: {
    SEED: 'Dokumentert sak',
    IMPORT: 'Importert av programmet',
    CONSORTIUM: 'Publisert fra et innkjøpssamarbeid i Samspill',
  } as Record<string, string>,
  procedure: {
    dialogbasert: 'Konkurransepreget dialog',
    innovasjonspartnerskap: 'Innovasjonspartnerskap',
    konkurranse_med_forhandling: 'Konkurranse med forhandling',
    fou_kjop_pcp: 'Førkommersiell anskaffelse (FoU-kjøp)',
    apen_med_dialog: 'Åpen konkurranse etter markedsdialog',
    annen: 'Annen prosedyre (konkurranse, konsesjon)',
    ukjent: 'Prosedyren er ikke oppgitt',
  } as Record<string, string>,
  domain: {
    helse_omsorg: 'Helse og omsorg',
    velferdsteknologi: 'Velferdsteknologi',
    skole_oppvekst: 'Skole og oppvekst',
    bygg_eiendom: 'Bygg og eiendom',
    energi_klima: 'Energi og klima',
    transport: 'Transport',
    vann_avlop: 'Vann og avløp',
    avfall: 'Avfall',
    digitalisering: 'Digitalisering',
    annet: 'Annet',
  } as Record<string, string>,
  match: {
    why: 'Hvorfor dette forslaget?',
    dismiss: 'Ikke aktuelt',
    dismissLabel: (municipality: string, title: string) => `Ikke aktuelt: ${municipality}, ${title}`,
    dismissed: (municipality: string) => `Forslaget fra ${municipality} er merket som ikke aktuelt og blir ikke foreslått igjen.`,
    terms: (terms: string[]) => terms.map((t) => `«${t}»`).join(', '),
  },
};

/** The figures behind one reason, as the gateway gives them (MatchDetail). */
export interface MatchDetailText {
  reason: string;
  cpvLevel?: number | null;
  monthsOverlap?: number | null;
  similarity?: number | null;
  matchedTerms: string[];
  relatedCpv: string[];
}

const cpvLevelText = (level: number | null | undefined) =>
  level == null ? 'samme CPV-område' : level <= 2 ? 'samme CPV-område (hovedgruppe)' : level === 3 ? 'samme CPV-område (gruppe)' : level === 4 ? 'samme CPV-område (klasse)' : 'samme CPV-område (kategori)';

/** One reason a need was matched, as a Norwegian sentence with the figures behind it. */
export function describeMatch(d: MatchDetailText): string {
  switch (d.reason) {
    case 'CPV_OVERLAP':
      return `Behovene har ${cpvLevelText(d.cpvLevel)}${d.cpvLevel ? `: de deler de ${d.cpvLevel} første sifrene i CPV-koden` : ''}.`;
    case 'TEXT_SIMILARITY':
      return `Beskrivelsene ligner${d.similarity != null ? ` (${formatPercent(d.similarity)} likhet)` : ''}${d.matchedTerms.length ? `, blant annet ${st.match.terms(d.matchedTerms)}` : ''}.`;
    case 'TIMELINE_OVERLAP':
      return d.monthsOverlap != null ? `Behovene har overlappende tidsrom: ${plural(d.monthsOverlap, 'måned', 'måneder')} sammen.` : 'Behovene har overlappende tidsrom.';
    case 'SIMILAR_SIZE':
      return 'Behovene har lignende størrelse i kroner.';
    case 'SAME_COUNTY':
      return 'Kommunene ligger i samme fylke.';
    case 'BOTH_SMALL_DISTRICT':
      return 'Begge er distriktskommuner.';
    case 'RELATED_CPV':
      return `CPV-kodene kjøpes ofte sammen i tidligere saker${d.relatedCpv.length ? ` (grupper ${d.relatedCpv.join(', ')})` : ''}.`;
    case 'DIFFERENT_CPV':
      return 'CPV-kodene er ulike, men problemet som beskrives er det samme.';
    case 'SAME_CASE':
      return 'Begge behovene er startet fra den samme tidligere saken.';
    default:
      return 'Lignende behov.';
  }
}

/** A snippet from the search ("…&lt;b&gt; <mark>ord</mark> …") as text parts, the marked ones flagged. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const decode = (s: string) =>
    s.replace(/&(lt|gt|amp|quot|#39|#x27|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'", apos: "'" })[e] ?? '');
  const parts: { text: string; marked: boolean }[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) parts.push({ text: decode(snippet.slice(last, m.index)), marked: false });
    parts.push({ text: decode(m[1]), marked: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: decode(snippet.slice(last)), marked: false });
  return parts;
}
