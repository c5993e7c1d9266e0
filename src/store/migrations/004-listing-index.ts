import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The order of `listDocuments` (newest first, undated last) as an index, so a page of a large
 * collection is read from the index instead of sorting every row (SQLite and PostgreSQL alike).
 */
export const listingIndexMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create index documents_newest on documents ((published is null), published desc, ingested_at desc, id)`.execute(
      db,
    );
  },
};
