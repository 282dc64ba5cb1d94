import { describe, expect, it } from 'vitest';
import { matchTyped, nextInDirection, type Place } from './mapKeys';

// A plus sign of places around the middle one, and one far off to the upper right.
const places: Place[] = [
  { number: 'mid', centre: [100, 100] },
  { number: 'up', centre: [100, 60] },
  { number: 'down', centre: [104, 150] },
  { number: 'left', centre: [40, 98] },
  { number: 'right', centre: [170, 110] },
  { number: 'far', centre: [300, 0] },
];
const mid = places[0];

describe('nextInDirection', () => {
  it('moves to the nearest place lying in the arrow direction', () => {
    expect(nextInDirection(mid, places, 'ArrowUp')).toBe('up');
    expect(nextInDirection(mid, places, 'ArrowDown')).toBe('down');
    expect(nextInDirection(mid, places, 'ArrowLeft')).toBe('left');
    expect(nextInDirection(mid, places, 'ArrowRight')).toBe('right');
  });

  it('prefers a place straight ahead over a nearer one off to the side', () => {
    const aside: Place[] = [mid, { number: 'aside', centre: [130, 60] }, { number: 'ahead', centre: [102, 45] }];
    expect(nextInDirection(mid, aside, 'ArrowUp')).toBe('ahead');
  });

  it('stays put at the edge of the map', () => {
    expect(nextInDirection(places[5], places, 'ArrowRight')).toBeNull();
    expect(nextInDirection(places[5], places, 'ArrowUp')).toBeNull();
  });
});

describe('matchTyped', () => {
  const names = [
    { number: '1573', name: 'Smøla' },
    { number: '1514', name: 'Sande' },
    { number: '1563', name: 'Sunndal' },
    { number: '1506', name: 'Molde' },
  ];

  it('jumps to the first name starting with what was typed, ignoring case', () => {
    expect(matchTyped('sun', names, '1573')).toBe('1563');
    expect(matchTyped('MOL', names, null)).toBe('1506');
    expect(matchTyped('smø', names, '1506')).toBe('1573');
  });

  it('steps through the names with the same first letter when that letter is typed again', () => {
    expect(matchTyped('s', names, '1573')).toBe('1514');
    expect(matchTyped('ss', names, '1514')).toBe('1563');
    expect(matchTyped('s', names, '1563')).toBe('1573');
  });

  it('finds nothing for a name that is not there', () => {
    expect(matchTyped('x', names, '1573')).toBeNull();
    expect(matchTyped('', names, '1573')).toBeNull();
  });
});
