import type BetterSqlite3 from 'better-sqlite3';
import type { DocumentId } from '../core/index.js';
import { rowOf, signatureOf } from './rows.js';
import { documentColumns as columns } from './schema.js';
import type { NearDuplicateCandidate, NewDocument, PutResult } from './store.js';

export interface BulkStatements {
  putDocuments(docs: readonly NewDocument[], ingestedAt: string): PutResult[];
  nearDuplicateCandidates(lshKeys: readonly number[]): NearDuplicateCandidate[];
}

/** Prepared once per connection: the ingest path runs them thousands of times. */
export function bulkStatements(database: BetterSqlite3.Database): BulkStatements {
  const exists = database.prepare('select 1 from documents where id = ?').pluck();
  const insertDocument = database.prepare(
    `insert into documents (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  const insertKey = database.prepare('insert or ignore into lsh (key, document_id) values (?, ?)');
  // All keys of a batch in one statement, passed as one JSON array.
  const candidates = database.prepare(
    `select distinct d.id, d.signature from lsh join documents d on d.id = lsh.document_id
     where lsh.key in (select value from json_each(?)) and d.near_duplicate_of is null`,
  );

  const put = database.transaction((docs: readonly NewDocument[], ingestedAt: string): PutResult[] => {
    return docs.map((doc) => {
      if (exists.get(doc.id) !== undefined) return { id: doc.id, origin: doc.origin, status: 'unchanged' };
      insertDocument.run(rowOf(doc, ingestedAt));
      for (const key of doc.lshKeys ?? []) insertKey.run(key, doc.id);
      return { id: doc.id, origin: doc.origin, status: 'added' };
    });
  });

  return {
    // Immediate: the batch reads (does the id exist?) before it writes; see sqlite-immediate.ts.
    putDocuments: (docs, ingestedAt) => put.immediate(docs, ingestedAt),
    nearDuplicateCandidates(lshKeys) {
      if (lshKeys.length === 0) return [];
      const rows = candidates.all(JSON.stringify([...new Set(lshKeys)])) as {
        id: string;
        signature: Uint8Array | null;
      }[];
      return rows.flatMap((row) =>
        row.signature ? [{ id: row.id as DocumentId, signature: signatureOf(row.signature) }] : [],
      );
    },
  };
}
