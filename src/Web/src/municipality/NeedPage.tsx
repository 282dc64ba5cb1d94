import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { st } from '../text/search';
import { request } from '../api/graphqlClient';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { Flash } from '../ui/Flash';
import { FactList } from '../ui/FactList';
import { ConfirmButton } from '../ui/ConfirmButton';
import { useSession } from '../auth/useSession';
import { formatDateTime, formatNok, formatWindow } from '../format/format';
import { NeedDetails, WithdrawNeed } from './needQueries';
import { cpvPath } from './cpvPath';
import { SimilarNeedsSection } from './SimilarNeedsSection';
import { useMunicipalityLive } from './useMunicipalityLive';

/** Behov i detalj: the need, what can be done with it, and similar needs of other municipalities. */
export function NeedPage() {
  const { needId = '' } = useParams();
  const s = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useMunicipalityLive(s?.tenant ?? null);
  const need = useQuery({ queryKey: ['need', needId], queryFn: () => request(NeedDetails, { id: needId }) });
  const withdraw = useMutation({
    mutationFn: () => request(WithdrawNeed, { id: needId }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['need', needId] });
      await queryClient.invalidateQueries({ queryKey: ['municipality', s?.tenant] });
      navigate('/kommune/behov', { state: { flash: nb.need.withdrawn } });
    },
  });
  const n = need.data?.need;
  const own = n?.municipality.number === s?.tenant;
  return (
    <>
      <PageHeading title={n?.title ?? nb.need.details}>{n?.title ?? nb.need.details}</PageHeading>
      <Flash />
      {need.isPending && <Loading />}
      <ErrorAlert error={need.error} />
      {need.data && !n && <Paragraph>{nb.app.notFoundBody}</Paragraph>}
      {n && (
        <div className="stack">
          <div className="tag-row">
            <Tag data-color={n.stage === 'IN_CONSORTIUM' ? 'success' : n.stage === 'WITHDRAWN' ? 'danger' : 'neutral'}>{nb.enums.stage[n.stage]}</Tag>
            {n.openToCollaboration && <Tag data-color="info">{nb.need.open}</Tag>}
          </div>
          {n.description && <Paragraph className="prewrap">{n.description}</Paragraph>}
          <FactList
            items={[
              [nb.need.owner, n.municipality.name],
              [nb.need.category, nb.enums.category[n.category]],
              [nb.need.value, n.estimatedValueNok == null ? nb.need.notGiven : formatNok(n.estimatedValueNok)],
              [nb.need.timeWindow, formatWindow(n.neededFrom, n.neededTo) || nb.need.notGiven],
              [nb.need.visibility, nb.enums.visibility[n.visibility]],
              [
                nb.need.cpv,
                <ul className="plain-list" key="cpv">
                  {n.cpv.map((c) => (
                    <li key={c.code}>
                      {c.code} {c.label}
                      {cpvPath(c).length > 0 && <span className="muted small"> ({cpvPath(c).join(' › ')})</span>}
                    </li>
                  ))}
                </ul>,
              ],
              ...(n.consortium
                ? ([
                    [
                      nb.need.pooledIn,
                      <Link asChild key="c">
                        <RouterLink to={`/kommune/samarbeid/${n.consortium.id}`}>{n.consortium.title}</RouterLink>
                      </Link>,
                    ],
                  ] as [string, React.ReactNode][])
                : []),
              ...(n.fromCase
                ? ([
                    [
                      st.fromCase.linked,
                      <Link asChild key="sak">
                        <RouterLink to={`/erfaringer/${encodeURIComponent(n.fromCase.id)}`}>{n.fromCase.title}</RouterLink>
                      </Link>,
                    ],
                  ] as [string, React.ReactNode][])
                : []),
              [nb.need.created, formatDateTime(n.createdAt)],
              [nb.need.updated, formatDateTime(n.updatedAt)],
            ]}
          />
          {own && n.stage !== 'WITHDRAWN' && (
            <div className="button-row">
              <Button asChild variant="secondary">
                <RouterLink to={`/kommune/behov/${n.id}/endre`}>{nb.need.edit}</RouterLink>
              </Button>
              {n.stage !== 'IN_CONSORTIUM' && (
                <ConfirmButton
                  label={nb.need.withdraw}
                  question={nb.need.withdrawConfirm}
                  yes={nb.need.withdrawYes}
                  no={nb.need.withdrawNo}
                  busy={withdraw.isPending}
                  onConfirm={() => withdraw.mutate()}
                />
              )}
            </div>
          )}
          <ErrorAlert error={withdraw.error} />
          {own && n.stage !== 'WITHDRAWN' && (
            <section aria-labelledby="lignende-behov">
              <Heading level={2} data-size="md" id="lignende-behov">
                {nb.need.similarTitle}
              </Heading>
              <SimilarNeedsSection need={n} />
            </section>
          )}
        </div>
      )}
    </>
  );
}
