import { openSqliteStore, type Store } from '../store/index.js';
import type { AppOptions } from './app.js';
import { type RunningServer, startServer } from './start-server.js';
import { newToken, tokenHash } from './token.js';

export interface TestServer extends RunningServer {
  readonly store: Store;
  /** A valid token, named `ana`. */
  readonly token: string;
  readonly auth: { readonly authorization: string };
}

/**
 * A real server on 127.0.0.1, a free port, over a store with one token: in memory, or in the SQLite
 * `file` given (which its workers can open to store annotations themselves, as `sitrep serve` does).
 */
export async function testServer(
  options: Omit<AppOptions, 'store'> = {},
  file = ':memory:',
): Promise<TestServer> {
  const store = await openSqliteStore(file);
  const token = newToken();
  await store.addToken({ hash: tokenHash(token), name: 'ana' });
  const server = await startServer({ ...options, store, port: 0 });
  return {
    ...server,
    store,
    token,
    auth: { authorization: `Bearer ${token}` },
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}
