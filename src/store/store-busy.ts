import { SitrepError } from '../core/index.js';
import type { Store } from './store.js';

/** How long a SQLite writer waits for another process's write to finish before giving up. */
export const busyTimeoutMs = (): number => {
  const given = Number(process.env.SITREP_BUSY_TIMEOUT_MS);
  return Number.isFinite(given) && given >= 0 ? given : 10_000;
};

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, ...), and SQLITE_LOCKED. */
export const isBusy = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
};

export const busyError = (where: string, cause: unknown): SitrepError =>
  new SitrepError(
    'E_STORE_BUSY',
    `the database ${where} stayed locked by another process for ${busyTimeoutMs() / 1000} s; ` +
      'what was stored is kept, run the command again for the rest',
    { cause },
  );

/**
 * The store with SQLite's "busy" failures turned into E_STORE_BUSY (or whatever `failure` makes of
 * an error): one line for the user, and since every write is one transaction, nothing half-written
 * behind it.
 */
export function guardBusy(
  store: Store,
  where: string,
  failure: (error: unknown) => Error | undefined = (e) => (isBusy(e) ? busyError(where, e) : undefined),
): Store {
  const rethrow = (error: unknown): never => {
    throw failure(error) ?? error;
  };
  const guarded: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(store) as [string, (...args: unknown[]) => unknown][]) {
    guarded[name] =
      name === 'documentsWithAnnotations'
        ? async function* (...args: unknown[]) {
            try {
              yield* method(...args) as AsyncIterable<unknown>;
            } catch (error) {
              rethrow(error);
            }
          }
        : async (...args: unknown[]) => {
            try {
              return await method(...args);
            } catch (error) {
              return rethrow(error);
            }
          };
  }
  return guarded as unknown as Store;
}
