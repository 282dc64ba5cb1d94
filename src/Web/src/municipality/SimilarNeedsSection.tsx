import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { describeMatch, st } from '../text/search';
import { Confirmation } from '../ui/Confirmation';
import { request } from '../api/graphqlClient';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { useSession } from '../auth/useSession';
import { formatNok, formatPercent, formatWindow } from '../format/format';
import { CreateConsortium, DismissPartnerSuggestion, InviteToConsortium, SimilarNeeds } from './needQueries';
import type { NeedDetailsQuery } from '../api/generated/graphql';

type Need = NonNullable<NeedDetailsQuery['need']>;

/**
 * Needs of other municipalities like this one, with how alike they are and why; one click starts a consortium
 * with this need and invites that municipality (or, once the need is pooled, invites it to that consortium).
 */
export function SimilarNeedsSection({ need }: { need: Need }) {
  const s = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const similar = useQuery({ queryKey: ['municipality', s?.tenant, 'similar', need.id], queryFn: () => request(SimilarNeeds, { needId: need.id }) });
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const matches = (similar.data?.similarNeeds ?? []).filter((m) => !dismissed.includes(m.need.id));

  async function dismiss(matchedNeedId: string, municipalityName: string) {
    setBusy(`ikke:${matchedNeedId}`);
    setError(null);
    try {
      await request(DismissPartnerSuggestion, { needId: need.id, matchedNeedId });
      setDismissed((d) => [...d, matchedNeedId]);
      setConfirmation(st.match.dismissed(municipalityName));
      await queryClient.invalidateQueries({ queryKey: ['municipality', s?.tenant, 'similar', need.id] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function startWith(municipalityNumber: string, municipalityName: string) {
    setBusy(municipalityNumber);
    setError(null);
    try {
      let consortiumId = need.consortium?.id;
      if (!consortiumId) {
        const created = await request(CreateConsortium, {
          input: {
            title: nb.need.consortiumTitleFor(need.title),
            description: nb.need.consortiumDescriptionFor(need.municipality.name, municipalityName),
            needId: need.id,
          },
        });
        consortiumId = created.createConsortium.id;
      }
      await request(InviteToConsortium, { consortiumId, municipalityNumber });
      await queryClient.invalidateQueries({ queryKey: ['municipality', s?.tenant] });
      await queryClient.invalidateQueries({ queryKey: ['need', need.id] });
      navigate(`/kommune/samarbeid/${consortiumId}`, { state: { flash: nb.need.createdWith(municipalityName) } });
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  }

  if (similar.isPending) return <Loading />;
  return (
    <div className="stack-sm">
      <Paragraph>{nb.need.similarIntro}</Paragraph>
      <ErrorAlert error={similar.error ?? error} />
      <Confirmation message={confirmation} size="sm" />
      {matches.length === 0 && <Paragraph>{nb.need.noSimilar}</Paragraph>}
      <ul className="card-list">
        {matches.map((m) => (
          <li key={m.need.id}>
            <Card>
              <Heading level={3} data-size="xs">
                {m.need.municipality.name}: {m.need.title}
              </Heading>
              <Paragraph data-size="sm">
                {nb.need.score}: {formatPercent(m.score)} · {formatNok(m.need.estimatedValueNok) || nb.need.notGiven}
                {formatWindow(m.need.neededFrom, m.need.neededTo) && ` · ${formatWindow(m.need.neededFrom, m.need.neededTo)}`}
              </Paragraph>
              <Paragraph data-size="sm">
                {st.match.why}
              </Paragraph>
              <ul className="match-reasons">
                {m.details.map((d) => (
                  <li key={d.reason}>{describeMatch(d)}</li>
                ))}
              </ul>
              {need.stage !== 'WITHDRAWN' && (
                <div className="button-row">
                  <Button data-size="sm" loading={busy === m.need.municipality.number} disabled={busy !== null} onClick={() => startWith(m.need.municipality.number, m.need.municipality.name)}>
                    {need.consortium ? nb.need.inviteTo(m.need.municipality.name, need.consortium.title) : nb.need.createWith(m.need.municipality.name)}
                  </Button>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={st.match.dismissLabel(m.need.municipality.name, m.need.title)}
                    loading={busy === `ikke:${m.need.id}`}
                    disabled={busy !== null}
                    onClick={() => dismiss(m.need.id, m.need.municipality.name)}
                  >
                    {st.match.dismiss}
                  </Button>
                  {need.consortium && (
                    <Button asChild variant="tertiary" data-size="sm">
                      <RouterLink to={`/kommune/samarbeid/${need.consortium.id}`}>{need.consortium.title}</RouterLink>
                    </Button>
                  )}
                </div>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
