import { describe, expect, it } from 'vitest';
import { isValidOrgNumber } from './orgNumber';

describe('organisation numbers', () => {
  it('accepts numbers whose check digit is right', () => {
    expect(isValidOrgNumber('923609016')).toBe(true);
    expect(isValidOrgNumber('923 609 016')).toBe(true);
  });
  it('refuses a wrong check digit, wrong length and letters', () => {
    expect(isValidOrgNumber('923609017')).toBe(false);
    expect(isValidOrgNumber('92360901')).toBe(false);
    expect(isValidOrgNumber('92360901A')).toBe(false);
  });
});
