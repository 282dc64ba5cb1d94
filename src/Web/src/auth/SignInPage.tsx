import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Fieldset, FieldsetLegend, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { PageHeading } from '../ui/PageHeading';
import { FormErrorSummary, type FormProblem } from '../ui/FormErrorSummary';
import { Loading } from '../ui/Loading';
import { appConfig, type AppConfig } from './appConfig';
import { devSignIn } from './devSignIn';
import { homePath } from './homePath';
import { session, type Role, type SignOutReason } from './session';
import { useSession } from './useSession';
import { isValidOrgNumber } from './orgNumber';
import { MunicipalityPicker } from '../municipality/MunicipalityPicker';

const reasonText: Record<SignOutReason, string> = {
  expired: nb.signIn.expired,
  refused: nb.signIn.refused,
  signedOut: nb.signIn.signedOut,
};

/** "Logg inn": without a password in Development (pick who you are), else with the identity provider. */
export function SignInPage() {
  const current = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [reason] = useState(() => session.reason());
  useEffect(() => session.clearReason(), []);
  const config = useQuery({ queryKey: ['app-config'], queryFn: appConfig, staleTime: Infinity });
  const from = (location.state as { from?: string } | null)?.from;

  useEffect(() => {
    if (current) navigate(from && from !== '/logg-inn' ? from : homePath[current.role], { replace: true });
  }, [current, from, navigate]);

  return (
    <div className="narrow">
      <PageHeading title={nb.signIn.title}>{nb.signIn.title}</PageHeading>
      {reason && (
        <Alert data-color={reason === 'signedOut' ? 'info' : 'warning'} role="status">
          <Paragraph>{reasonText[reason]}</Paragraph>
        </Alert>
      )}
      {config.isPending && <Loading />}
      {config.isError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{nb.errors.codes.NETWORK}</Paragraph>
        </Alert>
      )}
      {config.data?.auth === 'dev-tokens' && <DevSignInForm />}
      {config.data?.auth === 'oidc' && <OidcSignIn config={config.data} />}
    </div>
  );
}

function OidcSignIn({ config }: { config: Extract<AppConfig, { auth: 'oidc' }> }) {
  const [failed, setFailed] = useState(false);
  if (!config.authority || !config.clientId)
    return (
      <Alert data-color="warning" role="status">
        <Paragraph>{nb.signIn.notConfigured}</Paragraph>
      </Alert>
    );
  return (
    <>
      <Paragraph>{nb.signIn.oidcIntro}</Paragraph>
      {failed && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{nb.signIn.errors.oidcFailed}</Paragraph>
        </Alert>
      )}
      <Button
        onClick={async () => {
          const { startOidcSignIn } = await import('./oidcSignIn');
          startOidcSignIn(config).catch(() => setFailed(true));
        }}
      >
        {nb.signIn.submit}
      </Button>
    </>
  );
}

function DevSignInForm() {
  const id = useId();
  const [role, setRole] = useState<Role>('municipality');
  const [municipality, setMunicipality] = useState<string | null>(null);
  const [org, setOrg] = useState('');
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const municipalityFieldId = `${id}-municipality`;
  const orgFieldId = `${id}-org`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: FormProblem[] = [];
    if (role === 'municipality' && !municipality) found.push({ fieldId: municipalityFieldId, message: nb.signIn.errors.chooseMunicipality });
    if (role === 'supplier' && !isValidOrgNumber(org)) found.push({ fieldId: orgFieldId, message: nb.signIn.errors.orgNumber });
    setProblems(found);
    setAttempt((a) => a + 1);
    setFailed(false);
    if (found.length) return;
    setBusy(true);
    try {
      const tenant = role === 'municipality' ? municipality : role === 'supplier' ? org.replace(/\s/g, '') : null;
      await devSignIn(role, tenant, name.trim());
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const problemFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  return (
    <form onSubmit={submit} noValidate className="stack">
      <Paragraph>{nb.signIn.devIntro}</Paragraph>
      <FormErrorSummary title={nb.signIn.errorSummaryTitle} problems={problems} attempt={attempt} />
      {failed && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{nb.signIn.errors.failed}</Paragraph>
        </Alert>
      )}
      <Fieldset>
        <FieldsetLegend>{nb.signIn.roleLegend}</FieldsetLegend>
        {(['municipality', 'supplier', 'programme'] as const).map((r) => (
          <Radio
            key={r}
            name="role"
            value={r}
            label={nb.signIn.roles[r]}
            description={nb.signIn.roleDescriptions[r]}
            checked={role === r}
            onChange={() => {
              setRole(r);
              setProblems([]);
            }}
          />
        ))}
      </Fieldset>
      {role === 'municipality' && (
        <MunicipalityPicker
          id={municipalityFieldId}
          value={municipality}
          onChange={(n) => {
            setMunicipality(n);
            if (n) setProblems((p) => p.filter((x) => x.fieldId !== municipalityFieldId));
          }}
          error={problemFor(municipalityFieldId)}
        />
      )}
      {role === 'supplier' && (
        <Textfield
          id={orgFieldId}
          label={nb.signIn.orgNumber}
          description={nb.signIn.orgNumberHelp}
          inputMode="numeric"
          autoComplete="off"
          value={org}
          onChange={(e) => setOrg(e.target.value)}
          error={problemFor(orgFieldId)}
        />
      )}
      <Textfield label={nb.signIn.yourName} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      <div>
        <Button type="submit" loading={busy} disabled={busy}>
          {nb.signIn.submit}
        </Button>
      </div>
    </form>
  );
}
