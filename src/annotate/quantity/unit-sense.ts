import { sharedWordNet } from '../../core/wordnet.js';
import { lookupUnit, type UnitInfo } from './lexicon.js';
import { isWord, lemmaOf, posOf, type ScanContext, surface } from './scan-context.js';
import { singular } from './singular.js';

/** WordNet's lexicographer file of quantities and units (noun.quantity). */
const QUANTITY_FILE = 23;
const WINDOW = 30;
/** Nouns of the sentence an other unit's gloss must share before it wins over the listed one. */
const MIN_SHARED = 2;
const sentenceEnds = new Set(['.', '!', '?']);

/**
 * The unit a short symbol stands for where WordNet files it under several units ("F": degree
 * Fahrenheit and farad, "C": degree Celsius and coulomb): the listed unit `info`, unless another
 * unit's gloss shares at least two nouns with the symbol's sentence and more than the listed one's
 * does ("the capacitor held a charge of 2.5 F at 5 volts" is in farads: its gloss names a capacitor,
 * a charge and volts). A simplified Lesk reading; without WordNet the listed unit stands.
 */
export function unitInSentence(ctx: ScanContext, symbol: number, info: UnitInfo): UnitInfo {
  const written = surface(ctx, symbol);
  const net = sharedWordNet();
  if (!net || written.length > 2) return info;
  const units = net
    .senses(written.toLowerCase(), 'n')
    .map((offset) => net.synset(offset, 'n'))
    .filter((s) => s !== undefined && s.lexFile === QUANTITY_FILE);
  if (units.length < 2) return info;
  const nouns = sentenceNouns(ctx, symbol);
  let listed = 0;
  let best: { info: UnitInfo; shared: number } | undefined;
  for (const synset of units) {
    if (!synset) continue;
    const gloss = new Set(
      (synset.gloss ?? '')
        .split(';')[0]
        ?.toLowerCase()
        .split(/[^\p{L}]+/u)
        .map(singular),
    );
    const shared = [...nouns].filter((n) => gloss.has(n)).length;
    const named = unitOf(synset.words[0] ?? '');
    if (named.unit === info.unit || synset.words.some((w) => w.includes(info.unit)))
      listed = Math.max(listed, shared);
    else if (shared >= MIN_SHARED && shared > (best?.shared ?? 0)) best = { info: named, shared };
  }
  return best && best.shared > listed ? best.info : info;
}

/** A WordNet lemma as our unit: the listed unit of that name, else the name itself ("farad"). */
function unitOf(lemma: string): UnitInfo {
  const name = lemma.replace(/_/g, ' ');
  return lookupUnit(name) ?? lookupUnit(`${name}s`) ?? { unit: name, kind: 'measure' };
}

/** The lemmas of the nouns in the sentence around token `at`, singular, other than `at` itself. */
function sentenceNouns(ctx: ScanContext, at: number): Set<string> {
  const out = new Set<string>();
  for (const step of [-1, 1]) {
    for (let k = at + step; Math.abs(k - at) <= WINDOW && k >= 0 && k < ctx.toks.length; k += step) {
      if (sentenceEnds.has(surface(ctx, k))) break;
      if (isWord(ctx, k) && posOf(ctx, k) === 'NOUN') out.add(singular(lemmaOf(ctx, k)));
    }
  }
  return out;
}
