import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deepHtml, plainArticle } from '../test-support/hostile-files.js';
import { type TestServer, testServer } from './test-server.js';

/** About 600 KB of sentences: seconds of annotation, all of it in a worker thread. */
const longText = Array.from(
  { length: 6000 },
  (_, i) => `On day ${i} the officials said that ${i % 90} trucks had crossed the bridge near the town. `,
).join('');

describe('hostile uploads to the server', () => {
  let s: TestServer;
  before(async () => {
    s = await testServer();
  });
  after(() => s.close());

  const upload = (files: Record<string, string>) => {
    const form = new FormData();
    for (const [name, content] of Object.entries(files)) form.append('file', new Blob([content]), name);
    return fetch(`${s.url}/api/documents`, { method: 'POST', headers: s.auth, body: form });
  };

  it('a malformed multipart body is a 400, not a 500', async () => {
    const res = await fetch(`${s.url}/api/documents`, {
      method: 'POST',
      headers: { ...s.auth, 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated',
    });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_BAD_REQUEST');
  });

  it('a page nested 10,000 deep is refused with one line, and the file beside it is stored', async () => {
    const res = await upload({ 'deep.html': deepHtml(10_000), 'plain.txt': plainArticle });
    assert.equal(res.status, 201);
    const body = (await res.json()) as { added: string[]; diagnostics: string[] };
    assert.equal(body.added.length, 1);
    assert.deepEqual(body.diagnostics, [
      'error: upload:deep.html: HTML nested over 200 elements deep [ingest/html-limit]',
    ]);
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
    assert.equal((await pending).status, 201);
  });
});
