import { useEffect, useState } from 'preact/hooks';

/** The view named by the URL hash: `#/documents?offset=50` -> `{ parts: ['documents'], query }`. */
export interface Route {
  readonly parts: readonly string[];
  readonly query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return {
    parts: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(query),
  };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

export const href = (...parts: (string | number)[]): string =>
  `#/${parts.map((p) => encodeURIComponent(String(p))).join('/')}`;
