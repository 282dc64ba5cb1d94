import { Navigate, Outlet, useLocation, Link } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { useSession } from '../auth/useSession';
import { homePath } from '../auth/homePath';
import { PageHeading } from '../ui/PageHeading';
import { programmeText } from '../text/programme';

/** The programme's pages: signed-out users go to sign-in; municipalities and suppliers are told plainly why not. */
export function RequireProgramme() {
  const s = useSession();
  const location = useLocation();
  if (!s) return <Navigate to="/logg-inn" replace state={{ from: location.pathname + location.search }} />;
  if (s.role !== 'programme')
    return (
      <>
        <PageHeading title={programmeText.refusedTitle}>{programmeText.refusedTitle}</PageHeading>
        <Paragraph>{programmeText.refusedBody}</Paragraph>
        <Paragraph>
          <Link to={homePath[s.role]}>{programmeText.refusedBack}</Link>
        </Paragraph>
      </>
    );
  return <Outlet />;
}
