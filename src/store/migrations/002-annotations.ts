import type { Kysely, Migration } from 'kysely';
import { columnTypes } from './dialect.js';

export const annotationsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const { postgres } = columnTypes(db);
    await db.schema
      .createTable('annotations')
      .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('json', 'text', (c) => c.notNull())
      .addColumn('annotated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('decisions')
      .addColumn('id', postgres ? 'serial' : 'integer', (c) =>
        postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('who', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .execute();
  },
};
