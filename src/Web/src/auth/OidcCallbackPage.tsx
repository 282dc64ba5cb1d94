import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { PageHeading } from '../ui/PageHeading';
import { Loading } from '../ui/Loading';
import { appConfig } from './appConfig';
import { homePath } from './homePath';
import { session } from './session';

/** Where the identity provider sends the browser back: finishes the code exchange (PKCE) and goes on. */
export function OidcCallbackPage() {
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    (async () => {
      const config = await appConfig();
      if (config.auth !== 'oidc') throw new Error('not oidc');
      const { completeOidcSignIn } = await import('./oidcSignIn');
      await completeOidcSignIn(config);
      const s = session.current();
      navigate(s ? homePath[s.role] : '/logg-inn', { replace: true });
    })().catch(() => setFailed(true));
  }, [navigate]);
  return (
    <>
      <PageHeading title={nb.signIn.title}>{nb.signIn.title}</PageHeading>
      {failed ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{nb.signIn.errors.oidcFailed}</Paragraph>
          <Link asChild>
            <RouterLink to="/logg-inn">{nb.signIn.title}</RouterLink>
          </Link>
        </Alert>
      ) : (
        <Loading />
      )}
    </>
  );
}
