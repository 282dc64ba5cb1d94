import { Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { PageHeading } from '../ui/PageHeading';

/** The supplier's start page; the supplier side is built in its own issue on this foundation. */
export function SupplierHomePage() {
  return (
    <>
      <PageHeading title={nb.placeholder.supplierTitle}>{nb.placeholder.supplierTitle}</PageHeading>
      <Paragraph>{nb.placeholder.supplierBody}</Paragraph>
    </>
  );
}
