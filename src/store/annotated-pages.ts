import { type Kysely, sql } from 'kysely';
import { parseAnnotations } from './annotations-json.js';
import { documentOf } from './rows.js';
import { type Database, summaryColumns } from './schema.js';
import type { DialectNotes } from './shared-queries.js';
import type { AnnotatedDocument, AnnotatedListing } from './store.js';

/**
 * A small page: a page's rows and their parse live while it is read, long enough to be promoted
 * among the documents kept, and die there as holes the heap keeps. Loading the 6,861 war-media
 * articles peaked at 559 MB resident 200 a page, 463 MB at 50, 404 MB at 10 (and took 28 s, not 47).
 */
const DEFAULT_PAGE = 10;

/**
 * Documents joined with their annotations, one page per query. Pages follow the id (keyset, not
 * offset), so each query is an index range however deep into the collection it reads, and a document
 * stored meanwhile cannot shift a page.
 */
export async function* annotatedPages(
  db: Kysely<Database>,
  dialect: DialectNotes,
  listing: AnnotatedListing = {},
): AsyncGenerator<AnnotatedDocument[]> {
  const pageSize = Math.max(1, Math.floor(listing.pageSize ?? DEFAULT_PAGE));
  let after: string | undefined;
  for (;;) {
    let query = db
      .selectFrom('documents')
      .innerJoin('annotations', 'annotations.document_id', 'documents.id')
      .select([...summaryColumns, 'text', 'version', 'json']);
    if (!listing.withCopies) query = query.where('near_duplicate_of', 'is', null);
    if (after !== undefined) query = query.where(sql<boolean>`${dialect.idOrder('documents.id')} > ${after}`);
    const rows = await query.orderBy(dialect.idOrder('documents.id')).limit(pageSize).execute();
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      doc: documentOf(row),
      version: row.version,
      annotations: parseAnnotations(row.json),
    }));
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]?.id;
  }
}
