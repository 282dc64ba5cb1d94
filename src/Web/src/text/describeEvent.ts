import type { LiveEvent } from '../api/live/LiveEvent';
import { formatDateTime, formatNok, formatNumber } from '../format/format';
import { nb } from './nb';

/** What a sentence needs to name things an event refers to only by id or number. */
export interface EventNames {
  municipality: (number: string) => string;
  need?: (id: string) => string | undefined;
  consortium?: (id: string) => string | undefined;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const phase = (v: unknown): string => nb.enums.phase[str(v)] ?? str(v);

/**
 * A live event (or timeline entry) as one Norwegian sentence, built from its structured data: names, not
 * kommunenummer; "2,5 mill. kr", not raw numbers; phases by their Norwegian names.
 */
export function describeEvent(e: Pick<LiveEvent, 'type' | 'data'>, names: EventNames): string {
  const d = e.data ?? {};
  const who = (key = 'municipality') => {
    const n = str(d[key]);
    return n ? names.municipality(n) : nb.events.unknownMunicipality('?');
  };
  const consortium = () => {
    const title = str(d.title) || (d.consortiumId ? names.consortium?.(str(d.consortiumId)) : undefined);
    return title ? `«${title}»` : nb.events.aConsortium;
  };
  const need = (key = 'needId') => {
    const title = str(d.title) || (d[key] ? names.need?.(str(d[key])) : undefined);
    return title ? `«${title}»` : nb.events.aNeed;
  };
  switch (e.type) {
    case 'NeedPublished':
      return nb.events.NeedPublished(who(), str(d.title));
    case 'NeedUpdated':
      return nb.events.NeedUpdated(who(), str(d.title));
    case 'NeedWithdrawn':
      return nb.events.NeedWithdrawn(who(), names.need?.(str(d.needId)) ?? '');
    case 'PartnerSuggested':
      return nb.events.PartnerSuggested(who());
    case 'ConsortiumCreated':
      return nb.events.ConsortiumCreated(who('lead'), str(d.title));
    case 'MemberInvited':
      return nb.events.MemberInvited(who(), consortium());
    case 'MemberJoined':
      return nb.events.MemberJoined(who(), consortium());
    case 'MemberDeclined':
      return nb.events.MemberDeclined(who(), consortium());
    case 'MemberLeft':
      return nb.events.MemberLeft(who(), consortium());
    case 'NeedPooled':
      return nb.events.NeedPooled(who(), need(), formatNok(Number(d.combinedEstimatedValueNok ?? 0)));
    case 'NeedReleased':
      return nb.events.NeedReleased(who(), need());
    case 'AuthorizationRecorded':
      return nb.events.AuthorizationRecorded(who());
    case 'PhaseChanged':
      return nb.events.PhaseChanged(phase(d.from), phase(d.to));
    case 'DialogueEventAnnounced':
      return nb.events.DialogueEventAnnounced(str(d.title), formatDateTime(str(d.startsAt)));
    case 'DialogueEventCancelled':
      return nb.events.DialogueEventCancelled(str(d.reason));
    case 'SupplierRegistered':
      return nb.events.SupplierRegistered(formatNumber(Number(d.registrationCount ?? 0)));
    case 'QuestionAsked':
      return nb.events.QuestionAsked;
    case 'AnswerPublished':
      return nb.events.AnswerPublished;
    default:
      return nb.events.generic(e.type);
  }
}
