import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { type Annotations, type DocumentId, SitrepError } from '../core/index.js';
import { migrationProvider } from './migrations/index.js';
import { documentOf, rowOf, signatureOf, summaryOf } from './rows.js';
import type { Database } from './schema.js';
import type { Decision, NewDecision, PutResult, Store, StoredAnnotations } from './store.js';

const CHUNK = 200;

const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** Opens (creating and migrating if needed) a SQLite store. `:memory:` works for tests. */
export async function openSqliteStore(path: string): Promise<Store> {
  let database: BetterSqlite3.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    database = new BetterSqlite3(path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
  } catch (cause) {
    throw new SitrepError('E_STORE_OPEN', `cannot open the database ${path}: ${(cause as Error).message}`, {
      cause,
    });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new SitrepError('E_STORE_MIGRATION', `cannot migrate ${path}: ${(error as Error).message}`);
  }
  return new SqliteStore(db);
}

const summaryColumns = [
  'id',
  'origin',
  'format',
  'title',
  'title_source',
  'outlet',
  'outlet_source',
  'author',
  'author_source',
  'published',
  'published_precision',
  'published_source',
  'published_inferred',
  'language',
  'language_source',
  'url',
  'ingested_at',
  'near_duplicate_of',
  'similarity',
] as const;

class SqliteStore implements Store {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async putDocuments(docs: Parameters<Store['putDocuments']>[0]): Promise<PutResult[]> {
    if (docs.length === 0) return [];
    const ingestedAt = new Date().toISOString();
    return this.#db.transaction().execute(async (trx) => {
      const existing = new Set<string>();
      for (const part of chunks(docs.map((d) => d.id))) {
        const rows = await trx.selectFrom('documents').select('id').where('id', 'in', part).execute();
        for (const r of rows) existing.add(r.id);
      }
      const fresh = [...new Map(docs.filter((d) => !existing.has(d.id)).map((d) => [d.id, d])).values()];
      for (const part of chunks(fresh)) {
        await trx
          .insertInto('documents')
          .values(part.map((d) => rowOf(d, ingestedAt)))
          .execute();
      }
      const lsh = fresh.flatMap((d) => (d.lshKeys ?? []).map((key) => ({ key, document_id: d.id })));
      for (const part of chunks(lsh, 2000)) await trx.insertInto('lsh').values(part).execute();
      const added = new Set<string>();
      return docs.map((d) => {
        const status = existing.has(d.id) || added.has(d.id) ? 'unchanged' : 'added';
        added.add(d.id);
        return { id: d.id, origin: d.origin, status };
      });
    });
  }

  async getDocument(idOrPrefix: string) {
    const rows = await this.#db
      .selectFrom('documents')
      .selectAll()
      .where('id', 'like', `${idOrPrefix.replace(/[%_]/g, '')}%`)
      .limit(2)
      .execute();
    if (rows.length > 1 && rows[0]?.id !== idOrPrefix) {
      throw new SitrepError('E_AMBIGUOUS_ID', `the id prefix ${idOrPrefix} matches more than one document`);
    }
    const row = rows.find((r) => r.id === idOrPrefix) ?? rows[0];
    return row ? documentOf(row) : undefined;
  }

  async listDocuments(listing: Parameters<Store['listDocuments']>[0] = {}) {
    const direction = listing.order === 'oldest' ? 'asc' : 'desc';
    const rows = await this.#db
      .selectFrom('documents')
      .select([...summaryColumns, sql<number>`length(text)`.as('length')])
      .orderBy(sql`published is null`)
      .orderBy('published', direction)
      .orderBy('ingested_at', direction)
      .orderBy('id')
      .limit(listing.limit ?? -1)
      .offset(listing.offset ?? 0)
      .execute();
    return rows.map(summaryOf);
  }

  async countDocuments() {
    const row = await this.#db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async allDocumentIds() {
    const rows = await this.#db.selectFrom('documents').select('id').orderBy('id').execute();
    return rows.map((r) => r.id as DocumentId);
  }

  async nearDuplicateCandidates(lshKeys: readonly string[]) {
    if (lshKeys.length === 0) return [];
    const seen = new Map<string, Uint32Array>();
    for (const part of chunks([...new Set(lshKeys)], 500)) {
      const rows = await this.#db
        .selectFrom('lsh')
        .innerJoin('documents', 'documents.id', 'lsh.document_id')
        .select(['documents.id', 'documents.signature'])
        .where('lsh.key', 'in', part)
        .where('documents.near_duplicate_of', 'is', null)
        .execute();
      for (const r of rows) if (r.signature && !seen.has(r.id)) seen.set(r.id, signatureOf(r.signature));
    }
    return [...seen].map(([id, signature]) => ({ id: id as DocumentId, signature }));
  }

  async putAnnotations(batch: readonly StoredAnnotations[]) {
    if (batch.length === 0) return;
    const at = new Date().toISOString();
    await this.#db.transaction().execute(async (trx) => {
      for (const part of chunks(batch, 100)) {
        await trx
          .insertInto('annotations')
          .values(
            part.map((a) => ({
              document_id: a.documentId,
              version: a.version,
              json: JSON.stringify(a.annotations),
              annotated_at: at,
            })),
          )
          .onConflict((oc) =>
            oc.column('document_id').doUpdateSet((eb) => ({
              version: eb.ref('excluded.version'),
              json: eb.ref('excluded.json'),
              annotated_at: eb.ref('excluded.annotated_at'),
            })),
          )
          .execute();
      }
    });
  }

  async getAnnotations(id: DocumentId) {
    const row = await this.#db
      .selectFrom('annotations')
      .selectAll()
      .where('document_id', '=', id)
      .executeTakeFirst();
    return row
      ? { documentId: id, version: row.version, annotations: JSON.parse(row.json) as Annotations }
      : undefined;
  }

  async documentsToAnnotate(version: string) {
    const rows = await this.#db
      .selectFrom('documents')
      .leftJoin('annotations', 'annotations.document_id', 'documents.id')
      .select('documents.id')
      .where((eb) => eb.or([eb('annotations.version', 'is', null), eb('annotations.version', '!=', version)]))
      .orderBy('documents.id')
      .execute();
    return rows.map((r) => r.id as DocumentId);
  }

  async addDecision(decision: NewDecision): Promise<Decision> {
    const at = decision.at ?? new Date().toISOString();
    const row = await this.#db
      .insertInto('decisions')
      .values({
        who: decision.who,
        at,
        kind: decision.kind,
        target: decision.target,
        before: decision.before === undefined ? null : JSON.stringify(decision.before),
        after: JSON.stringify(decision.after),
        note: decision.note ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...decision, id: row.id, at };
  }

  async listDecisions(kind?: string) {
    let query = this.#db.selectFrom('decisions').selectAll().orderBy('id');
    if (kind) query = query.where('kind', '=', kind);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      who: r.who,
      at: r.at,
      kind: r.kind,
      target: r.target,
      before: r.before === null ? undefined : (JSON.parse(r.before) as unknown),
      after: JSON.parse(r.after) as unknown,
      ...(r.note !== null ? { note: r.note } : {}),
    }));
  }

  async close() {
    await this.#db.destroy();
  }
}
