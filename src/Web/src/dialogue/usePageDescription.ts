import { useEffect } from 'react';

/** Sets the page's meta description (and og:description) so a shared link reads well; restored on leaving. */
export function usePageDescription(text: string | null | undefined) {
  useEffect(() => {
    if (!text) return;
    const tags = ['meta[name="description"]', 'meta[property="og:description"]'].map((selector) => {
      let tag = document.head.querySelector<HTMLMetaElement>(selector);
      if (!tag) {
        tag = document.createElement('meta');
        if (selector.includes('property')) tag.setAttribute('property', 'og:description');
        else tag.name = 'description';
        document.head.appendChild(tag);
      }
      const before = tag.content;
      tag.content = text;
      return { tag, before };
    });
    return () => tags.forEach(({ tag, before }) => (tag.content = before));
  }, [text]);
}
