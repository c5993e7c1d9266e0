import type { Kysely, Migration } from 'kysely';

/**
 * What reconciling reads from each document, computed once per document and version of the code
 * that reads it (resolve's `documentFacts`), so that a collection grown by a few documents is not
 * read anew from its annotations. Stale rows are ignored and overwritten.
 */
export const reconcileFactsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('reconcile_facts')
      .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('json', 'text', (c) => c.notNull())
      .execute();
  },
};
