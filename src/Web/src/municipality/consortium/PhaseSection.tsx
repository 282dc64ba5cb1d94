import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../../text/nb';
import { request } from '../../api/graphqlClient';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ConfirmButton } from '../../ui/ConfirmButton';
import type { ConsortiumPhase } from '../../api/generated/graphql';
import { PhaseStepper } from './PhaseStepper';
import { nextPhase } from './phases';
import { AdvancePhase } from './consortiumQueries';
import { useConsortiumAction } from './useConsortiumAction';
import { Confirmation } from './Confirmation';
import type { Consortium, MyPlace } from './ConsortiumParts';

/** Where the consortium stands, and for the lead the step forward (or calling it off). */
export function PhaseSection({ c, me }: { c: Consortium; me: MyPlace }) {
  const advance = useConsortiumAction(
    c.id,
    (to: ConsortiumPhase) => request(AdvancePhase, { consortiumId: c.id, to }),
    (to) => (to === 'CANCELLED' ? nb.consortium.cancelled : nb.consortium.advanced(nb.enums.phase[to])),
  );
  const next = nextPhase(c.phase);
  const open = c.phase !== 'COMPLETED' && c.phase !== 'CANCELLED';
  return (
    <section aria-labelledby="faser">
      <Heading level={2} data-size="md" id="faser">
        {nb.consortium.phases}
      </Heading>
      <Paragraph>
        {nb.consortium.currentPhase}: <strong>{nb.enums.phase[c.phase]}</strong>
      </Paragraph>
      <PhaseStepper phase={c.phase} />
      <Confirmation message={advance.message} />
      <ErrorAlert error={advance.error} />
      {me.isLead && open && (
        <div className="button-row">
          {next && (
            <Button loading={advance.isPending && advance.variables === next} disabled={advance.isPending} onClick={() => advance.mutate(next)}>
              {nb.consortium.advanceTo(nb.enums.phase[next])}
            </Button>
          )}
          <ConfirmButton
            label={nb.consortium.cancel}
            question={nb.consortium.cancelConfirm}
            yes={nb.consortium.cancelYes}
            no={nb.consortium.cancelNo}
            busy={advance.isPending}
            variant="tertiary"
            onConfirm={() => advance.mutate('CANCELLED')}
          />
        </div>
      )}
    </section>
  );
}
