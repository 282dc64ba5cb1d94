import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { request } from '../api/graphqlClient';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { useSession } from '../auth/useSession';
import { formatNok, formatPercent, formatWindow } from '../format/format';
import { CreateConsortium, InviteToConsortium, SimilarNeeds } from './needQueries';
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
  const matches = similar.data?.similarNeeds ?? [];

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
              <div className="tag-row" aria-label={nb.need.reasons}>
                <span className="sr-only">{nb.need.reasons}: </span>
                {m.reasons.map((r) => (
                  <Tag key={r} data-size="sm" data-color="info">
                    {nb.enums.matchReason[r]}
                  </Tag>
                ))}
              </div>
              {need.stage !== 'WITHDRAWN' && (
                <div className="button-row">
                  <Button data-size="sm" loading={busy === m.need.municipality.number} disabled={busy !== null} onClick={() => startWith(m.need.municipality.number, m.need.municipality.name)}>
                    {need.consortium ? nb.need.inviteTo(m.need.municipality.name, need.consortium.title) : nb.need.createWith(m.need.municipality.name)}
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
