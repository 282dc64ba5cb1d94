import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNok, formatNumber, formatWindow } from './format';

// Intl writes a narrow no-break space as the digit group separator in nb-NO; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('nb-NO formatting', () => {
  it('writes millions of NOK as "mill. kr" with a decimal comma', () => {
    expect(plain(formatNok(2_500_000))).toBe('2,5 mill. kr');
    expect(plain(formatNok(1_300_000))).toBe('1,3 mill. kr');
    expect(plain(formatNok(57_800_000))).toBe('57,8 mill. kr');
  });

  it('writes amounts under a million in whole kroner with spaces between groups', () => {
    expect(plain(formatNok(900_000))).toBe('900 000 kr');
    expect(plain(formatNok(0))).toBe('0 kr');
  });

  it('writes billions as "mrd. kr"', () => {
    expect(plain(formatNok(1_200_000_000))).toBe('1,2 mrd. kr');
  });

  it('leaves an unknown amount empty', () => {
    expect(formatNok(null)).toBe('');
  });

  it('groups whole numbers the Norwegian way', () => {
    expect(plain(formatNumber(1234567))).toBe('1 234 567');
  });

  it('writes a calendar date in Norwegian without shifting the day', () => {
    expect(formatDate('2027-03-01')).toBe('1. mars 2027');
    expect(formatDate('2027-12-31')).toBe('31. desember 2027');
  });

  it('shows instants in Oslo time', () => {
    // 23:30 UTC on 31 December is already New Year in Oslo.
    expect(formatDateTime('2026-12-31T23:30:00Z')).toContain('1. januar 2027');
    expect(formatDateTime('2026-11-23T18:00:00Z')).toContain('19:00');
  });

  it('writes a time window with an en dash', () => {
    expect(formatWindow('2027-01-01', '2027-12-31')).toBe('1. januar 2027 – 31. desember 2027');
    expect(formatWindow(null, null)).toBe('');
  });
});
