import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { hasShared, sharedPath } from '../core/index.js';
import { freshSchema } from '../store/pg-test-schema.js';
import { spawnCli } from '../test-support/run-cli.js';
import { processCpuSeconds, threadCpuSecondsOf, totalCpuSeconds } from './process-cpu.js';

export interface WorkersRun {
  readonly workers: number;
  readonly documents: number;
  /** Over the middle half of the documents (see timeWorkers). */
  readonly docsPerSecond: number;
  /** Sum over the workers of documents each annotated and stored; equal to `documents` when none twice. */
  readonly annotated: number;
  readonly skipped: number;
  readonly stored: number;
  /** CPU seconds per document of the worker processes (all their threads), over the middle half. */
  readonly workerCpuPerDoc: number | undefined;
  /** The same by thread (see ThreadCpu); undefined where /proc cannot be read. */
  readonly threadCpuPerDoc: ThreadCpu | undefined;
  /** CPU seconds per document of the PostgreSQL backends serving this database (a local server only). */
  readonly databaseCpuPerDoc: number | undefined;
  readonly loadAverage: number;
}

/**
 * A worker's CPU seconds split by thread: its main thread (queue, reads, writes), its annotation
 * thread (the busiest other one: each worker runs one) and the rest (V8's compiler and collector
 * helpers, libuv), summed over the workers.
 */
export interface ThreadCpu {
  readonly main: number;
  readonly annotation: number;
  readonly other: number;
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

/** What the bench reads while the workers run: when, how many stored, CPU used so far. */
interface Sample {
  readonly at: number;
  readonly stored: number;
  readonly workerCpu: number | undefined;
  /** CPU seconds of each thread of each worker (by process id, then thread id). */
  readonly threadCpu: ReadonlyMap<number, ReadonlyMap<number, number>>;
  /** CPU seconds of each database backend serving this database (by process id). */
  readonly databaseCpu: ReadonlyMap<number, number | undefined>;
}

/** From one sample to a later one: the documents stored, per second and their CPU per document. */
function between(a: Sample, b: Sample) {
  const docs = b.stored - a.stored;
  let database: number | undefined = 0;
  for (const [pid, cpu] of b.databaseCpu) {
    if (cpu === undefined || database === undefined) database = undefined;
    else database += cpu - (a.databaseCpu.get(pid) ?? 0);
  }
  const worker =
    a.workerCpu === undefined || b.workerCpu === undefined ? undefined : b.workerCpu - a.workerCpu;
  const threads = threadsBetween(a, b);
  return {
    docsPerSecond: (docs * 1000) / Math.max(1, b.at - a.at),
    workerCpuPerDoc: worker === undefined ? undefined : worker / docs,
    threadCpuPerDoc: threads && {
      main: threads.main / docs,
      annotation: threads.annotation / docs,
      other: threads.other / docs,
    },
    databaseCpuPerDoc: database === undefined ? undefined : database / docs,
  };
}

/** Each worker's thread CPU from one sample to a later one, summed over the workers. */
function threadsBetween(a: Sample, b: Sample): ThreadCpu | undefined {
  let [main, annotation, other] = [0, 0, 0];
  for (const [pid, after] of b.threadCpu) {
    const before = a.threadCpu.get(pid);
    if (!before || after.size === 0) return undefined;
    const used = [...after].map(([tid, s]) => ({ tid, s: s - (before.get(tid) ?? 0) }));
    const rest = used.filter((t) => t.tid !== pid).sort((x, y) => y.s - x.s);
    main += used.find((t) => t.tid === pid)?.s ?? 0;
    annotation += rest[0]?.s ?? 0;
    other += rest.slice(1).reduce((sum, t) => sum + t.s, 0);
  }
  return { main, annotation, other };
}

/**
 * Starts `workers` single-thread workers on a fresh schema and waits until each is listening, then
 * ingests the articles (which queues them), so no worker's start-up falls inside the timing. The
 * figures are those of the middle half of the documents: a worker's first documents run slower
 * while V8 compiles the annotator (about twice the steady cost), and the last ones leave a worker
 * idle.
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
    const sample = async (): Promise<Sample> => {
      const pids = await backendPids(client);
      return {
        at: Date.now(),
        stored: await count('annotations'),
        workerCpu: totalCpuSeconds(running.map((w) => w.child.pid)),
        threadCpu: new Map(running.map((w) => [w.child.pid ?? 0, threadCpuSecondsOf(w.child.pid)])),
        databaseCpu: new Map(pids.map((pid) => [pid, processCpuSeconds(pid)])),
      };
    };
    // What ingest stored (an article without text is refused), not the lines given.
    const expected = await count('documents');
    const deadline = Date.now() + 30 * 60_000;
    let quarter: Sample | undefined;
    let threeQuarters: Sample | undefined;
    for (let now = await sample(); now.stored < expected; now = await sample()) {
      if (Date.now() > deadline) throw new Error('bench scale: the workers did not finish in 30 minutes');
      if (!quarter && now.stored >= expected / 4) quarter = now;
      if (!threeQuarters && now.stored >= (expected * 3) / 4) threeQuarters = now;
      await sleep(250);
    }
    for (const w of running) w.child.kill('SIGTERM');
    const results = await Promise.all(running.map((w) => w.done));
    for (const r of results) if (r.code !== 0) throw new Error(`bench scale: worker failed: ${r.stderr}`);
    const counts = results.map((r) => JSON.parse(r.stdout) as { annotated: number; skipped: number });
    if (!quarter || !threeQuarters || threeQuarters.stored <= quarter.stored) {
      throw new Error('bench scale: too few documents to time the middle half');
    }
    return {
      workers,
      documents: expected,
      ...between(quarter, threeQuarters),
      annotated: counts.reduce((a, c) => a + c.annotated, 0),
      skipped: counts.reduce((a, c) => a + c.skipped, 0),
      stored: await count('annotations'),
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
  const documents = small ? 200 : 1000;
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
      `workers ${ms(r.workerCpuPerDoc)}${byThread(r.threadCpuPerDoc)}, PostgreSQL ${ms(r.databaseCpuPerDoc)}; ` +
      `load average ${r.loadAverage.toFixed(1)}`;
    const byThread = (t: ThreadCpu | undefined) =>
      t
        ? ` (main thread ${ms(t.main)}, annotation thread ${ms(t.annotation)}, ` +
          `other threads: V8 compiler and collector ${ms(t.other)})`
        : '';
    console.log(
      `scale      ${documents} war-media articles through the PostgreSQL queue (one annotation thread per worker; ` +
        `figures over the middle half of the documents):\n` +
        `  ${line(one)}\n  ${line(two)}\n` +
        `  ratio ${(two.docsPerSecond / one.docsPerSecond).toFixed(2)} (goal >= 1.7 on ${availableParallelism()} cores: ` +
        `two workers need a core each, so other load on the machine lowers it)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
