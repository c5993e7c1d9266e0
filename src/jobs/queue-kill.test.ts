import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { sharedPath } from '../core/index.js';
import { freshSchema, pgTestUrl, skipWithoutPg } from '../store/pg-test-schema.js';
import { runCli, spawnCli } from '../test-support/run-cli.js';
import { skipWithoutShared } from '../test-support/shared.js';

const ARTICLES = 30;
/** Jobs one worker holds at once: `sitrep worker` runs two slots per annotation thread. */
const SLOTS = 2;

const startWorker = (db: string) =>
  spawnCli([
    'worker',
    '--db',
    db,
    '--threads',
    '1',
    // One job per batch, so a worker holds at most SLOTS jobs (its one thread keeps two batches in hand).
    '--batch',
    '1',
    '--exit-when-idle',
  ]);

describe('queue workers on PostgreSQL', { skip: skipWithoutPg() || skipWithoutShared('corpus') }, () => {
  it('two workers, one killed mid-job: every document annotated exactly once', async () => {
    const schema = await freshSchema(pgTestUrl ?? '');
    const client = new pg.Client({ connectionString: schema.url });
    await client.connect();
    const count = async (query: string): Promise<number> => Number((await client.query(query)).rows[0]?.n);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-workers-'));
      const input = join(dir, 'articles.jsonl');
      const lines = readFileSync(sharedPath('corpus', 'ukraine-nyt-guardian-2022', 'articles.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim());
      writeFileSync(input, `${lines.slice(0, ARTICLES).join('\n')}\n`);
      const ingest = runCli(['ingest', input, '--db', schema.url, '--job-timeout', '10']);
      assert.equal(ingest.code, 0, ingest.stderr);
      assert.match(ingest.stdout, new RegExp(`^${ARTICLES} annotation jobs queued`, 'm'));
      // Every write of an annotation row, counted by the database itself.
      await client.query(`
        create table annotation_writes (document_id text not null);
        create function count_write() returns trigger language plpgsql as
          $$ begin insert into annotation_writes values (new.document_id); return new; end $$;
        create trigger count_writes after insert or update on annotations
          for each row execute function count_write();`);

      const doomed = startWorker(schema.url);
      const survivor = startWorker(schema.url);
      const queueSchema = `${schema.url.match(/search_path%3D(\w+)/)?.[1]}_queue`;
      const active = `select count(*) as n from ${queueSchema}.job where state = 'active'`;
      const deadline = Date.now() + 180_000;
      // Frozen, the doomed worker keeps its jobs active; the survivor holds at most SLOTS (one job per
      // slot), so more active jobs than that mean the doomed one is mid-job. Otherwise let it go on a
      // moment and look again.
      for (;;) {
        assert.ok(Date.now() < deadline, 'the workers started and took jobs');
        if ((await count('select count(*) as n from annotation_writes')) >= 3) {
          doomed.child.kill('SIGSTOP');
          if ((await count(active)) > SLOTS) break;
          doomed.child.kill('SIGCONT');
        }
        await sleep(50);
      }
      doomed.child.kill('SIGKILL');
      assert.equal((await doomed.done).signal, 'SIGKILL');
      const survived = await survivor.done;
      assert.equal(survived.code, 0, survived.stderr);

      assert.equal(await count('select count(*) as n from annotations'), ARTICLES);
      assert.equal(await count('select count(distinct document_id) as n from annotation_writes'), ARTICLES);
      assert.equal(
        await count('select count(*) as n from annotation_writes'),
        ARTICLES,
        'none written twice',
      );
      assert.ok(
        (await count(`select count(*) as n from ${queueSchema}.job where retry_count > 0`)) >= 1,
        'the killed worker held a job, which another took over after its time limit',
      );
      assert.equal(await count('select count(*) as n from annotation_failures'), 0);
    } finally {
      await client.end();
      await schema.drop();
    }
  });
});
