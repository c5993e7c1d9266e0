import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { SitrepError } from '../core/index.js';
import { migratePg } from './migrate.js';
import { redactedUrl } from './open-store.js';
import { pgFiltered, pgNearDuplicateCandidates, putPgDocuments } from './pg-documents.js';
import { documentOf, summaryOf } from './rows.js';
import { type Database, summaryColumns } from './schema.js';
import { sharedQueries } from './shared-queries.js';
import type { DocumentFilter, DocumentListing, Store } from './store.js';

/**
 * Opens (migrating if needed) a PostgreSQL store: `postgres://user:password@host/db`. The tables go
 * in the first schema of the connection's `search_path` (`?options=-c%20search_path%3Dname`).
 */
export async function openPgStore(connectionString: string): Promise<Store> {
  const where = redactedUrl(connectionString);
  const pool = new pg.Pool({ connectionString, max: 4 });
  // An idle connection dropped by the server: the next query reports it, the process lives on.
  pool.on('error', () => {});
  try {
    (await pool.connect()).release();
  } catch (cause) {
    await pool.end();
    throw new SitrepError('E_STORE_OPEN', `cannot open the database ${where}: ${(cause as Error).message}`, {
      cause,
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const error = await migratePg(db);
  if (error !== undefined) {
    await db.destroy();
    throw new SitrepError('E_STORE_MIGRATION', `cannot migrate ${where}: ${(error as Error).message}`);
  }
  return pgStore(db);
}

/** Byte order of ids as SQLite sorts them, whatever the database's collation. */
const byteOrder = (column: 'id' | 'documents.id') => sql`${sql.ref(column)} collate "C"`;

/** PostgreSQL through Kysely; documents and near-duplicate lookups in pg-documents.ts. */
function pgStore(db: Kysely<Database>): Store {
  return {
    ...sharedQueries(db, { idOrder: byteOrder }),

    putDocuments: (docs) => putPgDocuments(db, docs, new Date().toISOString()),

    nearDuplicateCandidates: (lshKeys) => pgNearDuplicateCandidates(db, lshKeys),

    async getDocument(idOrPrefix: string) {
      const rows = await db
        .selectFrom('documents')
        .selectAll()
        .where('id', 'like', `${idOrPrefix.toLowerCase().replace(/[%_\\]/g, '')}%`)
        .limit(2)
        .execute();
      if (rows.length > 1 && rows[0]?.id !== idOrPrefix) {
        throw new SitrepError('E_AMBIGUOUS_ID', `the id prefix ${idOrPrefix} matches more than one document`);
      }
      const row = rows.find((r) => r.id === idOrPrefix) ?? rows[0];
      return row ? documentOf(row) : undefined;
    },

    async listDocuments(listing: DocumentListing = {}) {
      const direction = listing.order === 'oldest' ? 'asc' : 'desc';
      let query = pgFiltered(db, listing)
        .select([...summaryColumns, sql<number>`length(text)`.as('length')])
        .orderBy(sql`published is null`)
        .orderBy('published', direction)
        .orderBy('ingested_at', direction)
        .orderBy(byteOrder('id'))
        .offset(listing.offset ?? 0);
      if (listing.limit !== undefined) query = query.limit(listing.limit);
      return (await query.execute()).map(summaryOf);
    },

    async countDocuments(filter: DocumentFilter = {}) {
      const row = await pgFiltered(db, filter)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
