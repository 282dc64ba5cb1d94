import '../dialogue/dialogue.css';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { RegisterSupplier } from '../dialogue/dialogueQueries';
import { dn } from '../text/dialogue';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { formatDateTime } from '../format/format';
import { useSession } from '../auth/useSession';
import { isValidOrgNumber } from '../auth/orgNumber';
import { useMySupplier, useSupplierLive } from './useSupplier';
import { FollowsSection } from './FollowsSection';

/** Min bedrift: register the organisation, then manage what it follows and see its registrations. */
export function SupplierHomePage() {
  const s = useSession();
  useSupplierLive();
  const me = useMySupplier();
  const supplier = me.data?.viewer.supplier;
  return (
    <>
      <PageHeading title={dn.supplier.companyTitle}>{supplier ? `${dn.supplier.companyTitle} – ${supplier.name}` : dn.supplier.companyTitle}</PageHeading>
      {me.isPending && <Loading />}
      <ErrorAlert error={me.error} />
      {me.isSuccess && !supplier && <RegisterForm orgNumber={s?.tenant ?? ''} defaultName={s?.name ?? ''} />}
      {supplier && (
        <div className="overview-grid">
          <FollowsSection follows={supplier.follows} />
          <section aria-labelledby="pameldinger" className="overview-section">
            <Heading level={2} data-size="sm" id="pameldinger">
              {dn.supplier.registrations}
            </Heading>
            {supplier.registrations.filter((r) => !r.cancelled).length === 0 ? (
              <Paragraph>{dn.supplier.noRegistrations}</Paragraph>
            ) : (
              <ul className="card-list">
                {supplier.registrations
                  .filter((r) => !r.cancelled)
                  .map((r) => (
                    <li key={r.event.id}>
                      <Link asChild>
                        <RouterLink to={`/dialogmoter/${r.event.id}`}>{r.event.title}</RouterLink>
                      </Link>
                      <Paragraph data-size="sm">
                        {formatDateTime(r.event.startsAt)} · {dn.event.attendeesTotal(r.attendees)} · {dn.status[r.event.status]}
                      </Paragraph>
                    </li>
                  ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </>
  );
}

function RegisterForm({ orgNumber, defaultName }: { orgNumber: string; defaultName: string }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(defaultName);
  const [org, setOrg] = useState(orgNumber);
  const [errors, setErrors] = useState<{ name?: string; org?: string }>({});
  const register = useMutation({
    mutationFn: (n: string) => request(RegisterSupplier, { name: n }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['supplier'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!name.trim()) next.name = dn.supplier.nameRequired;
    // The organisation is the one signed in; the number is checked here too so a typo is caught before sending.
    if (!isValidOrgNumber(org) || org.replace(/\s/g, '') !== orgNumber) next.org = dn.supplier.orgInvalid;
    setErrors(next);
    if (Object.keys(next).length === 0) register.mutate(name.trim());
  };
  return (
    <section aria-labelledby="registrer" className="overview-section">
      <Heading level={2} data-size="sm" id="registrer">
        {dn.supplier.registerButton}
      </Heading>
      <Paragraph>{dn.supplier.registerIntro}</Paragraph>
      <ErrorAlert error={register.error} />
      {register.isSuccess && (
        <Alert data-color="success">
          <Paragraph>{dn.supplier.registered}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} className="stack-sm" noValidate>
        <Textfield id="supplier-name" label={dn.supplier.name} description={dn.supplier.nameHelp} value={name} onChange={(e) => setName(e.target.value)} error={errors.name} autoComplete="organization" />
        <Textfield id="supplier-org" label={dn.supplier.orgNumber} inputMode="numeric" value={org} onChange={(e) => setOrg(e.target.value)} error={errors.org} />
        <Button type="submit" disabled={register.isPending}>
          {dn.supplier.registerButton}
        </Button>
      </form>
    </section>
  );
}
