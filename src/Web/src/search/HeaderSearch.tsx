import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Button, Input } from '@digdir/designsystemet-react';
import { st } from '../text/search';

/** The search field in the top bar of every page; it opens Søk with the words typed. */
export function HeaderSearch() {
  const navigate = useNavigate();
  const location = useLocation();
  const onSearchPage = location.pathname === '/sok';
  const [text, setText] = useState('');
  // On Søk itself the page has its own field; this one starts empty elsewhere.
  if (onSearchPage) return null;

  function submit(e: FormEvent) {
    e.preventDefault();
    const q = text.trim();
    navigate(q ? `/sok?q=${encodeURIComponent(q)}` : '/sok');
    setText('');
  }

  return (
    <form role="search" aria-label={st.header.label} className="header-search" onSubmit={submit}>
      <label htmlFor="toppsok" className="sr-only">
        {st.header.label}
      </label>
      <Input id="toppsok" type="search" data-size="sm" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" placeholder={st.header.placeholder} />
      <Button type="submit" data-size="sm" variant="secondary">
        {st.header.button}
      </Button>
    </form>
  );
}
