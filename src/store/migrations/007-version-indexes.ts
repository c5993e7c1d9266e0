import type { Kysely, Migration } from 'kysely';

/**
 * The latest ingest and annotation times read from an index: the store's version (`Store.version`)
 * is asked on every API request, and without these each asking reads every row (an annotation's
 * time is stored after its JSON, so a scan reads all of it).
 */
export const versionIndexesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('documents_ingested_at').on('documents').column('ingested_at').execute();
    await db.schema
      .createIndex('annotations_annotated_at')
      .on('annotations')
      .column('annotated_at')
      .execute();
  },
};
