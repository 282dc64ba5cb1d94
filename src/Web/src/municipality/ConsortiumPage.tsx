import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { request } from '../api/graphqlClient';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { Flash } from '../ui/Flash';
import { ConfirmButton } from '../ui/ConfirmButton';
import { useSession } from '../auth/useSession';
import { ConsortiumDetails, LeaveConsortium } from './consortium/consortiumQueries';
import { RespondToInvitation } from './overviewQueries';
import { myPlace } from './consortium/ConsortiumParts';
import { MembersSection } from './consortium/MembersSection';
import { ValueSection } from './consortium/ValueSection';
import { PhaseSection } from './consortium/PhaseSection';
import { InviteForm } from './consortium/InviteForm';
import { MandateForm } from './consortium/MandateForm';
import { PoolNeedForm } from './consortium/PoolNeedForm';
import { TimelineSection } from './consortium/TimelineSection';
import { useConsortiumAction } from './consortium/useConsortiumAction';
import { Confirmation } from '../ui/Confirmation';
import { useConsortiumLive } from './useMunicipalityLive';
import { DialogueSection } from './DialogueSection';
import { PublishCaseSection } from './consortium/PublishCaseSection';
import { phaseOrder } from './consortium/phases';

/** Innkjøpssamarbeid: members, pooled needs and value, phases, mandates, invitations and timeline — live. */
export function ConsortiumPage() {
  const { consortiumId = '' } = useParams();
  const s = useSession();
  const number = s?.tenant ?? '';
  useConsortiumLive(consortiumId, number);
  const query = useQuery({ queryKey: ['consortium', consortiumId], queryFn: () => request(ConsortiumDetails, { id: consortiumId }) });
  const c = query.data?.consortium;
  const me = c ? myPlace(c, number) : null;
  const respond = useConsortiumAction(
    consortiumId,
    (accept: boolean) => request(RespondToInvitation, { consortiumId, accept }),
    (accept) => (accept ? nb.overview.accepted(c?.title ?? '') : nb.overview.declined(c?.title ?? '')),
  );
  const leave = useConsortiumAction(consortiumId, () => request(LeaveConsortium, { consortiumId }), () => nb.consortium.left);
  const active = c && c.phase !== 'CANCELLED' && c.phase !== 'COMPLETED';

  return (
    <>
      <PageHeading title={c?.title ?? nb.consortium.title}>{c?.title ?? nb.consortium.title}</PageHeading>
      <Flash />
      {query.isPending && <Loading />}
      <ErrorAlert error={query.error} />
      {query.data && !c && <Paragraph>{nb.app.notFoundBody}</Paragraph>}
      {c && me && (
        <div className="stack consortium">
          <Paragraph className="lead-line">
            {nb.consortium.title} · {nb.consortium.lead}: <strong>{c.lead.name}</strong>
          </Paragraph>
          {c.description && <Paragraph className="prewrap">{c.description}</Paragraph>}
          {!me.isJoined && !me.isInvited && <Paragraph>{nb.consortium.notMember}</Paragraph>}
          {me.isInvited && (
            <section aria-labelledby="invitasjon" className="invitation-box">
              <Heading level={2} data-size="sm" id="invitasjon">
                {nb.overview.invitations}
              </Heading>
              <ErrorAlert error={respond.error} />
              <div className="button-row">
                <Button onClick={() => respond.mutate(true)} disabled={respond.isPending} aria-label={nb.overview.acceptLabel(c.title)}>
                  {nb.overview.accept}
                </Button>
                <Button variant="secondary" onClick={() => respond.mutate(false)} disabled={respond.isPending} aria-label={nb.overview.declineLabel(c.title)}>
                  {nb.overview.decline}
                </Button>
              </div>
            </section>
          )}
          <Confirmation size="sm" message={respond.message ?? leave.message} />
          <div className="consortium-grid">
            <div className="stack">
              <MembersSection c={c} me={me} />
              <ValueSection c={c} myNumber={number} />
              <PhaseSection c={c} me={me} />
            </div>
            <div className="stack">
              {active && me.isLead && !c.membershipFrozen && <InviteForm c={c} />}
              {active && me.isJoined && <PoolNeedForm c={c} me={me} />}
              {active && me.isJoined && !me.member?.authorizationReference && <MandateForm c={c} me={me} />}
              {me.isJoined && <DialogueSection consortiumId={c.id} myMunicipality={number} />}
              {me.isLead && phaseOrder.indexOf(c.phase) >= phaseOrder.indexOf('CONTRACT') && <PublishCaseSection consortiumId={c.id} />}
              <TimelineSection c={c} />
              {active && me.isJoined && !me.isLead && !c.membershipFrozen && (
                <div>
                  <ErrorAlert error={leave.error} />
                  <ConfirmButton label={nb.consortium.leave} question={nb.consortium.leaveConfirm} yes={nb.consortium.leaveYes} no={nb.consortium.cancelNo} busy={leave.isPending} onConfirm={() => leave.mutate(undefined)} />
                </div>
              )}
            </div>
          </div>
        </div>
      )}
    </>
  );
}
