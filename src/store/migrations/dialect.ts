import { type Kysely, PostgresAdapter } from 'kysely';

/**
 * The few column types that differ between the two dialects; everything else in the migrations is
 * the same on SQLite and PostgreSQL. SQLite's schema stays exactly as it was first written.
 */
export function columnTypes(db: Kysely<unknown>) {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    postgres,
    bytes: postgres ? 'bytea' : 'blob',
    /** LSH band keys reach 16 × 2^32: beyond PostgreSQL's 32-bit integer. */
    bigInteger: postgres ? 'bigint' : 'integer',
    /** 8-byte floats on both (PostgreSQL's `real` has 4). */
    float: postgres ? 'double precision' : 'real',
  } as const;
}
