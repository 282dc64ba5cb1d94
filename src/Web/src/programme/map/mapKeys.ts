/** A point on the drawn map, named by its municipality number. */
export interface Place {
  number: string;
  centre: readonly [number, number];
}

export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const unit: Record<Direction, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/**
 * The municipality an arrow key moves to: the nearest one lying in that direction (within 60° either side of it),
 * where a step straight ahead counts for more than one off to the side. Null at the edge of the map.
 */
export function nextInDirection(from: Place, places: readonly Place[], direction: Direction): string | null {
  const [ux, uy] = unit[direction];
  let best: string | null = null;
  let bestCost = Infinity;
  for (const p of places) {
    if (p.number === from.number) continue;
    const dx = p.centre[0] - from.centre[0];
    const dy = p.centre[1] - from.centre[1];
    const ahead = dx * ux + dy * uy;
    const aside = Math.abs(dx * uy - dy * ux);
    if (ahead <= 0 || aside > ahead * Math.tan(Math.PI / 3)) continue;
    const cost = ahead + 2 * aside;
    if (cost < bestCost) [best, bestCost] = [p.number, cost];
  }
  return best;
}

/**
 * The municipality typing jumps to, as in a list box: the first name that starts with what was typed, looking
 * after the current one first when the same letter is typed again (so "S", "S" steps through the S-names).
 */
export function matchTyped(typed: string, names: readonly { number: string; name: string }[], current: string | null): string | null {
  const prefix = typed.toLocaleLowerCase('nb');
  if (!prefix) return null;
  const repeated = prefix.length > 1 && [...prefix].every((c) => c === prefix[0]);
  const wanted = repeated ? prefix[0] : prefix;
  const start = repeated || prefix.length === 1 ? names.findIndex((n) => n.number === current) + 1 : 0;
  for (let i = 0; i < names.length; i++) {
    const n = names[(start + i) % names.length];
    if (n.name.toLocaleLowerCase('nb').startsWith(wanted)) return n.number;
  }
  return null;
}
