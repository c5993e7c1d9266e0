import { useEffect, useState } from 'preact/hooks';
import { listen } from './live.js';
import { href, useRoute } from './route.js';
import { Claims } from './views/claims.js';
import { Decisions } from './views/decisions.js';
import { Documents } from './views/documents.js';
import { Entities } from './views/entities.js';
import { Login } from './views/login.js';
import { Question } from './views/question.js';
import { Reader } from './views/reader.js';
import { Timeline } from './views/timeline.js';

const NAV = [
  ['documents', 'Documents'],
  ['claims', 'Claims & conflicts'],
  ['entities', 'Entities'],
  ['timeline', 'Timeline'],
  ['question', 'Question'],
  ['decisions', 'Decisions'],
] as const;

const number = (s: string | null): number | undefined => (s && /^\d+$/.test(s) ? Number(s) : undefined);

/** The workbench: a header with the views and the token, and the view the hash names. */
export function App() {
  const route = useRoute();
  const [session, setSession] = useState(0);
  const [docs, setDocs] = useState(0);
  const [decisions, setDecisions] = useState(0);
  const [live, setLive] = useState(false);
  useEffect(
    () =>
      listen((e) => {
        if (e.event === 'document') setDocs((n) => n + 1);
        if (e.event === 'decision') setDecisions((n) => n + 1);
      }, setLive),
    [session],
  );
  const [view = 'documents', arg] = route.parts;
  const version = session * 1_000_000 + docs * 1000 + decisions;
  const body = (() => {
    switch (view) {
      case 'doc':
        return arg ? <Reader key={arg} id={arg} at={number(route.query.get('at'))} /> : null;
      case 'claims':
        return <Claims version={version} />;
      case 'entities':
        return <Entities version={version} />;
      case 'timeline':
        return <Timeline version={version} />;
      case 'question':
        return <Question id={arg} version={version} />;
      case 'decisions':
        return <Decisions version={version} />;
      default:
        return <Documents offset={number(route.query.get('offset')) ?? 0} version={session * 1000 + docs} />;
    }
  })();
  return (
    <>
      <header>
        <a class="brand" href={href('documents')}>
          sitrep
        </a>
        <nav>
          {NAV.map(([id, label]) => (
            <a
              key={id}
              href={href(id)}
              class={view === id || (view === 'doc' && id === 'documents') ? 'active' : ''}
            >
              {label}
            </a>
          ))}
        </nav>
        <span class={`live ${live ? 'on' : 'off'}`} title="live updates" data-testid="live">
          {live ? '● live' : '○ offline'}
        </span>
        <Login onChange={() => setSession((n) => n + 1)} />
      </header>
      <main>{body}</main>
    </>
  );
}
