import { accessSync, constants, existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { SitrepError } from '../core/index.js';
import { busyError, isBusy } from './store-busy.js';

const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** Free bytes on the file system holding `path` (its folder when it does not exist yet). */
const freeBytes = (path: string): number | undefined => {
  try {
    const stats = statfsSync(existsSync(path) ? path : dirname(path));
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
};

/** Under this much free space, a write that failed for a reason SQLite hid is put down to a full disk. */
const NEARLY_FULL = 1024 * 1024;

const isFull = (error: unknown, path: string): boolean =>
  /^SQLITE_FULL/.test(codeOf(error)) ||
  codeOf(error) === 'ENOSPC' ||
  // After SQLITE_FULL, SQLite has already rolled back, and the ROLLBACK that follows fails instead.
  (/cannot rollback|no transaction is active|disk I\/O error/i.test((error as Error)?.message ?? '') &&
    (freeBytes(path) ?? Number.POSITIVE_INFINITY) < NEARLY_FULL);

const isReadOnly = (error: unknown, path: string): boolean => {
  if (/^SQLITE_READONLY/.test(codeOf(error)) || codeOf(error) === 'EROFS') return true;
  if (!/^SQLITE_(CANTOPEN|IOERR)/.test(codeOf(error)) || path === ':memory:') return false;
  try {
    accessSync(existsSync(path) ? path : dirname(path), constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return false;
  } catch {
    return true;
  }
};

/**
 * A store failure a user can do something about, as one line with its own code: locked by another
 * process, disk full, read-only. Undefined for anything else (a bug, shown as it is).
 */
export const storeFailure = (error: unknown, path: string): SitrepError | undefined => {
  if (isBusy(error)) return busyError(path, error);
  if (isFull(error, path))
    return new SitrepError(
      'E_STORE_FULL',
      `the disk holding the database ${path} is full; the batch being written was not stored, what was stored before is kept`,
      { cause: error },
    );
  if (isReadOnly(error, path))
    return new SitrepError(
      'E_STORE_READONLY',
      `the database ${path} is read-only (${(error as Error).message}); nothing can be stored in it`,
      { cause: error },
    );
  return undefined;
};
