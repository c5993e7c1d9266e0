import { type Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { type Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

export interface Agents {
  readonly http: HttpAgent;
  readonly https: HttpsAgent;
}

const HEADERS = {
  accept: 'text/html, application/rss+xml, application/atom+xml, text/*;q=0.8, */*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
  'user-agent': 'sitrep',
};

/** One GET through the given agents (whose sockets resolve names their own way); the response head. */
export const getOnce = (url: URL, agents: Agents, signal: AbortSignal): Promise<IncomingMessage> =>
  new Promise((resolve, reject) => {
    const options = { signal, headers: HEADERS };
    const req =
      url.protocol === 'https:'
        ? httpsRequest(url, { ...options, agent: agents.https }, resolve)
        : httpRequest(url, { ...options, agent: agents.http }, resolve);
    req.on('error', reject);
    req.end();
  });

/** The body as the server meant it: gzip, deflate and brotli undone, anything else as sent. */
export function decodedBody(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  return decoder ? pipeline(res, decoder, () => {}) : res;
}

/** The body, read chunk by chunk and abandoned as soon as it passes the cap. */
export async function readCapped(body: Readable, maxBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      body.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
