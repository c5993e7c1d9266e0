import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { documentIdOf } from '../core/index.js';
import { lshKeys, minhash, normalizeText } from '../ingest/index.js';
import { ingestInputs } from '../jobs/ingest-job.js';
import { openSqliteStore } from '../store/index.js';
import { rowOf } from '../store/rows.js';
import { syntheticArticle } from './generate.js';

/**
 * This process's CPU time (user + system) in seconds. Both sides run on one thread, so CPU time
 * compares the work itself and stays fair when other processes load the machine mid-run.
 */
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

export interface IngestBench {
  readonly documents: number;
  readonly ingestPerSecond: number;
  readonly rawInsertPerSecond: number;
  readonly ratio: number;
  /** The same ratio by wall-clock time, which other load on the machine skews. */
  readonly wallRatio: number;
}

/**
 * Ingests N generated unique documents from a JSONL file through the whole ingest path (read,
 * parse, metadata, normalize, hash, MinHash, near-duplicate lookup, transactional batches) and
 * compares with raw better-sqlite3 inserts of the same rows into the same schema, in the same run.
 */
export async function benchIngest(documents: number): Promise<IngestBench> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    const articles = Array.from({ length: documents }, (_, i) => syntheticArticle(i));
    const jsonl = join(dir, 'articles.jsonl');
    writeFileSync(
      jsonl,
      articles
        .map((a, i) => JSON.stringify({ ...a, outlet: `Outlet ${i % 15}`, published: '2022-12-01' }))
        .join('\n'),
    );

    const store = await openSqliteStore(join(dir, 'ingest.db'));
    const started = cpuSeconds();
    const wallStarted = performance.now();
    const summary = await ingestInputs(store, [jsonl], { collect: { maxBytes: 1 << 30 } });
    const ingestSeconds = cpuSeconds() - started;
    const ingestWall = performance.now() - wallStarted;
    await store.close();
    if (summary.added !== documents) throw new Error(`bench: ingested ${summary.added} of ${documents}`);

    // The baseline writes exactly the rows ingest writes (documents with all their columns and their
    // LSH keys) into the same schema with plain prepared statements in one transaction; everything
    // ingest does beyond that (reading, parsing, metadata, hashing, lookups) is what the ratio shows.
    const now = new Date().toISOString();
    const rows = articles.map((a, i) => {
      const text = normalizeText(a.text);
      const signature = minhash(text);
      const doc = {
        id: documentIdOf(text),
        origin: `${jsonl}#line ${i + 1}`,
        format: 'jsonl',
        text,
        meta: {},
        signature,
      };
      return { row: rowOf(doc, now), keys: lshKeys(signature) };
    });
    const empty = await openSqliteStore(join(dir, 'raw.db'));
    await empty.close();
    const raw = new BetterSqlite3(join(dir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    const first = rows[0]?.row ?? {};
    const columns = Object.keys(first);
    const insert = raw.prepare(
      `insert into documents (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    );
    const insertKey = raw.prepare('insert into lsh (key, document_id) values (?, ?)');
    const rawStarted = cpuSeconds();
    const rawWallStarted = performance.now();
    raw.transaction(() => {
      for (const { row, keys } of rows) {
        insert.run(...Object.values(row));
        for (const key of keys) insertKey.run(key, row.id);
      }
    })();
    const rawSeconds = cpuSeconds() - rawStarted;
    const rawWall = performance.now() - rawWallStarted;
    raw.close();

    const ingestPerSecond = documents / ingestSeconds;
    const rawInsertPerSecond = documents / rawSeconds;
    return {
      documents,
      ingestPerSecond,
      rawInsertPerSecond,
      ratio: ingestPerSecond / rawInsertPerSecond,
      wallRatio: rawWall / ingestWall,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
