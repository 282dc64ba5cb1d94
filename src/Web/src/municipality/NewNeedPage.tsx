import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { request } from '../api/graphqlClient';
import { PageHeading } from '../ui/PageHeading';
import { useSession } from '../auth/useSession';
import { NeedForm } from './NeedForm';
import { emptyNeed } from './needFormModel';
import { PublishNeed } from './needQueries';
import { toPublishInput } from './toNeedInput';

/** Nytt behov: publish a need. */
export function NewNeedPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const s = useSession();
  return (
    <div className="narrow-wide">
      <PageHeading title={nb.need.newTitle}>{nb.need.newTitle}</PageHeading>
      <Paragraph>{nb.need.listIntro}</Paragraph>
      <NeedForm
        initial={emptyNeed}
        submitLabel={nb.need.publish}
        onSubmit={async (v) => {
          const result = await request(PublishNeed, { input: toPublishInput(v) });
          await queryClient.invalidateQueries({ queryKey: ['municipality', s?.tenant] });
          navigate(`/kommune/behov/${result.publishNeed.id}`, { state: { flash: nb.need.published } });
        }}
      />
    </div>
  );
}
