import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { formatCap } from './size.js';

const gunzipAsync = promisify(gunzip);

/** How much larger than the file cap a compressed input may grow once unpacked. */
export const UNPACKED_FACTOR = 20;

export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

export type Unpacked =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly ruleId: string; readonly reason: string };

/**
 * A gzip member unpacked off the main thread, refused once it passes `maxBytes` (so a small file
 * that unpacks to gigabytes, a "zip bomb", costs nothing) or when the stream is damaged.
 */
export async function gunzipCapped(bytes: Uint8Array, maxBytes: number): Promise<Unpacked> {
  try {
    return { ok: true, bytes: await gunzipAsync(bytes, { maxOutputLength: maxBytes }) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      return {
        ok: false,
        ruleId: 'ingest/too-large',
        reason: `unpacks to over the ${formatCap(maxBytes)} cap`,
      };
    return {
      ok: false,
      ruleId: 'ingest/bad-gzip',
      reason: `damaged gzip data (${(e as Error).message ?? code ?? 'unknown'})`,
    };
  }
}
