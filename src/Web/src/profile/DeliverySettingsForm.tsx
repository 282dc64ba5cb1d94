import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import type { NoticeDelivery, NoticeKind } from '../api/generated/graphql';
import { request } from '../api/graphqlClient';
import { pn } from '../text/profile';
import { Confirmation } from '../ui/Confirmation';
import { ErrorAlert } from '../ui/ErrorAlert';
import { UpdateNotificationSettings } from './profileQueries';

type Setting = { kind: NoticeKind; delivery: NoticeDelivery };
const deliveries: NoticeDelivery[] = ['IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'];

/** One group of radio buttons per kind of notice the person's role receives, saved together. */
export function DeliverySettingsForm({ settings }: { settings: readonly Setting[] }) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Record<string, NoticeDelivery>>(() => Object.fromEntries(settings.map((s) => [s.kind, s.delivery])));
  const save = useMutation({
    mutationFn: () => request(UpdateNotificationSettings, { settings: settings.map((s) => ({ kind: s.kind, delivery: chosen[s.kind] ?? s.delivery })) }),
    onSuccess: (data) =>
      queryClient.setQueryData(['person'], (old: { viewer: object } | undefined) =>
        old ? { ...old, viewer: { ...old.viewer, person: data.updateNotificationSettings } } : old,
      ),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section aria-labelledby="varselvalg" className="overview-section">
      <Heading level={2} data-size="sm" id="varselvalg">
        {pn.settings.heading}
      </Heading>
      {settings.length === 0 ? (
        <Paragraph>{pn.settings.none}</Paragraph>
      ) : (
        <form onSubmit={submit} className="stack">
          <Paragraph data-size="sm">{pn.settings.help}</Paragraph>
          {settings.map((s) => (
            <Fieldset key={s.kind} data-testid={`setting-${s.kind}`}>
              <FieldsetLegend>{pn.settings.kinds[s.kind]}</FieldsetLegend>
              <div className="radio-row">
                {deliveries.map((d) => (
                  <Radio
                    key={d}
                    name={`levering-${s.kind}`}
                    value={d}
                    label={pn.settings.deliveries[d]}
                    checked={(chosen[s.kind] ?? s.delivery) === d}
                    onChange={() => {
                      save.reset();
                      setChosen((c) => ({ ...c, [s.kind]: d }));
                    }}
                  />
                ))}
              </div>
            </Fieldset>
          ))}
          <Confirmation message={save.isSuccess ? pn.settings.saved : null} />
          <ErrorAlert error={save.error} />
          <div>
            <Button type="submit" loading={save.isPending} disabled={save.isPending}>
              {pn.settings.save}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
