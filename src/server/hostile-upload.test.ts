import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { deepHtml, jsonlWithHugeRecord, plainArticle } from '../test-support/hostile-files.js';
import { type TestServer, testServer } from './test-server.js';

/** Runnable processes per core past which a missed time bound is put down to the machine. */
const OVERSUBSCRIBED = 4;

/** About 600 KB of sentences: seconds of annotation, all of it in a worker thread. */
const longText = Array.from(
  { length: 6000 },
  (_, i) => `On day ${i} the officials said that ${i % 90} trucks had crossed the bridge near the town. `,
).join('');

describe('hostile uploads to the server', () => {
  let s: TestServer;
  let dir: string;
  before(async () => {
    // A store in a file, as `sitrep serve` has: the workers store annotations through their own connection.
    dir = mkdtempSync(join(tmpdir(), 'sitrep-hostile-'));
    s = await testServer({}, join(dir, 'sitrep.db'));
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = (files: Record<string, string | Uint8Array>) => {
    const form = new FormData();
    for (const [name, content] of Object.entries(files)) form.append('file', new Blob([content]), name);
    return fetch(`${s.url}/api/documents`, { method: 'POST', headers: s.auth, body: form });
  };

  /**
   * The slowest answer to a small request asked every 100 ms until `pending` settles. Server and test
   * share this process, so a blocked loop delays the timer too: each wait counts from when the timer
   * was due.
   */
  const slowestAnswerDuring = async (pending: Promise<Response>): Promise<number> => {
    let settled = false;
    const done = pending.finally(() => {
      settled = true;
    });
    let slowest = 0;
    while (!settled) {
      const due = performance.now() + 100;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const res = await fetch(`${s.url}/api/documents?limit=1`, { headers: s.auth });
      await res.arrayBuffer();
      assert.equal(res.status, 200);
      slowest = Math.max(slowest, performance.now() - due);
    }
    await done;
    return slowest;
  };

  /**
   * The 1 s bound. A miss is excused only on a machine oversubscribed several times over (a load
   * average above OVERSUBSCRIBED per core, as on a shared development machine), and then the test
   * says so as its skip message; the suite's own concurrent files load CI to about 2.5 per core.
   */
  const timeBound = (t: TestContext, slowest: number): void => {
    const load = loadavg()[0] ?? 0;
    const cores = availableParallelism();
    if (slowest >= 1000 && load > OVERSUBSCRIBED * cores) {
      t.skip(
        `1 s bound missed under load: load average ${load.toFixed(1)} over ${cores} cores ` +
          `(slowest answer ${slowest.toFixed(0)} ms); the other assertions ran`,
      );
      return;
    }
    assert.ok(slowest < 1000, `a request was answered after ${slowest.toFixed(0)} ms`);
  };

  const hostileCases: {
    name: string;
    files: Record<string, string | Uint8Array>;
    line: string;
    added: number;
  }[] = [
    {
      name: 'a page nested 10,000 deep',
      files: { 'deep.html': deepHtml(10_000) },
      line: 'error: upload:deep.html: HTML nested over 200 elements deep [ingest/html-limit]',
      added: 1,
    },
    {
      name: 'a 30 MB record inside a small .jsonl.gz',
      files: { 'records.jsonl.gz': jsonlWithHugeRecord(30_000_000) },
      line: 'error: upload:records.jsonl.gz#line 2: text is 30 M characters, over the 2 M cap [ingest/too-long]',
      added: 2, // its first record and the plain file
    },
    {
      name: 'a 15 MB text on one line',
      files: { 'line.txt': 'word '.repeat(3_000_000) },
      line: 'error: upload:line.txt: text is 15 M characters, over the 2 M cap [ingest/too-long]',
      added: 1,
    },
  ];
  for (const c of hostileCases) {
    it(`${c.name}: one line, the file beside it stored, other requests answered within 1 s`, async (t) => {
      // A plain article of its own per case, so that it is added, not found unchanged.
      const pending = upload({ ...c.files, 'plain.txt': `${plainArticle}Filed beside ${c.name}.\n` });
      const slowest = await slowestAnswerDuring(pending);
      const res = await pending;
      assert.equal(res.status, 201);
      const body = (await res.json()) as { added: string[]; diagnostics: string[] };
      assert.deepEqual(body.diagnostics, [c.line]);
      assert.equal(body.added.length, c.added);
      timeBound(t, slowest);
    });
  }

  it('a malformed multipart body is a 400, not a 500', async () => {
    const res = await fetch(`${s.url}/api/documents`, {
      method: 'POST',
      headers: { ...s.auth, 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated',
    });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_BAD_REQUEST');
  });

  it('a multipart body streamed past the cap without a length is a 413, and nothing is stored', async () => {
    const capped = await testServer({ maxBodyBytes: 64 * 1024 });
    try {
      const head = '--xyz\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n';
      const chunks = [head, ...Array.from({ length: 20 }, () => 'word '.repeat(2000))];
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = chunks.shift();
          if (next === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(next));
        },
      });
      const res = await fetch(`${capped.url}/api/documents`, {
        method: 'POST',
        headers: { ...capped.auth, 'content-type': 'multipart/form-data; boundary=xyz' },
        body,
        duplex: 'half',
      } as RequestInit);
      assert.equal(res.status, 413);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_TOO_LARGE');
      assert.equal(await capped.store.countDocuments({}), 0);
    } finally {
      await capped.close();
    }
  });

  it('answers another request within 1 s while a long upload is annotated', async () => {
    const pending = upload({ 'long.txt': longText });
    // Ask once the upload is read and its annotation under way. Server and test share this process,
    // so a blocked loop would delay the timer too: the wait counts from when the timer was due.
    const due = performance.now() + 1500;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const res = await fetch(`${s.url}/api/documents?limit=5`, { headers: s.auth });
    const waited = performance.now() - due;
    assert.equal(res.status, 200);
    assert.ok(waited < 1000, `answered after ${waited.toFixed(0)} ms`);
    const done = await pending;
    assert.equal(done.status, 201);
    // Stored by the worker through its own connection, and read here through the server's.
    const [id] = ((await done.json()) as { added: string[] }).added;
    const stored = await fetch(`${s.url}/api/documents/${id}/annotations`, { headers: s.auth });
    assert.equal(stored.status, 200);
    assert.equal(((await stored.json()) as { sentences: number }).sentences, 6000);
  });
});
