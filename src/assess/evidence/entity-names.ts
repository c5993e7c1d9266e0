import { lookupPlace } from '../../annotate/mention/index.js';
import type { Mention } from '../../core/index.js';
import type { Reconciliation } from '../../resolve/types.js';

/** A name in lower case without diacritics, for comparing spellings. */
export const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** At most one edit apart (substitution, insertion or deletion). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export type EntityMatcher = (mention: Mention) => boolean;

/**
 * Matches the mentions of a named entity: every alias reconcile knows for it, and, until reconcile
 * has run, the name itself, its last word, or a spelling one letter away in names of six letters
 * or more (Lukashenko / Lukashenka, Khrenin / Chrenin); a place, in any spelling of it the gazetteer
 * holds.
 */
export function entityMatcher(name: string, reconciliation: Reconciliation): EntityMatcher {
  // Asked for every document of a collection with the same few names: built once per reconciliation.
  let byName = matchers.get(reconciliation);
  if (!byName) {
    byName = new Map();
    matchers.set(reconciliation, byName);
  }
  const known = byName.get(name);
  if (known) return known;
  const matcher = buildMatcher(name, reconciliation);
  byName.set(name, matcher);
  return matcher;
}

const matchers = new WeakMap<Reconciliation, Map<string, EntityMatcher>>();

function buildMatcher(name: string, reconciliation: Reconciliation): EntityMatcher {
  const target = fold(name);
  const resolved = reconciliation.entities.find(
    (e) => fold(e.name) === target || e.aliases.some((a) => fold(a) === target),
  );
  const names = new Set([target, ...(resolved ? [resolved.name, ...resolved.aliases].map(fold) : [])]);
  // A place in another spelling the gazetteer knows ("Zaporozhye" for "Zaporizhzhia").
  const place = lookupPlace(name);
  const close = (word: string): boolean =>
    names.has(word) || [...names].some((n) => n.length >= 6 && withinOneEdit(n, word));
  return (mention) => {
    const full = fold(mention.name);
    const last = full.split(/\s+/).pop() ?? full;
    return (
      close(full) ||
      close(last) ||
      (mention.country !== undefined && names.has(fold(mention.country))) ||
      (place !== undefined && mention.kind === 'place' && lookupPlace(mention.name) === place)
    );
  };
}
