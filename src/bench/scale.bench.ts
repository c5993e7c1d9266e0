import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { hasShared, sharedPath } from '../core/index.js';
import { freshSchema } from '../store/pg-test-schema.js';
import { spawnCli } from '../test-support/run-cli.js';

export interface WorkersRun {
  readonly workers: number;
  readonly documents: number;
  /** From the first document stored by any worker to the last: start-up left out. */
  readonly docsPerSecond: number;
  /** Sum over the workers of documents each annotated and stored; equal to `documents` when none twice. */
  readonly annotated: number;
  readonly skipped: number;
  readonly stored: number;
}

const WAR_MEDIA = ['corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz'] as const;

/** The CLI in a child process: `ready` once it has written `readyOn` to stderr, `done` when it exits. */
const start = (args: readonly string[], readyOn = '') => {
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const { child, done } = spawnCli(args, {
    onStderr: (stderr) => {
      if (stderr.includes(readyOn)) markReady();
    },
  });
  return { child, ready, done };
};

/**
 * Starts `workers` single-thread workers on a fresh schema and waits until each is listening, then
 * ingests the articles (which queues them), so no worker's start-up falls inside the timing.
 */
async function timeWorkers(url: string, input: string, workers: number): Promise<WorkersRun> {
  const schema = await freshSchema(url);
  const client = new pg.Client({ connectionString: schema.url });
  const running = Array.from({ length: workers }, () =>
    start(['worker', '--db', schema.url, '--threads', '1', '--json'], 'worker: '),
  );
  try {
    await Promise.all(running.map((w) => w.ready));
    const ingest = await start(['ingest', input, '--db', schema.url]).done;
    if (ingest.code !== 0) throw new Error(`bench scale: ingest failed: ${ingest.stderr}`);
    await client.connect();
    const count = async (table: string) =>
      Number((await client.query(`select count(*) as n from ${table}`)).rows[0]?.n);
    // What ingest stored (an article without text is refused), not the lines given.
    const expected = await count('documents');
    const deadline = Date.now() + 30 * 60_000;
    while ((await count('annotations')) < expected) {
      if (Date.now() > deadline) throw new Error('bench scale: the workers did not finish in 30 minutes');
      await sleep(250);
    }
    for (const w of running) w.child.kill('SIGTERM');
    const results = await Promise.all(running.map((w) => w.done));
    for (const r of results) if (r.code !== 0) throw new Error(`bench scale: worker failed: ${r.stderr}`);
    const counts = results.map((r) => JSON.parse(r.stdout) as { annotated: number; skipped: number });
    const { rows } = await client.query<{ n: string; first: string; last: string }>(
      'select count(*) as n, min(annotated_at) as first, max(annotated_at) as last from annotations',
    );
    const row = rows[0];
    const seconds = row ? (Date.parse(row.last) - Date.parse(row.first)) / 1000 : 0;
    const n = Number(row?.n ?? 0);
    return {
      workers,
      documents: expected,
      docsPerSecond: seconds > 0 ? (n - 1) / seconds : 0,
      annotated: counts.reduce((a, c) => a + c.annotated, 0),
      skipped: counts.reduce((a, c) => a + c.skipped, 0),
      stored: n,
    };
  } finally {
    for (const w of running) w.child.kill('SIGKILL');
    await client.end().catch(() => {});
    await schema.drop();
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * `npm run bench -- --only scale`: the same real articles annotated by one queue worker, then by
 * two, on one PostgreSQL (SITREP_PG_URL); each worker one thread, so two fill this machine's two
 * cores. Skipped, with a line saying why, without a server or the corpus.
 */
export async function runScaleBench(small: boolean): Promise<void> {
  const url = process.env.SITREP_PG_URL;
  const reachable = url ? await canConnect(url) : false;
  if (!url || !reachable) {
    console.log(
      'scale      skipped: no PostgreSQL reachable (set SITREP_PG_URL=postgres://user:pass@host/db)',
    );
    return;
  }
  if (!hasShared(...WAR_MEDIA)) {
    console.log(`scale      skipped: needs ${sharedPath(...WAR_MEDIA)}`);
    return;
  }
  const documents = small ? 80 : 300;
  const lines = gunzipSync(readFileSync(sharedPath(...WAR_MEDIA)))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim());
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-scale-'));
  try {
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, `${lines.slice(0, documents).join('\n')}\n`);
    const one = await timeWorkers(url, input, 1);
    const two = await timeWorkers(url, input, 2);
    const once = (r: WorkersRun) =>
      r.annotated === r.stored && r.stored === r.documents
        ? 'each once'
        : `${r.annotated} annotations for ${r.stored}`;
    console.log(
      `scale      ${documents} war-media articles through the PostgreSQL queue (one thread per worker): ` +
        `1 worker ${one.docsPerSecond.toFixed(2)} docs/s (${once(one)}); 2 workers ${two.docsPerSecond.toFixed(2)} docs/s ` +
        `(${once(two)}); ratio ${(two.docsPerSecond / one.docsPerSecond).toFixed(2)} (goal >= 1.7; ` +
        `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores: two workers need a core each)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
