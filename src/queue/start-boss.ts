import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { withPgAdvisoryLock } from '../store/index.js';
import { queueSchemaOf } from './queue-schema.js';

export interface QueueDefinition {
  readonly name: string;
  readonly options?: PgBoss.Queue;
}

const DEADLOCK = '40P01';
const ATTEMPTS = 4;

/**
 * Starts pg-boss on the store's database with `queues` created, one process at a time per store:
 * pg-boss installs its schema under its own lock, but `createQueue` is not locked, and two
 * processes creating the same queue deadlock (one waits on the other's new row of `queue` while
 * holding a row lock on that table, the other needs a share lock on it for the new partition's
 * foreign key). A session advisory lock keyed on the store's schema serializes start-ups, queues
 * that exist are not created again, and a start that still meets a deadlock (with a process that
 * does not take the lock) is retried after a back-off. A failed start leaves nothing open.
 */
export async function startBoss(
  connectionString: string,
  options: Omit<PgBoss.ConstructorOptions, 'connectionString' | 'schema'>,
  queues: readonly QueueDefinition[],
  onError: (error: Error) => void,
): Promise<PgBoss> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const schema = await queueSchemaOf(client);
    return await withPgAdvisoryLock(
      (statement) => client.query(statement),
      "'sitrep-queue:' || current_schema()",
      async () => {
        for (let attempt = 1; ; attempt += 1) {
          try {
            return await startOnce({ ...options, connectionString, schema }, queues, onError);
          } catch (error) {
            if ((error as { code?: string }).code !== DEADLOCK || attempt === ATTEMPTS) throw error;
            await sleep(100 * 2 ** attempt * (1 + Math.random()));
          }
        }
      },
    );
  } finally {
    await client.end();
  }
}

async function startOnce(
  options: PgBoss.ConstructorOptions,
  queues: readonly QueueDefinition[],
  onError: (error: Error) => void,
): Promise<PgBoss> {
  const boss = new PgBoss(options);
  try {
    boss.on('error', onError);
    await boss.start();
    for (const queue of queues) {
      if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, queue.options);
    }
    return boss;
  } catch (error) {
    await discard(boss);
    throw error;
  }
}

/** Stops a boss whose start failed: `stop` does nothing before `start` has finished, so the pool is closed here. */
async function discard(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: false, close: true }).catch(() => {});
  const db = boss.getDb() as { opened?: boolean; close?: () => Promise<void> };
  if (db.opened) await db.close?.().catch(() => {});
}
