import { Tag } from '@digdir/designsystemet-react';
import type { ConsortiumPhase } from '../../api/generated/graphql';
import { nb } from '../../text/nb';
import { phaseOrder } from './phases';

/** The phases as numbered steps: done, current (aria-current="step") and later. */
export function PhaseStepper({ phase }: { phase: ConsortiumPhase }) {
  const current = phaseOrder.indexOf(phase);
  return (
    <>
      {phase === 'CANCELLED' && (
        <Tag data-color="danger" className="cancelled-tag">
          {nb.enums.phase.CANCELLED}
        </Tag>
      )}
      <ol className="stepper" aria-label={nb.consortium.phases}>
        {phaseOrder.map((p, i) => {
          const state = phase === 'CANCELLED' ? 'later' : i < current ? 'done' : i === current ? 'current' : 'later';
          return (
            <li key={p} className={`stepper__step stepper__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="stepper__marker" aria-hidden="true">
                {state === 'done' ? '✓' : i + 1}
              </span>
              <span className="stepper__label">
                {nb.enums.phase[p]}
                <span className="sr-only">
                  {' '}
                  ({state === 'done' ? nb.consortium.phaseDone : state === 'current' ? nb.consortium.phaseCurrent : nb.consortium.phaseLater})
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
