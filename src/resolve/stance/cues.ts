import { z } from 'zod';
import { cueLexicon } from '../../annotate/attribution/cue-lexicon.js';
import { certaintyLexicon } from '../../annotate/certainty/index.js';
import { loadModel, once } from '../../core/index.js';
import { sharedWordNet, type WordNet, type WordNetPos } from '../../core/wordnet.js';

const seeds = z.partialRecord(z.enum(['n', 'v', 'a', 'r']), z.array(z.string()));
const cueFile = z.object({
  senses: z.number().int().positive(),
  deny: seeds,
  confirm: seeds,
  hedge: seeds,
  dispute: seeds,
  accuse: seeds,
  hold: seeds,
});

/** Word classes a stance reads, as lower-case single words and lemmas. */
export interface StanceCues {
  readonly deny: ReadonlySet<string>;
  readonly confirm: ReadonlySet<string>;
  readonly hedge: ReadonlySet<string>;
  readonly dispute: ReadonlySet<string>;
  /** Verbs that say someone did a wrong ("accuse", "blame"): the accuser asserts the act. */
  readonly accuse: ReadonlySet<string>;
  /** Verbs of holding a claim true or likely ("believe", "expect"): negated, they deny it. */
  readonly hold: ReadonlySet<string>;
  readonly report: ReadonlySet<string>;
  readonly negators: ReadonlySet<string>;
}

/** A seed's synonyms in its first senses and the words derived from them ("deny" -> "denial"). */
function widen(wn: WordNet | undefined, seed: string, pos: WordNetPos, senses: number): string[] {
  const out = [seed];
  if (!wn) return out;
  for (const offset of wn.senses(seed, pos).slice(0, senses)) {
    const synset = wn.synset(offset, pos);
    if (!synset) continue;
    out.push(...synset.words);
    for (const p of synset.pointers) {
      if (p.symbol !== '+') continue;
      const source = p.source === 0 ? undefined : synset.words[p.source - 1];
      if (source !== undefined && source !== seed) continue;
      const target = wn.synset(p.offset, p.pos);
      const word = target?.words[p.target - 1];
      if (word) out.push(word);
    }
  }
  return out.filter((w) => !w.includes('_'));
}

function widenAll(wn: WordNet | undefined, bySeed: z.output<typeof seeds>, senses: number): Set<string> {
  const out = new Set<string>();
  for (const [pos, words] of Object.entries(bySeed) as [WordNetPos, string[]][])
    for (const seed of words) for (const w of widen(wn, seed, pos, senses)) out.add(w);
  return out;
}

function build(): StanceCues {
  const file = loadModel('stance-cues', cueFile);
  const wn = sharedWordNet();
  const certainty = certaintyLexicon();
  const attribution = cueLexicon();
  const hedge = widenAll(wn, file.hedge, file.senses);
  for (const [first, markers] of certainty.markers)
    if (markers.some((m) => m.words.length === 1 && m.band !== 'almost certain' && m.band !== 'very likely'))
      hedge.add(first);
  const report = new Set<string>(attribution.nounCues);
  for (const phrases of attribution.verbs.values())
    for (const p of phrases) if (p.words.length === 1) for (const w of [p.lemma, ...p.words]) report.add(w);
  const deny = widenAll(wn, file.deny, file.senses);
  const confirm = widenAll(wn, file.confirm, file.senses);
  // A word read as both denying and confirming ("admit" widens near "acknowledge") says neither.
  for (const w of [...deny].filter((x) => confirm.has(x))) for (const set of [deny, confirm]) set.delete(w);
  const dispute = widenAll(wn, file.dispute, file.senses);
  const accuse = widenAll(wn, file.accuse, file.senses);
  const hold = widenAll(wn, file.hold, file.senses);
  return { deny, confirm, hedge, dispute, accuse, hold, report, negators: certainty.negators };
}

/** Built on first use from `model/stance-cues.json`, WordNet and the certainty and attribution lexicons. */
export const stanceCues: () => StanceCues = once(build);
