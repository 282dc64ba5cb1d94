import { useId, useState, type FormEvent } from 'react';
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { nb } from '../../text/nb';
import { request } from '../../api/graphqlClient';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { InviteToConsortium } from '../needQueries';
import { MunicipalityPicker } from '../MunicipalityPicker';
import { useMunicipalityNames } from '../useMunicipalityNames';
import { useConsortiumAction } from './useConsortiumAction';
import { Confirmation } from './Confirmation';
import type { Consortium } from './ConsortiumParts';

/** Lead only: find a municipality by name and invite it, with an optional message. */
export function InviteForm({ c }: { c: Consortium }) {
  const id = useId();
  const names = useMunicipalityNames();
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const invite = useConsortiumAction(
    c.id,
    (number: string) => request(InviteToConsortium, { consortiumId: c.id, municipalityNumber: number, message: message.trim() || null }),
    (number) => nb.consortium.invited(names(number)),
  );
  const taken = c.members.filter((m) => m.status === 'JOINED' || m.status === 'INVITED').map((m) => m.municipality.number);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen) {
      setMissing(true);
      document.getElementById(`${id}-search`)?.focus();
      return;
    }
    setMissing(false);
    invite.mutate(chosen, { onSuccess: () => setMessage('') });
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <Heading level={2} data-size="md" id={`${id}-h`}>
        {nb.consortium.invite}
      </Heading>
      <form onSubmit={submit} className="stack-sm" noValidate>
        <MunicipalityPicker
          id={`${id}-search`}
          label={nb.consortium.inviteSearch}
          value={chosen}
          onChange={setChosen}
          exclude={taken}
          error={missing ? nb.signIn.errors.chooseMunicipality : undefined}
        />
        <Textfield label={nb.consortium.inviteMessage} value={message} onChange={(e) => setMessage(e.target.value)} maxLength={500} />
        <Confirmation message={invite.message} />
        <ErrorAlert error={invite.error} />
        <div>
          <Button type="submit" loading={invite.isPending} disabled={invite.isPending}>
            {chosen ? nb.consortium.inviteButton(names(chosen)) : nb.consortium.invite}
          </Button>
        </div>
      </form>
    </section>
  );
}
