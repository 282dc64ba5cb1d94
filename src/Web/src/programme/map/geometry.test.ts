import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import topology from './kommuner-2024.topo.json';
import { countyOf, draw, toShapes, type NorwayTopology } from './geometry';

const shapes = toShapes(topology as unknown as NorwayTopology);

describe('the shipped map of the 2024 municipalities', () => {
  it('has the 357 municipalities, each once, in the 15 counties', () => {
    const numbers = shapes.municipalities.map((m) => m.id);
    expect(new Set(numbers).size).toBe(357);
    expect(numbers).toContain('0301');
    expect(numbers).toContain('5634');
    expect(new Set(numbers.map(countyOf)).size).toBe(15);
  });

  it('leaves every municipality an area, the smallest islands too, wound the way d3-geo reads it', () => {
    const km2 = (number: string) => geoArea(shapes.municipalities.find((m) => m.id === number)!) * 6371 ** 2;
    for (const m of shapes.municipalities) {
      const area = geoArea(m);
      expect(area, m.id).toBeGreaterThan(0);
      expect(area, m.id).toBeLessThan(2 * Math.PI);
    }
    expect(km2('1144')).toBeGreaterThan(1); // Kvitsøy
    expect(km2('1835')).toBeGreaterThan(1); // Træna
    expect(km2('5605')).toBeGreaterThan(3_000); // Sør-Varanger
  });

  it('draws every municipality inside the box, Oslo south of Tromsø and west of Vardø', () => {
    const drawing = draw(shapes, 600, 760, () => true);
    expect(drawing.height).toBeGreaterThan(700);
    expect(drawing.countyBorders.length).toBeGreaterThan(100);
    for (const m of drawing.municipalities) {
      expect(m.d, m.number).toMatch(/^M/);
      const [x, y] = m.centre;
      expect(x, m.number).toBeGreaterThanOrEqual(0);
      expect(x, m.number).toBeLessThanOrEqual(600);
      expect(y, m.number).toBeGreaterThanOrEqual(0);
      expect(y, m.number).toBeLessThanOrEqual(760);
    }
    const at = (n: string) => drawing.municipalities.find((m) => m.number === n)!.centre;
    expect(at('0301')[1]).toBeGreaterThan(at('5501')[1]);
    expect(at('0301')[0]).toBeLessThan(at('5634')[0]);
  });

  it('fits a chosen county to the box, so its municipalities fill it', () => {
    const drawing = draw(shapes, 600, 760, (n) => countyOf(n) === '15');
    expect(drawing.height).toBeLessThan(500);
    const centres = drawing.municipalities.filter((m) => countyOf(m.number) === '15').map((m) => m.centre);
    const xs = centres.map((c) => c[0]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
  });
});
