import type { Migration, MigrationProvider } from 'kysely';
import { documentsMigration } from './001-documents.js';
import { annotationsMigration } from './002-annotations.js';
import { tokensMigration } from './003-tokens.js';
import { listingIndexMigration } from './004-listing-index.js';
import { annotationFailuresMigration } from './005-annotation-failures.js';
import { reconcileFactsMigration } from './006-reconcile-facts.js';
import { versionIndexesMigration } from './007-version-indexes.js';

/** Numbered migrations; the names sort in the order they run. Never edit one that has shipped. */
const migrations: Record<string, Migration> = {
  '001-documents': documentsMigration,
  '002-annotations': annotationsMigration,
  '003-tokens': tokensMigration,
  '004-listing-index': listingIndexMigration,
  '005-annotation-failures': annotationFailuresMigration,
  '006-reconcile-facts': reconcileFactsMigration,
  '007-version-indexes': versionIndexesMigration,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
