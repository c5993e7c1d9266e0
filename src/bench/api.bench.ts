import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { ingestInputs } from '../jobs/ingest-job.js';
import { createApp, newToken, tokenHash } from '../jobs/serve-job.js';
import { openSqliteStore } from '../store/index.js';
import { syntheticArticle } from './generate.js';

export interface EndpointLoad {
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
}

export interface ApiBench {
  readonly documents: number;
  readonly seconds: number;
  readonly connections: number;
  readonly baseline: EndpointLoad;
  readonly endpoints: readonly EndpointLoad[];
}

const CONNECTIONS = 50;
const BENCH_TOKEN = 'bench';
const BASELINE_PATH = '/api/bench-baseline';

/** Runs autocannon against one endpoint; throws when any request failed or was not 2xx. */
async function load(
  name: string,
  url: string,
  auth: string,
  seconds: number,
  paths: readonly string[],
): Promise<EndpointLoad> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: auth },
    requests: [
      {
        setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] ?? '/' }),
      },
    ],
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0 || result.requests.total === 0) {
    throw new Error(
      `bench api: ${name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx of ${result.requests.total} requests`,
    );
  }
  return {
    name,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
  };
}

/**
 * Drives the HTTP API over a store of N generated documents (ingested without annotations: the
 * list endpoints do not need them) with 50 connections per endpoint, and, on the same app and
 * middleware (token check, rate limit, body cap), a bare route returning constant JSON as the
 * baseline. The bench token has its own, unlimited, rate limit; the default is unchanged.
 */
export async function benchApi(documents: number, seconds: number): Promise<ApiBench> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
  const store = await openSqliteStore(join(dir, 'api.db'));
  try {
    const jsonl = join(dir, 'articles.jsonl');
    writeFileSync(
      jsonl,
      Array.from({ length: documents }, (_, i) =>
        JSON.stringify({ ...syntheticArticle(i), outlet: `Outlet ${i % 15}`, published: '2022-12-01' }),
      ).join('\n'),
    );
    const summary = await ingestInputs(store, [jsonl], { collect: { maxBytes: 1 << 30 } });
    if (summary.added !== documents) throw new Error(`bench api: ingested ${summary.added} of ${documents}`);
    for (let i = 0; i < 200; i++)
      await store.addDecision({
        who: 'bench',
        kind: 'merge',
        target: `e${i}`,
        before: null,
        after: `e${i + 1}`,
      });
    const token = newToken();
    await store.addToken({ hash: tokenHash(token), name: BENCH_TOKEN });

    const unlimited = { perSecond: 1e9, burst: 1e9 };
    const { app } = createApp({ store, tokenRateLimits: { [BENCH_TOKEN]: unlimited } });
    const constant = { ok: true, documents: [{ id: '0123456789abcdef', title: 'constant' }] };
    app.get(BASELINE_PATH, (c) => c.json(constant));
    const { server, url } = await new Promise<{ server: ReturnType<typeof serve>; url: string }>((done) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
        done({ server: s, url: `http://127.0.0.1:${info.port}` }),
      );
    });
    try {
      const auth = `Bearer ${token}`;
      const ids = (await store.listDocuments({ limit: 1000 })).map((d) => `/api/documents/${d.id}`);
      const baseline = await load('baseline', url, auth, seconds, [BASELINE_PATH]);
      const endpoints = [
        await load('GET /api/documents?limit=50', url, auth, seconds, ['/api/documents?limit=50']),
        await load('GET /api/documents/:id', url, auth, seconds, ids),
        await load('GET /api/decisions', url, auth, seconds, ['/api/decisions']),
      ];
      return { documents, seconds, connections: CONNECTIONS, baseline, endpoints };
    } finally {
      await new Promise<void>((done) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => done());
      });
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

/** `npm run bench` api lines: 10,000 documents, 30 s per endpoint (5 s with `--small`). */
export async function runApiBench(small: boolean): Promise<void> {
  const r = await benchApi(10_000, small ? 5 : 30);
  const b = r.baseline;
  console.log(
    `api        ${r.documents} documents, ${r.connections} connections, ${r.seconds} s per endpoint, 0 errors; ` +
      `baseline (constant JSON, same middleware) ${b.requestsPerSecond.toFixed(0)} req/s p50 ${ms(b.p50)} p99 ${ms(b.p99)}`,
  );
  for (const e of r.endpoints) {
    console.log(
      `  ${e.name.padEnd(28)} ${e.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${ms(e.p50).padStart(7)}  ` +
        `p99 ${ms(e.p99).padStart(7)}  ratio to baseline ${(e.requestsPerSecond / b.requestsPerSecond).toFixed(3)}`,
    );
  }
}
