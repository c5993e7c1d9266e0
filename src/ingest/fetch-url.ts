import { lookup } from 'node:dns/promises';
import { formatCap, overCapReason } from './size.js';

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /**
   * Asked for every address the host of each hop (the URL and every redirect) resolves to, before
   * connecting; one refusal refuses the fetch. A server uses it against request forgery.
   */
  readonly allowAddress?: (address: string) => boolean;
}

export type Fetched =
  | {
      readonly ok: true;
      readonly url: string;
      readonly bytes: Uint8Array;
      readonly contentType?: string;
      readonly charset?: string;
    }
  | { readonly ok: false; readonly ruleId: string; readonly reason: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const refuse = (ruleId: string, reason: string): Fetched => ({ ok: false, ruleId, reason });

/** The body, read chunk by chunk and abandoned as soon as it passes the cap. */
const readCapped = async (
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | undefined> => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
};

/** Why the URL's host may not be fetched, or undefined when every address it resolves to is allowed. */
const refusedAddress = async (url: string, allow: (address: string) => boolean) => {
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = await lookup(host, { all: true, verbatim: true });
  const bad = addresses.find((a) => !allow(a.address));
  return bad ? `the address ${bad.address} of ${host} is not allowed` : undefined;
};

const fetchFollowing = async (start: string, limits: FetchLimits, signal: AbortSignal): Promise<Fetched> => {
  const seen = new Set<string>();
  let url = start;
  for (;;) {
    seen.add(url);
    const refused = limits.allowAddress ? await refusedAddress(url, limits.allowAddress) : undefined;
    if (refused) return refuse('ingest/address', refused);
    const res = await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { accept: 'text/html, application/rss+xml, application/atom+xml, text/*;q=0.8, */*;q=0.5' },
    });
    const location = res.headers.get('location');
    if (REDIRECTS.has(res.status) && location !== null) {
      await res.body?.cancel().catch(() => undefined);
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        return refuse('ingest/redirect', `redirect to ${next.protocol} refused`);
      if (seen.has(next.href)) return refuse('ingest/redirect', `redirect loop (back to ${next.href})`);
      if (seen.size > limits.maxRedirects)
        return refuse('ingest/redirect', `too many redirects (more than ${limits.maxRedirects})`);
      url = next.href;
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return refuse('ingest/http', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (declared > limits.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      return refuse('ingest/too-large', overCapReason('response', declared, limits.maxBytes));
    }
    const bytes = res.body === null ? new Uint8Array(0) : await readCapped(res.body, limits.maxBytes);
    if (bytes === undefined)
      return refuse(
        'ingest/too-large',
        `response is over the ${formatCap(limits.maxBytes)} cap (stopped reading)`,
      );
    const [type, ...params] = (res.headers.get('content-type') ?? '')
      .split(';')
      .map((s) => s.trim().toLowerCase());
    const charset = params
      .find((p) => p.startsWith('charset='))
      ?.slice(8)
      .replace(/"/g, '');
    return { ok: true, url, bytes, ...(type ? { contentType: type } : {}), ...(charset ? { charset } : {}) };
  }
};

const describe = (e: unknown): string => {
  const cause = e instanceof Error ? (e.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
  return `could not fetch (${detail})`;
};

/** GETs a URL with a total timeout, a size cap and a bounded number of redirects, followed by hand. */
export const fetchUrl = async (url: string, limits: FetchLimits): Promise<Fetched> => {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    return await fetchFollowing(url, limits, signal);
  } catch (e) {
    if (signal.aborted) return refuse('ingest/timeout', `timed out after ${limits.timeoutMs / 1000} s`);
    return refuse('ingest/fetch', describe(e));
  }
};
