import { type Kysely, sql } from 'kysely';
import type { DocumentId } from '../core/index.js';
import { chunks } from './chunks.js';
import { rowOf, signatureOf } from './rows.js';
import type { Database, DocumentsTable } from './schema.js';
import type { DocumentFilter, NearDuplicateCandidate, NewDocument, PutResult } from './store.js';

/** Rows per insert: 21 columns × 200 stays far below PostgreSQL's 65,535 parameters. */

/**
 * Stores a batch in one transaction. `on conflict do nothing` makes a document stored by another
 * process meanwhile `unchanged` instead of an error; a repeat inside the batch is `unchanged` too.
 */
export async function putPgDocuments(
  db: Kysely<Database>,
  docs: readonly NewDocument[],
  ingestedAt: string,
): Promise<PutResult[]> {
  if (docs.length === 0) return [];
  const first = new Map<string, NewDocument>();
  for (const doc of docs) if (!first.has(doc.id)) first.set(doc.id, doc);
  const added = new Set<string>();
  await db.transaction().execute(async (trx) => {
    for (const part of chunks([...first.values()])) {
      const rows: DocumentsTable[] = part.map((doc) => rowOf(doc, ingestedAt));
      const inserted = await trx
        .insertInto('documents')
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      for (const { id } of inserted) added.add(id);
      const keys = part.flatMap((doc) =>
        added.has(doc.id) ? [...new Set(doc.lshKeys ?? [])].map((key) => ({ key, document_id: doc.id })) : [],
      );
      for (const keyPart of chunks(keys, 5000)) {
        await trx
          .insertInto('lsh')
          .values(keyPart)
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
  });
  const reported = new Set<string>();
  return docs.map((doc) => {
    const status = added.has(doc.id) && !reported.has(doc.id) ? 'added' : 'unchanged';
    reported.add(doc.id);
    return { id: doc.id, origin: doc.origin, status };
  });
}

/** Originals (not near-duplicates themselves) sharing any of the keys; one query for a batch. */
export async function pgNearDuplicateCandidates(
  db: Kysely<Database>,
  lshKeys: readonly number[],
): Promise<NearDuplicateCandidate[]> {
  if (lshKeys.length === 0) return [];
  const keys = [...new Set(lshKeys)].map(String);
  const rows = await db
    .selectFrom('documents as d')
    .select(['d.id', 'd.signature'])
    .where('d.near_duplicate_of', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('lsh')
          .select('lsh.key')
          .whereRef('lsh.document_id', '=', 'd.id')
          .where(sql<boolean>`lsh.key = any(${keys}::bigint[])`),
      ),
    )
    .orderBy('d.id')
    .execute();
  return rows.flatMap((row) =>
    row.signature ? [{ id: row.id as DocumentId, signature: signatureOf(row.signature) }] : [],
  );
}

/** The documents a filter takes: outlet by name and a substring of title or text, both ignoring case. */
export function pgFiltered(db: Kysely<Database>, filter: DocumentFilter) {
  let query = db.selectFrom('documents');
  if (filter.outlet) query = query.where(sql<boolean>`lower(outlet) = lower(${filter.outlet})`);
  if (filter.contains) {
    const pattern = `%${filter.contains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(
      sql<boolean>`(title ilike ${pattern} escape '\\' or text ilike ${pattern} escape '\\')`,
    );
  }
  return query;
}
