import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type Annotations, type DocumentId, SitrepError } from '../core/index.js';
import { migrationProvider } from './migrations/index.js';
import { redactedUrl } from './open-store.js';
import { chunks, pgFiltered, pgNearDuplicateCandidates, putPgDocuments } from './pg-documents.js';
import { decisionOf, documentOf, summaryOf } from './rows.js';
import { type Database, summaryColumns } from './schema.js';
import type {
  Decision,
  DecisionQuery,
  DocumentFilter,
  DocumentListing,
  NewDecision,
  NewDocument,
  Store,
  StoredAnnotations,
} from './store.js';

/**
 * Opens (migrating if needed) a PostgreSQL store: `postgres://user:password@host/db`. The tables go
 * in the first schema of the connection's `search_path` (`?options=-c%20search_path%3Dname`).
 */
export async function openPgStore(connectionString: string): Promise<Store> {
  const where = redactedUrl(connectionString);
  const pool = new pg.Pool({ connectionString, max: 4 });
  // An idle connection dropped by the server: the next query reports it, the process lives on.
  pool.on('error', () => {});
  try {
    (await pool.connect()).release();
  } catch (cause) {
    await pool.end();
    throw new SitrepError('E_STORE_OPEN', `cannot open the database ${where}: ${(cause as Error).message}`, {
      cause,
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new SitrepError('E_STORE_MIGRATION', `cannot migrate ${where}: ${(error as Error).message}`);
  }
  return new PgStore(db);
}

/** Byte order of ids as SQLite sorts them, whatever the database's collation. */
const byId = sql`id collate "C"`;

class PgStore implements Store {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  putDocuments(docs: readonly NewDocument[]) {
    return putPgDocuments(this.#db, docs, new Date().toISOString());
  }

  async getDocument(idOrPrefix: string) {
    const rows = await this.#db
      .selectFrom('documents')
      .selectAll()
      .where('id', 'like', `${idOrPrefix.toLowerCase().replace(/[%_\\]/g, '')}%`)
      .limit(2)
      .execute();
    if (rows.length > 1 && rows[0]?.id !== idOrPrefix) {
      throw new SitrepError('E_AMBIGUOUS_ID', `the id prefix ${idOrPrefix} matches more than one document`);
    }
    const row = rows.find((r) => r.id === idOrPrefix) ?? rows[0];
    return row ? documentOf(row) : undefined;
  }

  async listDocuments(listing: DocumentListing = {}) {
    const direction = listing.order === 'oldest' ? 'asc' : 'desc';
    let query = pgFiltered(this.#db, listing)
      .select([...summaryColumns, sql<number>`length(text)`.as('length')])
      .orderBy(sql`published is null`)
      .orderBy('published', direction)
      .orderBy('ingested_at', direction)
      .orderBy(byId)
      .offset(listing.offset ?? 0);
    if (listing.limit !== undefined) query = query.limit(listing.limit);
    return (await query.execute()).map(summaryOf);
  }

  async countDocuments(filter: DocumentFilter = {}) {
    const row = await pgFiltered(this.#db, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async allDocumentIds() {
    const rows = await this.#db.selectFrom('documents').select('id').orderBy(byId).execute();
    return rows.map((r) => r.id as DocumentId);
  }

  nearDuplicateCandidates(lshKeys: readonly number[]) {
    return pgNearDuplicateCandidates(this.#db, lshKeys);
  }

  async putAnnotations(batch: readonly StoredAnnotations[]) {
    if (batch.length === 0) return;
    const at = new Date().toISOString();
    // One row per document, the last given winning (PostgreSQL refuses to update a row twice).
    const last = [...new Map(batch.map((a) => [a.documentId, a])).values()];
    await this.#db.transaction().execute(async (trx) => {
      for (const part of chunks(last, 100)) {
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
      .orderBy(sql`documents.id collate "C"`)
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
    return (await this.findDecisions(kind ? { kind } : {})).decisions;
  }

  async findDecisions(q: DecisionQuery) {
    let query = this.#db.selectFrom('decisions');
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.target) query = query.where('target', '=', q.target);
    let page = query
      .selectAll()
      .orderBy('id')
      .offset(q.offset ?? 0);
    if (q.limit !== undefined) page = page.limit(q.limit);
    const [rows, count] = await Promise.all([
      page.execute(),
      query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { total: Number(count.n), decisions: rows.map(decisionOf) };
  }

  async getDecision(id: number) {
    if (!Number.isSafeInteger(id) || Math.abs(id) > 2 ** 31 - 1) return undefined;
    const row = await this.#db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? decisionOf(row) : undefined;
  }

  async addToken(token: { readonly hash: string; readonly name: string }) {
    if (!/^[0-9a-f]{64}$/.test(token.hash)) {
      throw new SitrepError(
        'E_CONFIG',
        `a token hash must be 64 hex digits, got ${token.hash.length} characters`,
      );
    }
    const createdAt = new Date().toISOString();
    const inserted = await this.#db
      .insertInto('tokens')
      .values({ hash: token.hash, name: token.name, created_at: createdAt })
      .onConflict((oc) => oc.column('hash').doNothing())
      .returning('hash')
      .executeTakeFirst();
    if (!inserted) {
      const existing = await this.tokenByHash(token.hash);
      throw new SitrepError(
        'E_CONFIG',
        `that token is already stored (as ${existing?.name ?? 'another name'})`,
      );
    }
    return { hash: token.hash, name: token.name, createdAt };
  }

  async tokenByHash(hash: string) {
    const row = await this.#db.selectFrom('tokens').selectAll().where('hash', '=', hash).executeTakeFirst();
    return row ? { hash: row.hash, name: row.name, createdAt: row.created_at } : undefined;
  }

  async close() {
    await this.#db.destroy();
  }
}
