import { Link as RouterLink } from 'react-router';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title={nb.app.notFoundTitle}>{nb.app.notFoundTitle}</PageHeading>
      <Paragraph>{nb.app.notFoundBody}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{nb.app.toFrontPage}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
