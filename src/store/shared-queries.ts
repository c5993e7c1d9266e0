import { type Kysely, type RawBuilder, sql } from 'kysely';
import { type DocumentId, SitrepError } from '../core/index.js';
import { annotatedPages } from './annotated-pages.js';
import { annotationWrites } from './annotation-writes.js';
import { parseAnnotations } from './annotations-json.js';
import { factsQueries } from './facts-queries.js';
import { decisionOf } from './rows.js';
import type { Database } from './schema.js';
import type { DecisionQuery, NewDecision, Store } from './store.js';

/** Where the dialects differ in these queries: how to order by document id byte-wise. */
export interface DialectNotes {
  /** An `order by` expression that sorts document ids as bytes, given the id column's name. */
  readonly idOrder: (column: 'id' | 'documents.id') => RawBuilder<unknown>;
}

type SharedMethods =
  | 'allDocumentIds'
  | 'putAnnotations'
  | 'recordFailures'
  | 'listFailures'
  | 'getAnnotations'
  | 'documentsWithAnnotations'
  | 'documentsToAnnotate'
  | 'textsToAnnotate'
  | 'putFacts'
  | 'factsOf'
  | 'version'
  | 'addDecision'
  | 'listDecisions'
  | 'findDecisions'
  | 'getDecision'
  | 'addToken'
  | 'tokenByHash'
  | 'close';

/**
 * The store methods whose Kysely queries read the same on SQLite and PostgreSQL: written once,
 * shared by both implementations (documents and near-duplicate lookups differ and live apart).
 */
export function sharedQueries(db: Kysely<Database>, dialect: DialectNotes): Pick<Store, SharedMethods> {
  const tokenByHash = async (hash: string) => {
    const row = await db.selectFrom('tokens').selectAll().where('hash', '=', hash).executeTakeFirst();
    return row ? { hash: row.hash, name: row.name, createdAt: row.created_at } : undefined;
  };
  const findDecisions = async (q: DecisionQuery) => {
    let query = db.selectFrom('decisions');
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.target) query = query.where('target', '=', q.target);
    // SQLite wants a LIMIT before any OFFSET; a limit no collection reaches reads the same on both.
    const page = query
      .selectAll()
      .orderBy('id')
      .limit(q.limit ?? Number.MAX_SAFE_INTEGER)
      .offset(q.offset ?? 0);
    const [rows, count] = await Promise.all([
      page.execute(),
      query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { total: Number(count.n), decisions: rows.map(decisionOf) };
  };

  /** Documents with no annotations or annotations of another version, in id order. */
  const stale = (version: string, among: readonly DocumentId[] | undefined) => {
    const query = db
      .selectFrom('documents')
      .leftJoin('annotations', 'annotations.document_id', 'documents.id')
      .where((eb) => eb.or([eb('annotations.version', 'is', null), eb('annotations.version', '!=', version)]))
      .orderBy(dialect.idOrder('documents.id'));
    return among ? query.where('documents.id', 'in', [...among]) : query;
  };

  return {
    ...annotationWrites(db),
    ...factsQueries(db),

    async allDocumentIds() {
      const rows = await db.selectFrom('documents').select('id').orderBy(dialect.idOrder('id')).execute();
      return rows.map((r) => r.id as DocumentId);
    },

    async getAnnotations(id: DocumentId) {
      const row = await db
        .selectFrom('annotations')
        .selectAll()
        .where('document_id', '=', id)
        .executeTakeFirst();
      return row
        ? { documentId: id, version: row.version, annotations: parseAnnotations(row.json) }
        : undefined;
    },

    documentsWithAnnotations: (listing) => annotatedPages(db, dialect, listing),

    async documentsToAnnotate(version: string, among?: readonly DocumentId[]) {
      if (among?.length === 0) return [];
      const rows = await stale(version, among).select('documents.id').execute();
      return rows.map((r) => r.id as DocumentId);
    },

    async textsToAnnotate(version: string, among: readonly DocumentId[]) {
      if (among.length === 0) return [];
      const rows = await stale(version, among).select(['documents.id', 'documents.text']).execute();
      return rows.map((r) => ({ id: r.id as DocumentId, text: r.text }));
    },

    async addDecision(decision: NewDecision) {
      const at = decision.at ?? new Date().toISOString();
      const row = await db
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
    },

    async listDecisions(kind?: string) {
      return (await findDecisions(kind ? { kind } : {})).decisions;
    },

    findDecisions,

    async getDecision(id: number) {
      if (!Number.isSafeInteger(id) || Math.abs(id) > 2 ** 31 - 1) return undefined;
      const row = await db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? decisionOf(row) : undefined;
    },

    async addToken(token: { readonly hash: string; readonly name: string }) {
      if (!/^[0-9a-f]{64}$/.test(token.hash)) {
        throw new SitrepError(
          'E_CONFIG',
          `a token hash must be 64 hex digits, got ${token.hash.length} characters`,
        );
      }
      const createdAt = new Date().toISOString();
      const inserted = await db
        .insertInto('tokens')
        .values({ hash: token.hash, name: token.name, created_at: createdAt })
        .onConflict((oc) => oc.column('hash').doNothing())
        .returning('hash')
        .executeTakeFirst();
      if (!inserted) {
        const existing = await tokenByHash(token.hash);
        throw new SitrepError(
          'E_CONFIG',
          `that token is already stored (as ${existing?.name ?? 'another name'})`,
        );
      }
      return { hash: token.hash, name: token.name, createdAt };
    },

    tokenByHash,

    async close() {
      await db.destroy();
    },
  };
}

export const plainIdOrder: DialectNotes['idOrder'] = (column) => sql.ref(column);
