import { memoized } from '../../core/index.js';
import { wn } from '../meaning/word-forms.js';

/** A question's word is read in its main senses: the first two. */
const SENSES = 2;

const single = (w: string): boolean => /^\p{L}+$/u.test(w);

/** The noun compound WordNet lists for a hyphened word of a question ("call-up" as call_up), if any. */
export function hyphenCompound(token: string): string | undefined {
  const word = token.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (!/^\p{L}+(?:-\p{L}+)+$/u.test(word)) return undefined;
  const net = wn();
  return net && net.senses(word.replace(/-/g, '_'), 'n').length > 0 ? word : undefined;
}

/** What a compound of the question names in other words: the head and modifiers of each. */
export interface CompoundKin {
  /** Single words for the same act or thing: its synonyms and derivations ("mobilise" for a call-up). */
  readonly same: readonly string[];
  /** The compound it is a kind of, split ("nuclear weapon" for an atomic bomb): its head names the thing, its modifiers are related. */
  readonly heads: readonly string[];
  readonly modifiers: readonly string[];
}

const none: CompoundKin = { same: [], heads: [], modifiers: [] };

/**
 * The kin of a noun compound WordNet lists ("call_up", "atomic_bomb"), through its main senses:
 * its single-word synonyms and derivations (a call-up: "mobilize"), and the compound its sense is a
 * direct kind of ("atomic bomb": a nuclear weapon). Sources name an act or thing in these words as
 * often as in the question's.
 */
export const compoundKin = memoized((compound: string): CompoundKin => {
  const net = wn();
  const key = compound.toLowerCase().replace(/[-\s]+/g, '_');
  if (!net || !key.includes('_')) return none;
  const senses = net.senses(key, 'n').slice(0, SENSES);
  if (senses.length === 0) return none;
  const same = new Set<string>();
  const heads = new Set<string>();
  const modifiers = new Set<string>();
  for (const offset of senses) {
    const synset = net.synset(offset, 'n');
    if (!synset) continue;
    for (const w of synset.words) if (single(w)) same.add(w);
    for (const p of synset.pointers) {
      // A derivation's synset says the same act in a verb ("call up": mobilise, rally).
      if (p.symbol === '+')
        for (const w of net.synset(p.offset, p.pos)?.words ?? []) if (single(w)) same.add(w);
      if (p.symbol !== '@') continue;
      const above = net.synset(p.offset, p.pos)?.words[0] ?? '';
      const parts = above.split('_');
      if (parts.length !== 2 || !parts.every(single)) continue;
      heads.add(parts.at(-1) ?? '');
      for (const m of parts.slice(0, -1)) modifiers.add(m);
    }
  }
  return { same: [...same], heads: [...heads].filter(Boolean), modifiers: [...modifiers] };
}, 1_000);
