import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { isIP } from 'node:net';
import {
  ADDRESS_REFUSED,
  guardedLookup,
  type Resolve,
  refusedReason,
  systemResolve,
} from './fetch-url-lookup.js';
import { type Agents, decodedBody, getOnce, readCapped } from './fetch-url-request.js';
import { formatCap, overCapReason } from './size.js';

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /**
   * Asked for every address the host of each hop (the URL and every redirect) resolves to; one
   * refusal refuses the fetch. The check happens inside the sockets' own lookup, so the addresses
   * connected to are the addresses checked. A server uses it against request forgery.
   */
  readonly allowAddress?: (address: string) => boolean;
  /** How host names are resolved (`dns.lookup` by default); tests pass their own. */
  readonly resolve?: Resolve;
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
const allowAll = () => true;

/**
 * Agents for one fetch, never pooled with anyone else's sockets: every connection they open resolves
 * its host through the guarded lookup. (An IP literal is not looked up by Node; see `literalRefused`.)
 */
const agentsFor = (limits: FetchLimits): Agents => {
  const lookup = guardedLookup(limits.allowAddress ?? allowAll, limits.resolve ?? systemResolve);
  return {
    http: new HttpAgent({ keepAlive: false, lookup }),
    https: new HttpsAgent({ keepAlive: false, lookup }),
  };
};

/** Why a host written as an IP address may not be fetched: sockets skip the lookup for those. */
const literalRefused = (url: URL, allow: ((address: string) => boolean) | undefined): string | undefined => {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return allow && isIP(host) !== 0 && !allow(host) ? refusedReason(host, host) : undefined;
};

const fetchFollowing = async (
  start: string,
  limits: FetchLimits,
  agents: Agents,
  signal: AbortSignal,
): Promise<Fetched> => {
  const seen = new Set<string>();
  let url = new URL(start);
  for (;;) {
    seen.add(url.href);
    const refused = literalRefused(url, limits.allowAddress);
    if (refused) return refuse('ingest/address', refused);
    const res = await getOnce(url, agents, signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (REDIRECTS.has(status) && location !== undefined) {
      res.destroy();
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        return refuse('ingest/redirect', `redirect to ${next.protocol} refused`);
      if (seen.has(next.href)) return refuse('ingest/redirect', `redirect loop (back to ${next.href})`);
      if (seen.size > limits.maxRedirects)
        return refuse('ingest/redirect', `too many redirects (more than ${limits.maxRedirects})`);
      url = next;
      continue;
    }
    if (status < 200 || status > 299) {
      res.destroy();
      return refuse('ingest/http', `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
    }
    const declared = Number(res.headers['content-length'] ?? Number.NaN);
    if (declared > limits.maxBytes) {
      res.destroy();
      return refuse('ingest/too-large', overCapReason('response', declared, limits.maxBytes));
    }
    const bytes = await readCapped(decodedBody(res), limits.maxBytes);
    if (bytes === undefined)
      return refuse(
        'ingest/too-large',
        `response is over the ${formatCap(limits.maxBytes)} cap (stopped reading)`,
      );
    const [type, ...params] = (res.headers['content-type'] ?? '')
      .split(';')
      .map((s) => s.trim().toLowerCase());
    const charset = params
      .find((p) => p.startsWith('charset='))
      ?.slice(8)
      .replace(/"/g, '');
    return {
      ok: true,
      url: url.href,
      bytes,
      ...(type ? { contentType: type } : {}),
      ...(charset ? { charset } : {}),
    };
  }
};

const describe = (e: unknown): string => {
  const own = (e as { code?: unknown }).code;
  const cause = e instanceof Error ? (e.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail =
    (typeof own === 'string' ? own : undefined) ??
    cause?.code ??
    cause?.message ??
    (e instanceof Error ? e.message : String(e));
  return `could not fetch (${detail})`;
};

/** GETs a URL with a total timeout, a size cap and a bounded number of redirects, followed by hand. */
export const fetchUrl = async (url: string, limits: FetchLimits): Promise<Fetched> => {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const agents = agentsFor(limits);
  try {
    return await fetchFollowing(url, limits, agents, signal);
  } catch (e) {
    if ((e as { code?: unknown }).code === ADDRESS_REFUSED)
      return refuse('ingest/address', (e as Error).message);
    if (signal.aborted) return refuse('ingest/timeout', `timed out after ${limits.timeoutMs / 1000} s`);
    return refuse('ingest/fetch', describe(e));
  } finally {
    agents.http.destroy();
    agents.https.destroy();
  }
};
