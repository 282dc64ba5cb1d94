import { snippetParts } from '../text/search';

/** A search snippet with the matched words marked, built as text so nothing in it is read as HTML. */
export function Snippet({ html }: { html: string }) {
  return (
    <>
      {snippetParts(html).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
