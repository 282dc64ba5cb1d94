import type { ConsortiumPhase } from '../../api/generated/graphql';

/** The phases in order (CANCELLED stands outside: reachable from any phase before COMPLETED). */
export const phaseOrder: ConsortiumPhase[] = [
  'FORMING',
  'NEEDS_CLARIFICATION',
  'MARKET_DIALOGUE',
  'COMPETITION',
  'CONTRACT',
  'BENEFIT_REALISATION',
  'COMPLETED',
];

/** The one phase the lead may move to next, or null at the end (or when cancelled). */
export function nextPhase(phase: ConsortiumPhase): ConsortiumPhase | null {
  const i = phaseOrder.indexOf(phase);
  return i < 0 || i === phaseOrder.length - 1 ? null : phaseOrder[i + 1];
}
