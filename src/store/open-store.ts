import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/** The connection string with its password masked, for messages. */
export const redactedUrl = (connectionString: string): string => {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'a PostgreSQL URL';
  }
};

/** How a `--db` value may be shown to a user: a file path as is, a URL without its password. */
export const describeDb = (db: string): string => (isPostgresUrl(db) ? redactedUrl(db) : db);

/**
 * A `postgres://` or `postgresql://` URL opens PostgreSQL (its driver loaded only then, to keep
 * start-up light); anything else names a SQLite file.
 */
export async function openStore(db: string): Promise<Store> {
  if (!isPostgresUrl(db)) return openSqliteStore(db);
  const { openPgStore } = await import('./pg-store.js');
  return openPgStore(db);
}
