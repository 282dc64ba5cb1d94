import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { nb } from '../../text/nb';
import { request } from '../../api/graphqlClient';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatNok } from '../../format/format';
import { MyNeeds } from '../needQueries';
import { PoolNeed } from './consortiumQueries';
import { useConsortiumAction } from './useConsortiumAction';
import { Confirmation } from './Confirmation';
import type { Consortium, MyPlace } from './ConsortiumParts';

/** A joined member pools one of its own needs that is not in a consortium yet. */
export function PoolNeedForm({ c, me }: { c: Consortium; me: MyPlace }) {
  const id = useId();
  const needs = useQuery({
    queryKey: ['municipality', me.number, 'needs', false],
    queryFn: () => request(MyNeeds, { number: me.number, includeWithdrawn: false }),
  });
  const free = (needs.data?.municipality?.needs ?? []).filter((n) => !n.consortium && n.stage !== 'WITHDRAWN');
  const [needId, setNeedId] = useState('');
  const pool = useConsortiumAction(c.id, (nid: string) => request(PoolNeed, { consortiumId: c.id, needId: nid }), () => nb.consortium.pooled);
  const chosen = needId || free[0]?.id || '';

  function submit(e: FormEvent) {
    e.preventDefault();
    if (chosen) pool.mutate(chosen, { onSuccess: () => setNeedId('') });
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <Heading level={2} data-size="md" id={`${id}-h`}>
        {nb.consortium.poolMine}
      </Heading>
      <Confirmation message={pool.message} />
      <ErrorAlert error={pool.error} />
      {needs.data && free.length === 0 ? (
        <Paragraph>{nb.consortium.noPoolable}</Paragraph>
      ) : (
        <form onSubmit={submit} className="stack-sm">
          <Field>
            <Label>{nb.consortium.poolChoose}</Label>
            <Select value={chosen} onChange={(e) => setNeedId(e.target.value)}>
              {free.map((n) => (
                <Select.Option key={n.id} value={n.id}>
                  {n.title}
                  {n.estimatedValueNok != null ? ` (${formatNok(n.estimatedValueNok)})` : ''}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <div>
            <Button type="submit" loading={pool.isPending} disabled={pool.isPending || !chosen}>
              {nb.consortium.poolButton}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
