import type { Participation } from '../../api/generated/graphql';

/** A municipality's part in innovative procurement, as the map colours it. */
export type Part = Participation;

/**
 * Light to dark as a municipality goes further (nothing yet, needs, consortium), so the order reads without telling
 * hues apart; small district municipalities get the same colour with stripes of a contrasting shade.
 */
export const partColours: Record<Part, { fill: string; stripe: string }> = {
  NONE: { fill: '#dde2e8', stripe: '#5b6675' },
  NEEDS: { fill: '#f2b13e', stripe: '#5e3b00' },
  CONSORTIUM: { fill: '#1f5fa8', stripe: '#ffffff' },
};

/** The legend's order: the furthest first. */
export const partOrder: Part[] = ['CONSORTIUM', 'NEEDS', 'NONE'];
