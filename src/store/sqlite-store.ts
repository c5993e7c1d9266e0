import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { SitrepError } from '../core/index.js';
import { bulkStatements } from './bulk-statements.js';
import { migrateSqlite } from './migrate.js';
import { documentOf, summaryOf } from './rows.js';
import { type Database, summaryColumns } from './schema.js';
import { plainIdOrder, sharedQueries } from './shared-queries.js';
import { ImmediateSqliteDialect } from './sqlite-immediate.js';
import type { DocumentFilter, Store } from './store.js';
import { busyTimeoutMs, guardBusy } from './store-busy.js';
import { storeFailure } from './store-failures.js';

/**
 * Opens (creating and migrating if needed) a SQLite store. `:memory:` works for tests. Several
 * processes may share one file: writers take the lock when their transaction begins and wait for
 * each other up to the busy timeout; past it, the command stops with E_STORE_BUSY.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  let database: BetterSqlite3.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    database = new BetterSqlite3(path, { timeout: busyTimeoutMs() });
    // Switching a new file to WAL takes a lock, so the busy timeout (set above) comes first.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
  } catch (cause) {
    throw (
      storeFailure(cause, path) ??
      new SitrepError('E_STORE_OPEN', `cannot open the database ${path}: ${(cause as Error).message}`, {
        cause,
      })
    );
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) });
  let error: unknown;
  try {
    error = await migrateSqlite(db, database);
  } catch (cause) {
    error = cause;
  }
  if (error !== undefined) {
    await db.destroy();
    const failure = storeFailure(error, path);
    if (failure) throw failure;
    throw new SitrepError('E_STORE_MIGRATION', `cannot migrate ${path}: ${(error as Error).message}`);
  }
  return guardBusy(sqliteStore(db, database, path), path, (error) => storeFailure(error, path));
}

/** SQLite through Kysely, with better-sqlite3 prepared statements on the ingest hot path. */
function sqliteStore(db: Kysely<Database>, database: BetterSqlite3.Database, path: string): Store {
  const bulk = bulkStatements(database);

  /** The documents a filter takes: outlet by name, a LIKE substring of title or text (`%`, `_` literal). */
  const filtered = (filter: DocumentFilter) => {
    let query = db.selectFrom('documents');
    if (filter.outlet) query = query.where(sql<boolean>`outlet = ${filter.outlet} collate nocase`);
    if (filter.contains) {
      const pattern = `%${filter.contains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where(
        sql<boolean>`(title like ${pattern} escape '\\' or text like ${pattern} escape '\\')`,
      );
    }
    return query;
  };

  return {
    ...sharedQueries(db, { idOrder: plainIdOrder }),

    async sqliteFile() {
      return path === ':memory:' || path === '' ? undefined : resolve(path);
    },

    /**
     * The ingest hot path: prepared statements run synchronously in one better-sqlite3 transaction,
     * several times faster than building a Kysely query per batch. The SQL stays inside store/.
     */
    async putDocuments(docs) {
      if (docs.length === 0) return [];
      return bulk.putDocuments(docs, new Date().toISOString());
    },

    async nearDuplicateCandidates(lshKeys) {
      return bulk.nearDuplicateCandidates(lshKeys);
    },

    async getDocument(idOrPrefix: string) {
      // A range on the primary key (ids are lower-case hex), not LIKE: SQLite's case-insensitive LIKE
      // cannot use the index, and a scan of every text per lookup made the API crawl on 10,000 documents.
      const prefix = idOrPrefix.toLowerCase();
      const rows = await db
        .selectFrom('documents')
        .selectAll()
        .where('id', '>=', prefix)
        .where('id', '<', `${prefix}\uffff`)
        .orderBy('id')
        .limit(2)
        .execute();
      if (rows.length > 1 && rows[0]?.id !== idOrPrefix) {
        throw new SitrepError('E_AMBIGUOUS_ID', `the id prefix ${idOrPrefix} matches more than one document`);
      }
      const row = rows.find((r) => r.id === idOrPrefix) ?? rows[0];
      return row ? documentOf(row) : undefined;
    },

    async listDocuments(listing: Parameters<Store['listDocuments']>[0] = {}) {
      const direction = listing.order === 'oldest' ? 'asc' : 'desc';
      const rows = await filtered(listing)
        .select([...summaryColumns, sql<number>`length(text)`.as('length')])
        .orderBy(sql`published is null`)
        .orderBy('published', direction)
        .orderBy('ingested_at', direction)
        .orderBy('id')
        .limit(listing.limit ?? -1)
        .offset(listing.offset ?? 0)
        .execute();
      return rows.map(summaryOf);
    },

    async countDocuments(filter: DocumentFilter = {}) {
      const row = await filtered(filter)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
