import { Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { PageHeading } from '../ui/PageHeading';

/** The programme staff's start page; their dashboard is built in its own issue on this foundation. */
export function ProgrammeHomePage() {
  return (
    <>
      <PageHeading title={nb.placeholder.programmeTitle}>{nb.placeholder.programmeTitle}</PageHeading>
      <Paragraph>{nb.placeholder.programmeBody}</Paragraph>
    </>
  );
}
