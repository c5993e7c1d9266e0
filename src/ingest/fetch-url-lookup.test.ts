import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { type FetchLimits, fetchUrl } from './fetch-url.js';
import type { Resolve } from './fetch-url-lookup.js';

// Every address here is on the loopback range: the "private" ones are loopback addresses that the
// test's policy refuses, so nothing ever leaves this machine, whatever the code under test does.
const limits: FetchLimits = { timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 5 };
const notNine = (a: string) => a !== '127.0.0.9';

/** A resolver from a table of answers per name, each name's answers given in turn, the last kept. */
const resolver = (answers: Record<string, readonly string[][]>) => {
  const calls: string[] = [];
  const resolve: Resolve = async (hostname) => {
    const turns = answers[hostname] ?? [];
    const turn = turns[Math.min(calls.filter((c) => c === hostname).length, turns.length - 1)];
    calls.push(hostname);
    if (!turn) throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
    return turn.map((address) => ({ address, family: 4 }));
  };
  return { resolve, calls };
};

describe('fetchUrl connects only to the addresses it checked', () => {
  let server: Server;
  let port = 0;
  let hits: string[] = [];
  before(async () => {
    server = createServer((req, res) => {
      hits.push(`${req.headers.host} ${req.url}`);
      if (req.url === '/to-intranet')
        res.writeHead(302, { location: `http://intranet.test:${port}/page` }).end();
      else if (req.url === '/gzip')
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('forty trucks, unzipped'));
      else
        res.writeHead(200, { 'content-type': 'text/plain; charset=UTF-8' }).end(`host ${req.headers.host}`);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  beforeEach(() => {
    hits = [];
  });
  after(() => new Promise<void>((done) => server.close(() => done())));

  it('reaches a name through the addresses its lookup gave, sending the name as Host', async () => {
    const { resolve, calls } = resolver({ 'news.test': [['127.0.0.1']] });
    const got = await fetchUrl(`http://news.test:${port}/page`, {
      ...limits,
      resolve,
      allowAddress: notNine,
    });
    assert.ok(got.ok);
    assert.equal(Buffer.from(got.bytes).toString(), `host news.test:${port}`);
    assert.equal(got.charset, 'utf-8');
    assert.deepEqual(calls, ['news.test']);
  });

  it('refuses a name that resolves to a refused address, and no request reaches the server', async () => {
    const { resolve } = resolver({ 'intranet.test': [['127.0.0.1', '127.0.0.9']] });
    const got = await fetchUrl(`http://intranet.test:${port}/page`, {
      ...limits,
      resolve,
      allowAddress: notNine,
    });
    assert.deepEqual(got, {
      ok: false,
      ruleId: 'ingest/address',
      reason: 'the address 127.0.0.9 of intranet.test is not allowed',
    });
    assert.deepEqual(hits, []);
  });

  it('resolves once: a name that rebinds to a refused address after the check is never connected to it', async () => {
    // First answer allowed (where nothing listens), every later one the refused address of the server:
    // a check followed by a second lookup to connect would reach the server through the later answer.
    const { resolve, calls } = resolver({ 'rebind.test': [['127.0.0.2'], ['127.0.0.1']] });
    const got = await fetchUrl(`http://rebind.test:${port}/page`, {
      ...limits,
      resolve,
      allowAddress: (a) => a !== '127.0.0.1',
    });
    assert.equal(!got.ok && got.ruleId, 'ingest/fetch');
    assert.match(!got.ok ? got.reason : '', /ECONNREFUSED/);
    assert.deepEqual(calls, ['rebind.test']);
    assert.deepEqual(hits, []);
  });

  it('checks the host of a redirect when connecting to it', async () => {
    const { resolve, calls } = resolver({ 'public.test': [['127.0.0.1']], 'intranet.test': [['127.0.0.9']] });
    const got = await fetchUrl(`http://public.test:${port}/to-intranet`, {
      ...limits,
      resolve,
      allowAddress: notNine,
    });
    assert.equal(!got.ok && got.reason, 'the address 127.0.0.9 of intranet.test is not allowed');
    assert.deepEqual(hits, [`public.test:${port} /to-intranet`]);
    assert.deepEqual(calls, ['public.test', 'intranet.test']);
  });

  it('reports a name that does not resolve, and decodes a gzip body', async () => {
    const { resolve } = resolver({ 'news.test': [['127.0.0.1']] });
    const none = await fetchUrl(`http://gone.test:${port}/`, { ...limits, resolve });
    assert.deepEqual(none, { ok: false, ruleId: 'ingest/fetch', reason: 'could not fetch (ENOTFOUND)' });
    const zipped = await fetchUrl(`http://news.test:${port}/gzip`, { ...limits, resolve });
    assert.ok(zipped.ok);
    assert.equal(Buffer.from(zipped.bytes).toString(), 'forty trucks, unzipped');
    const capped = await fetchUrl(`http://news.test:${port}/gzip`, { ...limits, resolve, maxBytes: 10 });
    assert.equal(!capped.ok && capped.ruleId, 'ingest/too-large');
  });
});
