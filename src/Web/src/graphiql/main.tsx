import './monacoWorkers';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import { session } from '../auth/session';
import { exampleQueries } from './examples';
import { graphiqlText } from '../text/programme';
import './graphiql.css';

// Every request carries the signed-in user's token, read afresh so a new sign-in in another tab counts.
const fetcher: Fetcher = async (params) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = session.current()?.accessToken;
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
};

function SignedInAs() {
  const current = session.current();
  return (
    <header className="samspill-graphiql-header">
      <a href="/">{graphiqlText.backToApp}</a>
      <span>
        {current ? graphiqlText.signedInAs(current.name, current.role) : graphiqlText.notSignedIn}{' '}
        {!current && <a href="/logg-inn">{graphiqlText.signIn}</a>}
      </span>
    </header>
  );
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <div className="samspill-graphiql">
      <SignedInAs />
      <main className="samspill-graphiql-main">
        <h1 className="samspill-graphiql-title">{graphiqlText.title}</h1>
        <GraphiQL fetcher={fetcher} defaultTabs={exampleQueries.map((query) => ({ query }))} defaultEditorToolsVisibility={false} />
      </main>
    </div>
  </StrictMode>,
);
