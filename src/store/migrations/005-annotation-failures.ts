import type { Kysely, Migration } from 'kysely';

/**
 * Documents whose last annotation attempt failed, with the reason: `retrying` while a queue will try
 * again, `parked` once it has given up (or after a local run, which does not retry by itself).
 */
export const annotationFailuresMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('annotation_failures')
      .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('failed_at', 'text', (c) => c.notNull())
      .execute();
  },
};
