import { openPgStore, openSqliteStore, type Store } from '../store/index.js';

export const DEFAULT_DB = './sitrep.db';

export interface DbOption {
  readonly db: string;
}

/** A `postgres://` or `postgresql://` URL opens PostgreSQL; anything else names a SQLite file. */
export const openStore = (db: string): Promise<Store> =>
  /^postgres(ql)?:\/\//i.test(db) ? openPgStore(db) : openSqliteStore(db);

/** Opens the store a command names, runs it, and always closes the store. */
export async function withStore<T>(options: DbOption, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(options.db);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
