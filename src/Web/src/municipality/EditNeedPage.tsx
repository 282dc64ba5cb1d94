import { useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { nb } from '../text/nb';
import { request } from '../api/graphqlClient';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { useSession } from '../auth/useSession';
import { NeedForm } from './NeedForm';
import { NeedDetails, UpdateNeed } from './needQueries';
import { toUpdateInput } from './toNeedInput';
import type { NeedFormValues } from './needFormModel';

/** Endre behovet: the form filled in with the need as it is. */
export function EditNeedPage() {
  const { needId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const s = useSession();
  const need = useQuery({ queryKey: ['need', needId], queryFn: () => request(NeedDetails, { id: needId }) });
  const n = need.data?.need;
  const pooled = n?.stage === 'IN_CONSORTIUM';
  const initial: NeedFormValues | undefined = n ? {
    title: n.title,
    description: n.description,
    cpv: n.cpv.map((c) => ({ code: c.code, label: c.label })),
    category: n.category,
    estimatedValueNok: n.estimatedValueNok == null ? '' : String(n.estimatedValueNok),
    neededFrom: n.neededFrom ?? '',
    neededTo: n.neededTo ?? '',
    visibility: n.visibility,
    openToCollaboration: n.openToCollaboration,
    stage: n.stage === 'CLARIFIED' ? 'CLARIFIED' : 'IDENTIFIED',
  } : undefined;
  return (
    <div className="narrow-wide">
      <PageHeading title={nb.need.editTitle}>{n ? `${nb.need.editTitle}: ${n.title}` : nb.need.editTitle}</PageHeading>
      {need.isPending && <Loading />}
      <ErrorAlert error={need.error} />
      {n && initial && (
        <NeedForm
          initial={initial}
          editing
          pooled={pooled}
          submitLabel={nb.need.save}
          onCancel={() => navigate(`/kommune/behov/${n.id}`)}
          onSubmit={async (v) => {
            await request(UpdateNeed, { input: toUpdateInput(n.id, v, pooled) });
            await queryClient.invalidateQueries({ queryKey: ['need', n.id] });
            await queryClient.invalidateQueries({ queryKey: ['municipality', s?.tenant] });
            navigate(`/kommune/behov/${n.id}`, { state: { flash: nb.need.saved } });
          }}
        />
      )}
    </div>
  );
}
