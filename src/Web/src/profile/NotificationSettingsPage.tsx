import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { pn } from '../text/profile';
import { PageHeading } from '../ui/PageHeading';
import { Loading } from '../ui/Loading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { MyPerson } from './profileQueries';
import { ProfileSection } from './ProfileSection';
import { EmailSection } from './EmailSection';
import { DeliverySettingsForm } from './DeliverySettingsForm';

/** Varslinger: who the person is, where notices go (asked once and confirmed by a link), and how each kind is sent. */
export function NotificationSettingsPage() {
  const me = useQuery({ queryKey: ['person'], queryFn: () => request(MyPerson) });
  const person = me.data?.viewer.person;
  return (
    <>
      <PageHeading title={pn.title}>{pn.title}</PageHeading>
      <Paragraph>{pn.intro}</Paragraph>
      {me.isPending ? (
        <Loading />
      ) : me.error || !person ? (
        <ErrorAlert error={me.error ?? new Error('no person')} />
      ) : (
        <>
          <ProfileSection person={person} />
          <EmailSection person={person} />
          <DeliverySettingsForm settings={person.notificationSettings} />
        </>
      )}
    </>
  );
}
