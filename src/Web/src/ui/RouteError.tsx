import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';

/** Shown instead of a blank page when a page fails to load or render. */
export function RouteError() {
  return (
    <main id="hovedinnhold" className="app-main">
      <Alert data-color="danger">
        <Heading level={1} data-size="sm">
          {nb.app.unexpectedTitle}
        </Heading>
        <Paragraph>{nb.app.unexpectedBody}</Paragraph>
        <Button onClick={() => window.location.reload()}>{nb.app.reload}</Button>
      </Alert>
    </main>
  );
}
