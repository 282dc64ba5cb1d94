import { useNavigate, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { st } from '../text/search';
import { request } from '../api/graphqlClient';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { useSession } from '../auth/useSession';
import { NeedDraftFromCase } from '../cases/caseQueries';
import { NeedForm } from './NeedForm';
import { emptyNeed } from './needFormModel';
import { PublishNeed } from './needQueries';
import { toPublishInput } from './toNeedInput';

/** Nytt behov: publish a need, from scratch or (?fraSak=id) pre-filled from a case of the library and linked to it. */
export function NewNeedPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const s = useSession();
  const [params] = useSearchParams();
  const caseId = params.get('fraSak');
  const draft = useQuery({
    queryKey: ['needDraftFromCase', caseId],
    queryFn: () => request(NeedDraftFromCase, { caseId: caseId! }),
    enabled: !!caseId,
  });
  const d = draft.data?.needDraftFromCase;
  const waiting = !!caseId && draft.isPending;
  return (
    <div className="narrow-wide">
      <PageHeading title={nb.need.newTitle}>{nb.need.newTitle}</PageHeading>
      <Paragraph>{nb.need.listIntro}</Paragraph>
      <ErrorAlert error={draft.error} />
      {waiting && <Loading />}
      {d && (
        <Alert data-color="info" className="stack-sm">
          <Paragraph>{st.fromCase.intro(d.fromCase.title)}</Paragraph>
          {d.municipalitiesToAsk.length > 0 && (
            <>
              <Heading level={2} data-size="2xs">
                {st.fromCase.askTitle}
              </Heading>
              <Paragraph data-size="sm">{d.municipalitiesToAsk.map((m) => m.name).join(', ')}</Paragraph>
            </>
          )}
        </Alert>
      )}
      {!waiting && (
        <NeedForm
          key={d ? `fra-${d.fromCase.id}` : 'ny'}
          initial={d ? { ...emptyNeed, title: d.title, description: d.description, cpv: d.cpv.map((c) => ({ code: c.code, label: c.label })) } : emptyNeed}
          submitLabel={nb.need.publish}
          onSubmit={async (v) => {
            const result = await request(PublishNeed, { input: { ...toPublishInput(v), fromCaseId: d?.fromCase.id ?? null } });
            await queryClient.invalidateQueries({ queryKey: ['municipality', s?.tenant] });
            navigate(`/kommune/behov/${result.publishNeed.id}`, { state: { flash: nb.need.published } });
          }}
        />
      )}
    </div>
  );
}
