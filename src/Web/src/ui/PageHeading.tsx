import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';

let firstPage = true;

/**
 * The page's one h1, which also names the browser tab. After an in-app navigation it takes focus, so screen
 * readers announce the new page (the first page load leaves focus where the browser puts it).
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${nb.app.name}`;
    if (firstPage) firstPage = false;
    else ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
