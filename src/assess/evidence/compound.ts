import { type Annotations, firstStartingAt, memoized, type Span, type Token } from '../../core/index.js';
import { baseForms, wn } from '../meaning/word-forms.js';

/** How far up a compound's hypernyms a sense of the cue may stand ("pontoon bridge" is a bridge). */
const KIND_DEPTH = 4;

const nounLemmas = (word: string): string[] => {
  const net = wn();
  return net ? baseForms(word.toLowerCase(), net).flatMap(([base, pos]) => (pos === 'n' ? [base] : [])) : [];
};

/** The words of a compound's senses and of those up to KIND_DEPTH hypernyms above them; empty when WordNet lists none. */
const compoundKinds = memoized((compound: string): ReadonlySet<string> => {
  const net = wn();
  const words = new Set<string>();
  let level = net?.senses(compound, 'n') ?? [];
  for (let depth = 0; net && depth <= KIND_DEPTH && level.length > 0; depth++) {
    const synsets = level.map((o) => net.synset(o, 'n'));
    for (const s of synsets) for (const w of s?.words ?? []) words.add(w);
    level = synsets.flatMap((s) => (s?.pointers ?? []).filter((p) => p.symbol === '@').map((p) => p.offset));
  }
  return words;
}, 5_000);

const wordOf = (text: string, t: Token): string => text.slice(t.span.start, t.span.end).toLowerCase();

/**
 * Whether a one-word noun cue modifies the noun after it in a compound WordNet lists for another
 * thing: neither the cue nor one of the indicator's things is the compound or a kind above it
 * ("opinion polls" are no opinion, "war crimes" no war; a "summit meeting" is a summit, and
 * "pontoon bridges" are bridges where the indicator is about bridges).
 */
export function inOtherCompound(
  text: string,
  ann: Annotations,
  at: Span,
  things: ReadonlySet<string>,
): boolean {
  const tokens = ann.tokens;
  const i = firstStartingAt(tokens, at.start);
  const token = tokens[i];
  const after = tokens[i + 1];
  // A sentence's first word may be tagged as a name ("Opinion polls show ...").
  if (!token || token.span.end !== at.end || (token.pos !== 'NOUN' && token.pos !== 'PROPN')) return false;
  if (after?.pos !== 'NOUN' || !/^[\s-]?$/u.test(text.slice(token.span.end, after.span.start))) return false;
  return nounLemmas(wordOf(text, token)).some((cue) =>
    nounLemmas(wordOf(text, after)).some((head) => {
      const kinds = compoundKinds(`${cue}_${head}`);
      return kinds.size > 0 && !kinds.has(cue) && ![...things].some((t) => kinds.has(t));
    }),
  );
}
