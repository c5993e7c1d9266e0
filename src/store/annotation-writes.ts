import type { Kysely } from 'kysely';
import type { DocumentId } from '../core/index.js';
import { annotationsJson } from './annotations-json.js';
import { chunks } from './chunks.js';
import type { Database } from './schema.js';
import type { AnnotationFailure, AnnotationsToStore, FailedDocument, Store } from './store.js';

/** Writing annotations and the failures they replace: the same Kysely queries on both dialects. */
export function annotationWrites(
  db: Kysely<Database>,
): Pick<Store, 'putAnnotations' | 'recordFailures' | 'listFailures'> {
  return {
    async putAnnotations(batch: readonly AnnotationsToStore[], options = {}) {
      if (batch.length === 0) return [];
      const at = new Date().toISOString();
      // One row per document, the last given winning (PostgreSQL refuses to update a row twice).
      const last = [...new Map(batch.map((a) => [a.documentId, a])).values()];
      const written: DocumentId[] = [];
      await db.transaction().execute(async (trx) => {
        for (const part of chunks(last, 100)) {
          const rows = await trx
            .insertInto('annotations')
            .values(
              part.map((a) => ({
                document_id: a.documentId,
                version: a.version,
                json: 'json' in a ? a.json : annotationsJson(a.annotations),
                annotated_at: at,
              })),
            )
            .onConflict((oc) => {
              const update = oc.column('document_id').doUpdateSet((eb) => ({
                version: eb.ref('excluded.version'),
                json: eb.ref('excluded.json'),
                annotated_at: eb.ref('excluded.annotated_at'),
              }));
              return options.onlyStale
                ? update.where((eb) => eb('annotations.version', '!=', eb.ref('excluded.version')))
                : update;
            })
            .returning('document_id')
            .execute();
          const ids = rows.map((r) => r.document_id as DocumentId);
          if (ids.length > 0)
            await trx.deleteFrom('annotation_failures').where('document_id', 'in', ids).execute();
          written.push(...ids);
        }
      });
      return written;
    },

    async recordFailures(failures: readonly AnnotationFailure[]) {
      if (failures.length === 0) return;
      const at = new Date().toISOString();
      const last = [...new Map(failures.map((f) => [f.documentId, f])).values()];
      await db.transaction().execute(async (trx) => {
        for (const part of chunks(last, 200)) {
          await trx
            .insertInto('annotation_failures')
            .values(
              part.map((f) => ({
                document_id: f.documentId,
                version: f.version,
                reason: f.reason,
                state: f.state,
                attempts: 1,
                failed_at: at,
              })),
            )
            .onConflict((oc) =>
              oc.column('document_id').doUpdateSet((eb) => ({
                version: eb.ref('excluded.version'),
                reason: eb.ref('excluded.reason'),
                state: eb.ref('excluded.state'),
                attempts: eb('annotation_failures.attempts', '+', 1),
                failed_at: eb.ref('excluded.failed_at'),
              })),
            )
            .execute();
        }
      });
    },

    async listFailures(): Promise<FailedDocument[]> {
      const rows = await db
        .selectFrom('annotation_failures')
        .selectAll()
        .orderBy('failed_at', 'desc')
        .orderBy('document_id')
        .execute();
      return rows.map((r) => ({
        documentId: r.document_id as DocumentId,
        version: r.version,
        reason: r.reason,
        state: r.state === 'retrying' ? 'retrying' : 'parked',
        attempts: Number(r.attempts),
        failedAt: r.failed_at,
      }));
    },
  };
}
