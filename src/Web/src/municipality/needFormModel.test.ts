import { describe, expect, it } from 'vitest';
import { emptyNeed, parseNok, validateNeed } from './needFormModel';

const valid = { ...emptyNeed, title: 'Trygghetsalarmer', cpv: [{ code: '33196200-2', label: 'x' }], category: 'GOODS' as const };

describe('the need form', () => {
  it('accepts a complete need', () => {
    expect(validateNeed(valid)).toEqual({});
  });

  it('names every field that is wrong, in Norwegian', () => {
    const e = validateNeed({ ...emptyNeed, title: 'ab', estimatedValueNok: '12,5', neededFrom: '2027-05-01', neededTo: '2027-04-01' });
    expect(Object.keys(e).sort()).toEqual(['category', 'cpv', 'estimatedValueNok', 'neededTo', 'title']);
    expect(e.neededTo).toBe('Sluttdatoen kan ikke være før startdatoen.');
    expect(e.title).toContain('3–200 tegn');
  });

  it('reads amounts written the Norwegian way', () => {
    expect(parseNok('1 600 000')).toBe(1600000);
    expect(parseNok('900000 kr')).toBe(900000);
    expect(parseNok('')).toBeNull();
    expect(parseNok('-5')).toBeNaN();
  });
});
