import { hasShared, sharedPath } from '../core/index.js';

/**
 * For node:test's `skip` option: a reason string when `../shared/<parts>` is absent (a user's own
 * clone), false when present. CI fails before tests run when ../shared is missing, so a skip there
 * cannot hide anything.
 */
export const skipWithoutShared = (...parts: string[]): string | false =>
  hasShared(...parts) ? false : `needs ${sharedPath(...parts)} (test data outside the repo); skipped`;

export const belarusCorpus = (...parts: string[]): string => sharedPath('corpus', 'belarus-2022-12', ...parts);
