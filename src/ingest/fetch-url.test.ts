import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type FetchLimits, fetchUrl } from './fetch-url.js';

const limits: FetchLimits = { timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 5 };

describe('fetchUrl with an allowAddress hook', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/hop') res.writeHead(302, { location: '/page' }).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('forty trucks');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((done) => server.close(() => done())));

  it('fetches as before without the hook', async () => {
    const got = await fetchUrl(`${base}/hop`, limits);
    assert.ok(got.ok);
    assert.equal(got.url, `${base}/page`);
  });

  it('asks about the address of every hop, the redirect included', async () => {
    const asked: string[] = [];
    const got = await fetchUrl(`${base}/hop`, {
      ...limits,
      allowAddress: (a) => {
        asked.push(a);
        return true;
      },
    });
    assert.ok(got.ok);
    assert.deepEqual(asked, ['127.0.0.1', '127.0.0.1']);
  });

  it('refuses before connecting when an address is refused, at the first hop or at a redirect', async () => {
    const first = await fetchUrl(`${base}/page`, { ...limits, allowAddress: () => false });
    assert.deepEqual(first, {
      ok: false,
      ruleId: 'ingest/address',
      reason: 'the address 127.0.0.1 of 127.0.0.1 is not allowed',
    });
    let calls = 0;
    const second = await fetchUrl(`${base}/hop`, { ...limits, allowAddress: () => ++calls === 1 });
    assert.equal(second.ok, false);
    assert.equal(!second.ok && second.ruleId, 'ingest/address');
    assert.equal(calls, 2);
  });

  it('checks an IPv6 literal without its brackets, and reports a host that does not resolve', async () => {
    const asked: string[] = [];
    const got = await fetchUrl('http://[::1]:9/x', {
      ...limits,
      allowAddress: (a) => {
        asked.push(a);
        return false;
      },
    });
    assert.deepEqual(asked, ['::1']);
    assert.equal(!got.ok && got.ruleId, 'ingest/address');
    const none = await fetchUrl('http://no-such-host.invalid/', { ...limits, allowAddress: () => true });
    assert.equal(!none.ok && none.ruleId, 'ingest/fetch');
  });
});
