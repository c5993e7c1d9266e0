import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, Migrator, sql } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

/** The first error of a migration run, if any. */
const migrateToLatest = async (db: Kysely<Database>): Promise<unknown> =>
  (await new Migrator({ db, provider: migrationProvider }).migrateToLatest()).error;

/**
 * SQLite: when migrations are pending, they run inside one immediate transaction, so a second
 * process opening the same new file waits (busy timeout) and then finds them done. A store that is
 * up to date is not locked at all: a read-only command never waits for a writer.
 */
export async function migrateSqlite(
  db: Kysely<Database>,
  database: BetterSqlite3.Database,
): Promise<unknown> {
  const migrations = await new Migrator({ db, provider: migrationProvider }).getMigrations();
  if (migrations.every((m) => m.executedAt !== undefined)) return undefined;
  database.exec('begin immediate');
  let error: unknown;
  try {
    error = await migrateToLatest(db);
  } catch (cause) {
    error = cause;
  }
  database.exec(error === undefined ? 'commit' : 'rollback');
  return error;
}

/**
 * PostgreSQL: the whole run, creating Kysely's own bookkeeping tables included, holds a session
 * advisory lock keyed on the schema, so processes starting together take turns instead of racing to
 * create the same tables. Stores in other schemas of the database do not wait for each other.
 */
export async function migratePg(db: Kysely<Database>): Promise<unknown> {
  return db.connection().execute(async (conn) => {
    const key = sql`hashtext('sitrep-migrations:' || current_schema())`;
    await sql`select pg_advisory_lock(${key})`.execute(conn);
    try {
      return await migrateToLatest(db);
    } catch (cause) {
      return cause;
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(conn);
    }
  });
}
