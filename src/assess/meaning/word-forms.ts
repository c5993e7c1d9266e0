import { memoized } from '../../core/index.js';
import { sharedWordNet, type WordNet, type WordNetPos, wordNetPos } from '../../core/wordnet.js';

/** Opened on first use, once per process (undefined when the files are missing). */
export const wn = sharedWordNet;

/** WordNet's detachment rules: inflected ending -> base ending, per part of speech. */
const detach: Record<WordNetPos, readonly [string, string][]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

/** The base forms of a word WordNet knows, with their part of speech ("shelled" -> shell/v). */
export function baseForms(word: string, net: WordNet): [string, WordNetPos][] {
  const out: [string, WordNetPos][] = [];
  for (const pos of wordNetPos) {
    const candidates = [
      word,
      ...detach[pos].flatMap(([from, to]) => (word.endsWith(from) ? [word.slice(0, -from.length) + to] : [])),
    ];
    for (const c of new Set(candidates))
      if (c.length > 1 && net.senses(c, pos).length > 0) out.push([c, pos]);
  }
  return out;
}

/** True when WordNet knows the word in some part of speech, inflected or not ("troops", "russian"). */
export const isWord = (word: string): boolean => {
  const net = wn();
  return net !== undefined && baseForms(word.toLowerCase(), net).length > 0;
};

/** How many senses a lemma has in all parts of speech: a word with many is a poor synonym. */
const senseCount = (net: WordNet, lemma: string): number =>
  wordNetPos.reduce((n, pos) => n + net.senses(lemma, pos).length, 0);

/** Senses read for derivations; synonyms come from the first (most frequent) sense only. */
const SENSES = 3;
const MAX_SYNONYM_SENSES = 4;

/**
 * The words that carry the same meaning as `word` in a text: the word, its base forms, their
 * derivationally related forms and pertainyms (shelling ~ shell ~ shelled, Russia ~ Russian), and,
 * with `synonyms`, the single-word synonyms of its most frequent sense that are not themselves
 * highly ambiguous (troops ~ soldiery). All lower case.
 */
export const wordForms = memoized((key: string): ReadonlySet<string> => {
  const synonyms = key.startsWith('+');
  const word = (synonyms ? key.slice(1) : key).toLowerCase();
  const forms = new Set([word]);
  const net = wn();
  if (!net) return forms;
  for (const [base, pos] of baseForms(word, net)) {
    forms.add(base);
    for (const [rank, offset] of net.senses(base, pos).slice(0, SENSES).entries()) {
      const synset = net.synset(offset, pos);
      if (!synset) continue;
      const self = synset.words.indexOf(base) + 1;
      if (synonyms && rank === 0) {
        for (const w of synset.words)
          if (!w.includes('_') && senseCount(net, w) <= MAX_SYNONYM_SENSES) forms.add(w);
      }
      for (const p of synset.pointers) {
        if ((p.symbol !== '+' && p.symbol !== '\\') || (p.source !== 0 && p.source !== self)) continue;
        const target = net.synset(p.offset, p.pos);
        const w = target?.words[p.target - 1];
        if (w && !w.includes('_')) forms.add(w);
      }
    }
  }
  return forms;
});
