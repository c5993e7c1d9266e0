import { type Kysely, type Migration, sql } from 'kysely';
import { columnTypes } from './dialect.js';

export const documentsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(db);
    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('title_source', 'text')
      .addColumn('outlet', 'text')
      .addColumn('outlet_source', 'text')
      .addColumn('author', 'text')
      .addColumn('author_source', 'text')
      .addColumn('published', 'text')
      .addColumn('published_precision', 'text')
      .addColumn('published_source', 'text')
      .addColumn('published_inferred', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('language', 'text')
      .addColumn('language_source', 'text')
      .addColumn('url', 'text')
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .addColumn('near_duplicate_of', 'text', (c) => c.references('documents.id'))
      .addColumn('similarity', types.float)
      .addColumn('signature', types.bytes)
      .execute();
    await db.schema.createIndex('documents_published').on('documents').column('published').execute();
    // One B-tree keyed by (band key, document): no rowid table plus index to maintain on ingest.
    const lsh = db.schema
      .createTable('lsh')
      .addColumn('key', types.bigInteger, (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addPrimaryKeyConstraint('lsh_pk', ['key', 'document_id']);
    await (types.postgres ? lsh : lsh.modifyEnd(sql`without rowid`)).execute();
  },
};
