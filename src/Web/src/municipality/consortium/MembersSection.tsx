import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { nb } from '../../text/nb';
import type { Consortium, MyPlace } from './ConsortiumParts';

/** Members with role, status and mandate (fullmakt). */
export function MembersSection({ c, me }: { c: Consortium; me: MyPlace }) {
  return (
    <section aria-labelledby="medlemmer">
      <Heading level={2} data-size="md" id="medlemmer">
        {nb.consortium.members}
      </Heading>
      {c.membershipFrozen && <Paragraph data-size="sm">{nb.consortium.frozen}</Paragraph>}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={nb.common.table(nb.consortium.members)}>
        <Table data-color="neutral">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{nb.consortium.municipality}</TableHeaderCell>
              <TableHeaderCell>{nb.consortium.role}</TableHeaderCell>
              <TableHeaderCell>{nb.consortium.status}</TableHeaderCell>
              <TableHeaderCell>{nb.consortium.mandate}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {c.members.map((m) => (
              <TableRow key={m.municipality.number}>
                <TableCell>
                  {m.municipality.name} {m.municipality.number === me.number && <span className="muted">{nb.consortium.you}</span>}
                </TableCell>
                <TableCell>{nb.enums.memberRole[m.role]}</TableCell>
                <TableCell>
                  <Tag data-size="sm" data-color={m.status === 'JOINED' ? 'success' : m.status === 'INVITED' ? 'warning' : 'neutral'}>
                    {nb.enums.memberStatus[m.status]}
                  </Tag>
                </TableCell>
                <TableCell>
                  {m.status !== 'JOINED' ? nb.consortium.mandateNotVisible : (m.authorizationReference ?? nb.consortium.mandateMissing)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
