import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { hasShared, sharedPath } from '../core/index.js';
import { freshSchema } from '../store/pg-test-schema.js';
import { spawnCli } from '../test-support/run-cli.js';
import { processCpuSeconds, totalCpuSeconds } from './process-cpu.js';

export interface WorkersRun {
  readonly workers: number;
  readonly documents: number;
  /** From the first document stored by any worker to the last: start-up left out. */
  readonly docsPerSecond: number;
  /** Sum over the workers of documents each annotated and stored; equal to `documents` when none twice. */
  readonly annotated: number;
  readonly skipped: number;
  readonly stored: number;
  /** CPU seconds per document of the worker processes (all their threads), from ready to stop. */
  readonly workerCpuPerDoc: number | undefined;
  /** CPU seconds per document of the PostgreSQL backends serving this database (a local server only). */
  readonly databaseCpuPerDoc: number | undefined;
  readonly loadAverage: number;
}

const WAR_MEDIA = ['corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz'] as const;

/** How long a worker may take to start (open the store and queue, load its models) under load. */
const READY_SECONDS = 180;

/**
 * The CLI in a child process: `ready` once it has written `readyOn` to stderr (rejected if it
 * exits first or stays silent past READY_SECONDS), `done` when it exits.
 */
const start = (args: readonly string[], readyOn = '') => {
  let markReady = () => {};
  let said = '';
  const { child, done } = spawnCli(args, {
    onStderr: (stderr) => {
      said = stderr;
      if (stderr.includes(readyOn)) markReady();
    },
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      const last = said.trim().split('\n').at(-1) || 'nothing';
      reject(
        new Error(
          `bench scale: \`sitrep ${args[0]}\` did not start within ${READY_SECONDS} s (it said: ${last})`,
        ),
      );
    }, READY_SECONDS * 1000);
    markReady = () => {
      clearTimeout(timer);
      resolve();
    };
    void done.then((exit) => {
      clearTimeout(timer);
      reject(
        new Error(
          `bench scale: \`sitrep ${args[0]}\` exited (${exit.code}) before it was ready: ${exit.stderr}`,
        ),
      );
    });
  });
  // A rejection nobody awaits yet (the worker exits after it was ready) is no crash.
  ready.catch(() => {});
  return { child, ready, done };
};

/** The server processes behind this database's connections (other than the one asking). */
const backendPids = async (client: pg.Client): Promise<number[]> =>
  (
    await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    )
  ).rows.map((r) => r.pid);

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
    // Start-up (modules, models) left out: the CPU each worker has used by the time it is ready.
    const workerStart = totalCpuSeconds(running.map((w) => w.child.pid));
    const ingest = await start(['ingest', input, '--db', schema.url]).done;
    if (ingest.code !== 0) throw new Error(`bench scale: ingest failed: ${ingest.stderr}`);
    await client.connect();
    const before = new Map((await backendPids(client)).map((pid) => [pid, processCpuSeconds(pid) ?? 0]));
    const count = async (table: string) =>
      Number((await client.query(`select count(*) as n from ${table}`)).rows[0]?.n);
    // What ingest stored (an article without text is refused), not the lines given.
    const expected = await count('documents');
    const deadline = Date.now() + 30 * 60_000;
    while ((await count('annotations')) < expected) {
      if (Date.now() > deadline) throw new Error('bench scale: the workers did not finish in 30 minutes');
      await sleep(250);
    }
    const pids = await backendPids(client);
    const database = totalCpuSeconds(pids);
    const databaseCpu =
      database === undefined ? undefined : database - pids.reduce((a, p) => a + (before.get(p) ?? 0), 0);
    const workerEnd = totalCpuSeconds(running.map((w) => w.child.pid));
    const workerCpu =
      workerEnd === undefined || workerStart === undefined ? undefined : workerEnd - workerStart;
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
      workerCpuPerDoc: workerCpu === undefined ? undefined : workerCpu / n,
      databaseCpuPerDoc: databaseCpu === undefined ? undefined : databaseCpu / n,
      loadAverage: loadavg()[0] ?? 0,
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
    const ms = (s: number | undefined) => (s === undefined ? 'n/a' : `${(s * 1000).toFixed(1)} ms`);
    const line = (r: WorkersRun) =>
      `${r.workers} worker${r.workers > 1 ? 's' : ' '} ${r.docsPerSecond.toFixed(2)} docs/s (${once(r)}); CPU per document: ` +
      `workers ${ms(r.workerCpuPerDoc)}, PostgreSQL ${ms(r.databaseCpuPerDoc)}; load average ${r.loadAverage.toFixed(1)}`;
    console.log(
      `scale      ${documents} war-media articles through the PostgreSQL queue (one annotation thread per worker):\n` +
        `  ${line(one)}\n  ${line(two)}\n` +
        `  ratio ${(two.docsPerSecond / one.docsPerSecond).toFixed(2)} (goal >= 1.7 on ${availableParallelism()} cores: ` +
        `two workers need a core each, so other load on the machine lowers it)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
