import { describe, expect, it } from 'vitest';
import { cpvCovers, joinNorwegian, matchReasons } from './followMatch';

const event = {
  cpv: [{ code: '33196200-2', label: 'Utstyr for funksjonshemmede' }],
  consortium: {
    id: 'c1',
    title: 'Trygghet i nord',
    lead: { number: '1804', name: 'Bodø', county: { number: '18', name: 'Nordland' } },
    members: [
      { status: 'JOINED', municipality: { number: '1806', name: 'Narvik', county: { number: '18', name: 'Nordland' } } },
      { status: 'INVITED', municipality: { number: '5501', name: 'Tromsø', county: { number: '55', name: 'Troms' } } },
    ],
  },
};
const label = (code: string) => (code === '33000000-0' ? 'Medisinsk utstyr' : undefined);

describe('cpvCovers', () => {
  it('a followed code covers its subtree, not its parent or siblings', () => {
    expect(cpvCovers('33000000-0', '33196200-2')).toBe(true);
    expect(cpvCovers('48000000-8', '48100000-9')).toBe(true);
    expect(cpvCovers('48110000-2', '48100000-9')).toBe(false);
    expect(cpvCovers('34000000-7', '33196200-2')).toBe(false);
  });
});

describe('matchReasons', () => {
  it('names the CPV code and its label', () => {
    expect(matchReasons([{ kind: 'CPV', value: '33000000-0' }], event, label)).toEqual(['CPV 33000000-0 Medisinsk utstyr']);
  });
  it('matches the lead, joined members and their counties, but not invited ones', () => {
    expect(matchReasons([{ kind: 'MUNICIPALITY', value: '1806' }], event, label)).toEqual(['Narvik']);
    expect(matchReasons([{ kind: 'COUNTY', value: '18' }], event, label)).toEqual(['Nordland']);
    expect(matchReasons([{ kind: 'MUNICIPALITY', value: '5501' }, { kind: 'COUNTY', value: '55' }], event, label)).toEqual([]);
  });
  it('matches a followed consortium by id', () => {
    expect(matchReasons([{ kind: 'CONSORTIUM', value: 'c1' }, { kind: 'CONSORTIUM', value: 'c2' }], event, label)).toEqual([
      'samarbeidet «Trygghet i nord»',
    ]);
  });
  it('finds nothing for unrelated follows', () => {
    expect(matchReasons([{ kind: 'CPV', value: '72000000-5' }], event, label)).toEqual([]);
  });
});

describe('joinNorwegian', () => {
  it('joins with commas and "og"', () => {
    expect(joinNorwegian(['a'])).toBe('a');
    expect(joinNorwegian(['a', 'b', 'c'])).toBe('a, b og c');
  });
});
