import { memoized } from '../../core/memoized.js';
import { phrasalVerbFile } from '../../core/wordnet.js';
import { lexicon } from './lexicon.js';

/** Stems an inflected verb may come from: "handing" -> hand, "taking" -> take, "handed" -> hand. */
export const stems = (verb: string): string[] => {
  const w = verb.toLowerCase();
  const out = [w];
  for (const [suffix, ends] of [
    ['ing', ['', 'e']],
    ['ed', ['', 'e']],
    ['es', ['']],
    ['s', ['']],
  ] as const) {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 2) continue;
    const base = w.slice(0, -suffix.length);
    for (const e of ends) out.push(base + e);
    // A doubled final consonant: "handed" no, "stopped" -> stop.
    if (base.at(-1) === base.at(-2)) out.push(base.slice(0, -1));
  }
  return out;
};

/**
 * Is `particle` part of a phrasal verb with `verb` ("handing over", "gave up") rather than a word
 * of the figure after it ("over 144" = more than 144)? WordNet lists phrasal verbs as lemmas
 * ("hand_over"); only those whose first sense is filed where a figure after them is what changes
 * hands count (`particleVerbFiles`). Without WordNet none is.
 */
export const isPhrasalParticle = memoized((pair: string): boolean => {
  const [verb = '', particle = ''] = pair.split(' ');
  const files = lexicon().particleVerbFiles;
  return stems(verb).some((s) => {
    const file = phrasalVerbFile(s, particle);
    return file !== undefined && files.has(file);
  });
});
