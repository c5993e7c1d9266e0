import type { Kysely, Migration } from 'kysely';

/** API tokens for `sitrep serve`: only the SHA-256 hash of a token is kept, never the token. */
export const tokensMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('tokens')
      .addColumn('hash', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
