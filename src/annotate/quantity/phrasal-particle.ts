import { memoized } from '../../core/memoized.js';
import { sharedWordNet } from '../../core/wordnet.js';

/** Stems an inflected verb may come from: "handing" -> hand, "taking" -> take, "handed" -> hand. */
const stems = (verb: string): string[] => {
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
 * ("hand_over"); without WordNet nothing is.
 */
export const isPhrasalParticle = memoized((pair: string): boolean => {
  const [verb = '', particle = ''] = pair.split(' ');
  const net = sharedWordNet();
  return (
    net !== undefined && stems(verb).some((s) => net.senses(`${s}_${particle.toLowerCase()}`, 'v').length > 0)
  );
});
