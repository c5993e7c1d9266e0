import type { Kysely } from 'kysely';
import type { DocumentId } from '../core/index.js';
import { chunks } from './chunks.js';
import type { Database } from './schema.js';
import type { Store, StoredFacts } from './store.js';

/** Reconcile facts and the store's version: the same Kysely queries on both dialects. */
export function factsQueries(db: Kysely<Database>): Pick<Store, 'putFacts' | 'factsOf' | 'version'> {
  return {
    async version() {
      const [docs, notes, decisions] = await Promise.all([
        db
          .selectFrom('documents')
          .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('ingested_at').as('last')])
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('annotations')
          .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('annotated_at').as('last')])
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('decisions')
          .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('id').as('last')])
          .executeTakeFirstOrThrow(),
      ]);
      return [docs, notes, decisions].map((r) => `${Number(r.n)}@${r.last ?? ''}`).join('/');
    },

    async putFacts(batch: readonly StoredFacts[]) {
      if (batch.length === 0) return;
      // One row per document, the last given winning (PostgreSQL refuses to update a row twice).
      const last = [...new Map(batch.map((f) => [f.documentId, f])).values()];
      await db.transaction().execute(async (trx) => {
        for (const part of chunks(last, 100)) {
          await trx
            .insertInto('reconcile_facts')
            .values(part.map((f) => ({ document_id: f.documentId, version: f.version, json: f.json })))
            .onConflict((oc) =>
              oc.column('document_id').doUpdateSet((eb) => ({
                version: eb.ref('excluded.version'),
                json: eb.ref('excluded.json'),
              })),
            )
            .execute();
        }
      });
    },

    async factsOf(among?: readonly DocumentId[]) {
      const query = db.selectFrom('reconcile_facts').select(['document_id', 'version', 'json']);
      const rows = among
        ? (
            await Promise.all(
              chunks(among, 500).map((part) => query.where('document_id', 'in', [...part]).execute()),
            )
          ).flat()
        : await query.execute();
      return rows.map((r) => ({ documentId: r.document_id as DocumentId, version: r.version, json: r.json }));
    },
  };
}
