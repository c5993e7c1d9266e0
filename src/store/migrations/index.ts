import type { Migration, MigrationProvider } from 'kysely';
import { documentsMigration } from './001-documents.js';
import { annotationsMigration } from './002-annotations.js';

/** Numbered migrations; the names sort in the order they run. Never edit one that has shipped. */
const migrations: Record<string, Migration> = {
  '001-documents': documentsMigration,
  '002-annotations': annotationsMigration,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
