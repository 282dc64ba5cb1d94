import { describe, expect, it } from 'vitest';
import { describeEvent, type EventNames } from './describeEvent';

const names: EventNames = {
  municipality: (n) => ({ '1804': 'Bodø', '1806': 'Narvik' })[n] ?? n,
  consortium: (id) => (id === 'c1' ? 'Trygghet i nord' : undefined),
  need: (id) => (id === 'n1' ? 'Trygghetsalarmer' : undefined),
};
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('events in Norwegian', () => {
  it('names municipalities instead of giving their numbers', () => {
    const text = describeEvent({ type: 'MemberJoined', data: { consortiumId: 'c1', municipality: '1804' } }, names);
    expect(text).toBe('Bodø ble med i «Trygghet i nord».');
    expect(text).not.toContain('1804');
  });

  it('writes the combined value as "mill. kr"', () => {
    const text = describeEvent(
      { type: 'NeedPooled', data: { consortiumId: 'c1', needId: 'n1', municipality: '1806', combinedEstimatedValueNok: 2500000 } },
      names,
    );
    expect(plain(text)).toBe('Narvik la inn «Trygghetsalarmer». Samlet verdi er nå 2,5 mill. kr.');
  });

  it('gives phases their Norwegian names', () => {
    const text = describeEvent({ type: 'PhaseChanged', data: { from: 'NEEDS_CLARIFICATION', to: 'MARKET_DIALOGUE' } }, names);
    expect(text).toBe('Fasen ble endret fra Behovsavklaring til Markedsdialog.');
  });

  it('says something sensible about an id it cannot name', () => {
    const text = describeEvent({ type: 'MemberInvited', data: { consortiumId: 'zzz', municipality: '1806' } }, names);
    expect(text).toBe('Narvik ble invitert til et innkjøpssamarbeid.');
  });

  it('describes a new consortium with its lead', () => {
    expect(describeEvent({ type: 'ConsortiumCreated', data: { consortiumId: 'c1', title: 'Trygghet i nord', lead: '1806' } }, names)).toBe(
      'Narvik opprettet innkjøpssamarbeidet «Trygghet i nord».',
    );
  });

  it('never shows a raw event type for a known event', () => {
    for (const type of ['NeedPublished', 'PartnerSuggested', 'MemberDeclined', 'MemberLeft', 'AuthorizationRecorded', 'QuestionAsked', 'AnswerPublished']) {
      expect(describeEvent({ type, data: { municipality: '1804', title: 'X' } }, names)).not.toContain(type);
    }
  });
});
