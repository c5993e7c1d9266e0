import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { type CollectOptions, collectArticles } from './collect.js';
import type { ReadOutcome } from './reader.js';

/** Windows-1251 bytes for Russian text (А-я, Ё, ё), written here so the test needs no fixture file. */
const cp1251 = (s: string): Uint8Array =>
  Uint8Array.from(
    [...s].map((c) => {
      const code = c.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return c === 'Ё' ? 0xa8 : 0xb8;
    }),
  );
const RUSSIAN =
  'Министр обороны прибыл в Минск, и это уже не первый визит, который он совершил. Ещё одна встреча прошла без журналистов, но так было и раньше.';
const ENGLISH = 'The defence ministers met in Minsk and signed an amended agreement on regional security.';

const collect = async (inputs: string[], options?: CollectOptions): Promise<ReadOutcome[]> => {
  const out: ReadOutcome[] = [];
  for await (const o of collectArticles(inputs, options)) out.push(o);
  return out;
};
const failuresOf = (out: ReadOutcome[]) => out.flatMap((o) => (o.ok ? [] : [o.diagnostic]));
const articlesOf = (out: ReadOutcome[]) => out.flatMap((o) => (o.ok ? [o.article] : []));

describe('collectArticles on files and folders', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sitrep-collect-'));
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const lol = [
      '<!ENTITY a "lol">',
      ...Array.from(
        { length: 8 },
        (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`,
      ),
    ];
    await mkdir(join(dir, 'sub', 'node_modules'), { recursive: true });
    const files: Record<string, string | Uint8Array> = {
      'good.txt': `Headline here\n\n${ENGLISH}`,
      'empty.txt': '',
      'image.txt': png,
      'latin1.txt': Uint8Array.from([
        ...Buffer.from('Die Gr'),
        0xfc,
        ...Buffer.from('nde f'),
        0xfc,
        ...Buffer.from('r den Besuch'),
      ]),
      'russian.txt': cp1251(RUSSIAN),
      'broken.html': `<html><body><div><p>${ENGLISH}<p>Unclosed <b>bold <table><td>cell</span></div>`,
      'bomb.xml': `<?xml version="1.0"?><!DOCTYPE rss [${lol.join('')}]><rss><channel><item><description>&bbbbbbbb;</description></item></channel></rss>`,
      'xxe.rss':
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&x;</description></item></channel></rss>',
      'lines.jsonl': [
        JSON.stringify({ text: ENGLISH, title: 'A' }),
        '{not json',
        JSON.stringify({ text: `${ENGLISH} Again.` }),
      ].join('\n'),
      'sources.json': JSON.stringify({
        documents: [{ file: 'good.txt', outlet: 'Sidecar Outlet', author: null, published: '2022-12-07' }],
      }),
      'good.txt.meta.json': JSON.stringify({ author: 'Meta Author' }),
      '.hidden.txt': ENGLISH,
      'sub/deeper.md': `---\ntitle: Deeper\n---\n${ENGLISH}`,
      'sub/node_modules/dep.txt': ENGLISH,
    };
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    // 21 MB without writing 21 MB: a sparse file, refused from its size before any byte is read.
    await writeFile(join(dir, 'huge.txt'), '');
    await truncate(join(dir, 'huge.txt'), 21 * 1024 * 1024);
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  it('gives one diagnostic per bad input, naming it and the reason, and reads the rest', async () => {
    const out = await collect([dir, join(dir, 'missing.txt')]);
    const failures = failuresOf(out);
    const expected: ReadonlyArray<readonly [string, RegExp]> = [
      ['empty.txt', /^empty$/],
      ['image.txt', /^binary file \(PNG image\)$/],
      ['latin1.txt', /^invalid UTF-8 at byte 6$/],
      ['bomb.xml', /DOCTYPE/],
      ['xxe.rss', /DOCTYPE/],
      ['lines.jsonl#line 2', /^not JSON \(/],
      ['huge.txt', /^file is 21\.0 MB, over the 20 MB cap$/],
      ['missing.txt', /no such file/],
    ];
    for (const [name, reason] of expected) {
      const matching = failures.filter((d) => d.source === join(dir, name));
      assert.equal(matching.length, 1, `${name}: ${JSON.stringify(failures)}`);
      assert.match(matching[0]!.reason, reason);
    }
    assert.equal(failures.length, expected.length, JSON.stringify(failures));
    const origins = articlesOf(out)
      .map((a) => a.origin.slice(dir.length + 1))
      .sort();
    assert.deepEqual(origins, [
      'broken.html',
      'good.txt',
      'lines.jsonl#line 1',
      'lines.jsonl#line 3',
      'russian.txt',
      'sub/deeper.md',
    ]);
  });

  it('decodes Windows-1251 to correct Cyrillic and says so', async () => {
    const [o] = await collect([join(dir, 'russian.txt')]);
    assert.ok(o?.ok);
    assert.equal(o.article.text, RUSSIAN);
    assert.equal(o.diagnostics[0]?.severity, 'info');
    assert.match(o.diagnostics[0]?.reason ?? '', /Windows-1251/);
    assert.equal(o.article.meta.language?.value, 'ru');
  });

  it('reads what it can of malformed HTML', async () => {
    const [o] = await collect([join(dir, 'broken.html')]);
    assert.ok(o?.ok);
    assert.ok(o.article.text.includes(ENGLISH));
  });

  it('applies sources.json and <file>.meta.json, the latter winning', async () => {
    const [o] = await collect([join(dir, 'good.txt')]);
    assert.ok(o?.ok);
    assert.deepEqual(o.article.meta.outlet, { value: 'Sidecar Outlet', source: 'sidecar' });
    assert.deepEqual(o.article.meta.author, { value: 'Meta Author', source: 'sidecar' });
    assert.equal(o.article.meta.published?.value, '2022-12-07');
  });

  it('reads stdin for "-", within the cap', async () => {
    const [o] = await collect(['-'], { stdin: Readable.from([Buffer.from(ENGLISH)]) });
    assert.ok(o?.ok && o.article.origin === '-' && o.article.text === ENGLISH);
    const [big] = await collect(['-'], { stdin: Readable.from([Buffer.alloc(2048, 97)]), maxBytes: 1024 });
    assert.ok(big && !big.ok && big.diagnostic.source === '-');
  });
});

describe('collectArticles on URLs (a local server on loopback)', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/slow') return; // never answers
      if (url === '/loop-a') return res.writeHead(302, { location: '/loop-b' }).end();
      if (url === '/loop-b') return res.writeHead(302, { location: '/loop-a' }).end();
      const hop = /^\/hop\/(\d+)$/.exec(url);
      if (hop) return res.writeHead(301, { location: `/hop/${Number(hop[1]) + 1}` }).end();
      if (url === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(16 * 1024, 97);
        let sent = 0;
        const pump = (): void => {
          while (sent < 64 && res.write(chunk)) sent++;
          if (sent < 64) res.once('drain', pump);
          else res.end();
        };
        return pump();
      }
      if (url === '/moved') return res.writeHead(302, { location: '/page' }).end();
      if (url === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(
          `<html lang="en"><body><nav>Home | World</nav><article><p>${ENGLISH}</p></article></body></html>`,
        );
      }
      if (url === '/ru') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1251' });
        return res.end(cp1251(RUSSIAN));
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('gives one diagnostic per failing URL and reads the others', async () => {
    const inputs = ['/slow', '/loop-a', '/hop/0', '/big', '/nowhere', '/moved', '/ru'].map((p) => base + p);
    const t0 = performance.now();
    const out = await collect(inputs, { timeoutMs: 400, maxBytes: 256 * 1024 });
    assert.ok(performance.now() - t0 < 5000);
    const reasons = new Map(failuresOf(out).map((d) => [d.source.slice(base.length), d.reason]));
    assert.match(reasons.get('/slow') ?? '', /timed out after 0\.4 s/);
    assert.match(reasons.get('/loop-a') ?? '', /redirect loop/);
    assert.match(reasons.get('/hop/0') ?? '', /too many redirects \(more than 5\)/);
    assert.match(reasons.get('/big') ?? '', /over the 256 KB cap/);
    assert.match(reasons.get('/nowhere') ?? '', /HTTP 404/);
    assert.equal(reasons.size, 5);
    const [page, ru] = articlesOf(out);
    assert.equal(page?.origin, `${base}/moved`);
    assert.equal(page?.format, 'html');
    assert.equal(page?.text, ENGLISH);
    assert.equal(page?.meta.language?.value, 'en');
    assert.equal(ru?.text, RUSSIAN);
  });
});
