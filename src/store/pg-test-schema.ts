import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPgStore } from './pg-store.js';
import type { Store } from './store.js';

/** The server the PostgreSQL tests use: `SITREP_PG_URL`, e.g. postgres://user:pass@127.0.0.1/db. */
export const pgTestUrl = process.env.SITREP_PG_URL;

/**
 * For node:test's `skip`: a reason when no server is configured, false when one is. Under CI
 * (SITREP_REQUIRE_SHARED=1) a missing server throws, so the PostgreSQL suite can never be skipped there.
 */
export const skipWithoutPg = (): string | false => {
  if (pgTestUrl) return false;
  if (process.env.SITREP_REQUIRE_SHARED === '1') throw new Error('SITREP_PG_URL is required in CI');
  return 'set SITREP_PG_URL=postgres://user:pass@host/db to run the PostgreSQL store tests; skipped';
};

/** A new empty schema on the test server, and the URL that makes it the connection's search_path. */
export async function freshSchema(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create schema ${name}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${name}`);
  // A job queue opened on it keeps its tables beside it (queue/queue-schema.ts): dropped with it.
  const drop = async () => {
    await run(`drop schema ${name} cascade`);
    await run(`drop schema if exists ${name}_queue cascade`);
  };
  return { url: scoped.toString(), drop };
}

/** Opens a store in a fresh schema; closing the store drops the schema. */
export async function openPgTestStore(url: string): Promise<Store> {
  const schema = await freshSchema(url);
  const store = await openPgStore(schema.url);
  const close = store.close.bind(store);
  return Object.assign(store, {
    close: async () => {
      await close();
      await schema.drop();
    },
  });
}
