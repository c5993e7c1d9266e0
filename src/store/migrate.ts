import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, Migrator, sql } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import { withPgAdvisoryLock } from './pg-advisory-lock.js';
import type { Database } from './schema.js';

/**
 * SQLite: when migrations are pending, they run inside one immediate transaction, so a second
 * process opening the same new file waits (busy timeout) and then finds them done. A store that is
 * up to date is not locked at all: a read-only command never waits for a writer.
 */
export async function migrateSqlite(
  db: Kysely<Database>,
  database: BetterSqlite3.Database,
): Promise<unknown> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  if ((await migrator.getMigrations()).every((m) => m.executedAt !== undefined)) return undefined;
  database.exec('begin immediate');
  let error: unknown;
  try {
    error = (await migrator.migrateToLatest()).error;
  } catch (cause) {
    error = cause;
  }
  database.exec(error === undefined ? 'commit' : 'rollback');
  return error;
}

/**
 * PostgreSQL: the whole run holds a session advisory lock keyed on the schema, so processes
 * starting together take turns instead of racing to create the same tables; stores in other schemas
 * do not wait. The run reads and writes Kysely's bookkeeping tables (same names and columns, so
 * either can migrate a store) but in this schema only: Kysely's own Migrator introspects every
 * schema of the database, which fails when another process drops one meanwhile.
 */
export async function migratePg(db: Kysely<Database>): Promise<unknown> {
  return db.connection().execute((conn) =>
    withPgAdvisoryLock(
      (statement) => sql.raw(statement).execute(conn),
      "'sitrep-migrations:' || current_schema()",
      () => migratePgLocked(conn),
    ),
  );
}

async function migratePgLocked(conn: Kysely<Database>): Promise<unknown> {
  try {
    await sql`create table if not exists kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null)`.execute(
      conn,
    );
    await sql`create table if not exists kysely_migration_lock (id varchar(255) not null primary key, is_locked integer not null default 0)`.execute(
      conn,
    );
    await sql`insert into kysely_migration_lock (id) values ('migration_lock') on conflict do nothing`.execute(
      conn,
    );
    const done = await sql<{ name: string }>`select name from kysely_migration`.execute(conn);
    const executed = new Set(done.rows.map((r) => r.name));
    const migrations = await migrationProvider.getMigrations();
    for (const name of Object.keys(migrations).sort()) {
      const migration = migrations[name];
      if (!migration || executed.has(name)) continue;
      await conn.transaction().execute(async (trx) => {
        await migration.up(trx);
        await sql`insert into kysely_migration (name, timestamp) values (${name}, ${new Date().toISOString()})`.execute(
          trx,
        );
      });
    }
    return undefined;
  } catch (cause) {
    return cause;
  }
}
