import './monacoWorkers';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import { Kind, parse } from 'graphql';
import { session } from '../auth/session';
import { exampleQueries } from './examples';
import { graphiqlText } from '../text/programme';
import './graphiql.css';

/**
 * GraphiQL learns a tab's operation name 100 ms after the editor changes, so Run right after switching tabs sends the
 * previous tab's name with the new query, which the server refuses. A name the document does not define is dropped
 * when the document has just one operation, which is then the one meant.
 */
function operationNameIn(query: string, name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  try {
    const names = parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
    return names.includes(name) || names.length !== 1 ? name : undefined;
  } catch {
    return name;
  }
}

// Every request carries the signed-in user's token, read afresh so a new sign-in in another tab counts.
const fetcher: Fetcher = async (params) => {
  const body = { ...params, operationName: operationNameIn(params.query, params.operationName) };
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = session.current()?.accessToken;
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(body) });
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
