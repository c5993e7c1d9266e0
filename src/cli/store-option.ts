import { openStore, type Store } from '../store/index.js';

export const DEFAULT_DB = './sitrep.db';

export interface DbOption {
  readonly db: string;
}

export const DB_HELP = 'the database: a SQLite file, or a postgres:// URL';

/** Opens the store a command names, runs it, and always closes the store. */
export async function withStore<T>(options: DbOption, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(options.db);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
