import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Link, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { request } from '../api/graphqlClient';
import { PageHeading } from '../ui/PageHeading';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { useSession } from '../auth/useSession';
import { formatNok, formatWindow } from '../format/format';
import { MyNeeds } from './needQueries';
import { useMunicipalityLive } from './useMunicipalityLive';

/** Behov: the municipality's needs, with their stage, value and time window. */
export function NeedsPage() {
  const s = useSession();
  const number = s?.tenant ?? '';
  const [withdrawn, setWithdrawn] = useState(false);
  useMunicipalityLive(number);
  const needs = useQuery({
    queryKey: ['municipality', number, 'needs', withdrawn],
    queryFn: () => request(MyNeeds, { number, includeWithdrawn: withdrawn }),
  });
  const list = needs.data?.municipality?.needs ?? [];
  return (
    <>
      <PageHeading title={nb.need.listTitle}>{nb.need.listTitle}</PageHeading>
      <Paragraph>{nb.need.listIntro}</Paragraph>
      <div className="button-row">
        <Button asChild>
          <RouterLink to="/kommune/behov/ny">{nb.overview.publishNeed}</RouterLink>
        </Button>
      </div>
      <Checkbox label={nb.need.showWithdrawn} checked={withdrawn} onChange={(e) => setWithdrawn(e.target.checked)} />
      {needs.isPending && <Loading />}
      <ErrorAlert error={needs.error} />
      {needs.data && list.length === 0 && <Paragraph>{nb.need.noNeeds}</Paragraph>}
      {list.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={nb.common.table(nb.need.listTitle)}>
          <Table data-color="neutral">
            <TableHead>
              <TableRow>
                <TableHeaderCell>{nb.need.title}</TableHeaderCell>
                <TableHeaderCell>{nb.need.stage}</TableHeaderCell>
                <TableHeaderCell>{nb.need.category}</TableHeaderCell>
                <TableHeaderCell>{nb.need.value}</TableHeaderCell>
                <TableHeaderCell>{nb.need.timeWindow}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((n) => (
                <TableRow key={n.id}>
                  <TableCell>
                    <Link asChild>
                      <RouterLink to={`/kommune/behov/${n.id}`}>{n.title}</RouterLink>
                    </Link>
                  </TableCell>
                  <TableCell>
                    <Tag data-size="sm" data-color={n.stage === 'IN_CONSORTIUM' ? 'success' : n.stage === 'WITHDRAWN' ? 'danger' : 'neutral'}>
                      {nb.enums.stage[n.stage]}
                    </Tag>
                  </TableCell>
                  <TableCell>{nb.enums.category[n.category]}</TableCell>
                  <TableCell>{n.estimatedValueNok == null ? nb.need.notGiven : formatNok(n.estimatedValueNok)}</TableCell>
                  <TableCell>{formatWindow(n.neededFrom, n.neededTo) || nb.need.notGiven}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
