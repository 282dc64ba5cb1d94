import { Heading } from '@digdir/designsystemet-react';
import type { PersonFieldsFragment } from '../api/generated/graphql';
import { useSession } from '../auth/useSession';
import { useMunicipalityName } from '../municipality/useMunicipalityNames';
import { pn } from '../text/profile';
import { FactList } from '../ui/FactList';

/** The person as the sign-in token names them: name, organisation and the address notices go to. */
export function ProfileSection({ person }: { person: PersonFieldsFragment }) {
  const s = useSession();
  const municipality = useMunicipalityName(s?.role === 'municipality' ? s.tenant : null);
  const organisation =
    s?.role === 'municipality' ? (municipality ?? s.tenant ?? '') : s?.role === 'supplier' ? pn.profile.orgNumber(s.tenant ?? '') : pn.profile.programme;
  const email = person.emailFromSignIn && person.email
    ? pn.email.fromSignIn(person.email)
    : person.emailConfirmed && person.email
      ? pn.email.confirmed(person.email)
      : person.pendingEmail
        ? `${person.pendingEmail} (${pn.email.pendingTitle.toLocaleLowerCase('nb-NO')})`
        : pn.common.none;
  return (
    <section aria-labelledby="deg" className="overview-section">
      <Heading level={2} data-size="sm" id="deg">
        {pn.profile.heading}
      </Heading>
      <FactList
        items={[
          [pn.profile.name, person.name || pn.profile.noName],
          [pn.profile.organisation, organisation],
          [pn.profile.email, email],
        ]}
      />
    </section>
  );
}
