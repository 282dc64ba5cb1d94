import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, Norwegian decimal commas and quotes cells with separators', () => {
    const csv = toCsv(['Kommune', 'Andel'], [['Bø; i Nordland', 0.5], ['Røst', null]]);
    expect(csv).toBe('\uFEFFKommune;Andel\r\n"Bø; i Nordland";0,5\r\nRøst;\r\n');
  });
});
