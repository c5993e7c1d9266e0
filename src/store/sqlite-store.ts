import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { type Annotations, type DocumentId, SitrepError } from '../core/index.js';
import { type BulkStatements, bulkStatements } from './bulk-statements.js';
import { migrationProvider } from './migrations/index.js';
import { decisionOf, documentOf, summaryOf } from './rows.js';
import { type Database, summaryColumns } from './schema.js';
import type {
  Decision,
  DecisionQuery,
  DocumentFilter,
  NewDecision,
  PutResult,
  Store,
  StoredAnnotations,
} from './store.js';

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
  return new SqliteStore(db, database);
}

class SqliteStore implements Store {
  readonly #db: Kysely<Database>;
  readonly #bulk: BulkStatements;

  constructor(db: Kysely<Database>, database: BetterSqlite3.Database) {
    this.#db = db;
    this.#bulk = bulkStatements(database);
  }

  /**
   * The ingest hot path: prepared statements run synchronously in one better-sqlite3 transaction,
   * several times faster than building a Kysely query per batch. The SQL stays inside store/.
   */
  async putDocuments(docs: Parameters<Store['putDocuments']>[0]): Promise<PutResult[]> {
    if (docs.length === 0) return [];
    return this.#bulk.putDocuments(docs, new Date().toISOString());
  }

  async getDocument(idOrPrefix: string) {
    // A range on the primary key (ids are lower-case hex), not LIKE: SQLite's case-insensitive LIKE
    // cannot use the index, and a scan of every text per lookup made the API crawl on 10,000 documents.
    const prefix = idOrPrefix.toLowerCase();
    const rows = await this.#db
      .selectFrom('documents')
      .selectAll()
      .where('id', '>=', prefix)
      .where('id', '<', `${prefix}\uffff`)
      .orderBy('id')
      .limit(2)
      .execute();
    if (rows.length > 1 && rows[0]?.id !== idOrPrefix) {
      throw new SitrepError('E_AMBIGUOUS_ID', `the id prefix ${idOrPrefix} matches more than one document`);
    }
    const row = rows.find((r) => r.id === idOrPrefix) ?? rows[0];
    return row ? documentOf(row) : undefined;
  }

  /** The documents a filter takes: outlet by name, a LIKE substring of title or text (`%`, `_` literal). */
  #filtered(filter: DocumentFilter) {
    let query = this.#db.selectFrom('documents');
    if (filter.outlet) query = query.where(sql<boolean>`outlet = ${filter.outlet} collate nocase`);
    if (filter.contains) {
      const pattern = `%${filter.contains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where(
        sql<boolean>`(title like ${pattern} escape '\\' or text like ${pattern} escape '\\')`,
      );
    }
    return query;
  }

  async listDocuments(listing: Parameters<Store['listDocuments']>[0] = {}) {
    const direction = listing.order === 'oldest' ? 'asc' : 'desc';
    const rows = await this.#filtered(listing)
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

  async countDocuments(filter: DocumentFilter = {}) {
    const row = await this.#filtered(filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async allDocumentIds() {
    const rows = await this.#db.selectFrom('documents').select('id').orderBy('id').execute();
    return rows.map((r) => r.id as DocumentId);
  }

  async nearDuplicateCandidates(lshKeys: readonly number[]) {
    return this.#bulk.nearDuplicateCandidates(lshKeys);
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
    return (await this.findDecisions(kind ? { kind } : {})).decisions;
  }

  async findDecisions(q: DecisionQuery) {
    let query = this.#db.selectFrom('decisions');
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.target) query = query.where('target', '=', q.target);
    const [rows, count] = await Promise.all([
      query
        .selectAll()
        .orderBy('id')
        .limit(q.limit ?? -1)
        .offset(q.offset ?? 0)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { total: Number(count.n), decisions: rows.map(decisionOf) };
  }

  async getDecision(id: number) {
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
    const existing = await this.tokenByHash(token.hash);
    if (existing) throw new SitrepError('E_CONFIG', `that token is already stored (as ${existing.name})`);
    await this.#db
      .insertInto('tokens')
      .values({ hash: token.hash, name: token.name, created_at: createdAt })
      .execute();
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
