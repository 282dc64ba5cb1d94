import { Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { PageHeading } from '../ui/PageHeading';

/** What anyone may see without signing in; filled in by later issues. */
export function PublicHomePage() {
  return (
    <>
      <PageHeading title={nb.placeholder.publicTitle}>{nb.placeholder.publicTitle}</PageHeading>
      <Paragraph>{nb.placeholder.publicBody}</Paragraph>
    </>
  );
}
