import { sharedWordNet } from '../../core/wordnet.js';
import { mapInPlace } from '../in-place.js';
import { type Candidate, type Refiner, withRule } from './candidate.js';
import { lexicon } from './lexicon.js';
import { glued, isNum, isWord, lower, near, posOf, type ScanContext, surface } from './scan-context.js';
import { singular } from './singular.js';

const MAX_WORDS = 6;

/**
 * The thing counted or measured, read after the figure: "94 T-72 tanks", "9,000 mobilized Russian
 * soldiers", "up to 100 guns and mortars", "65,000 tons of ammunition", "90% of respondents",
 * "hundreds of volunteers". Modifiers are adjectives, participles, names and designations; the
 * phrase ends on its last noun. When several are counted but that noun is singular, the figure
 * counts the first noun, a compound modifier: "the 12 page document" counts pages.
 */
export const thingRefiner: Refiner = (ctx, candidates) =>
  mapInPlace(candidates, (c) => {
    const joined = hyphenNoun(ctx, c);
    if (joined !== undefined)
      return withRule(c, 'thing.hyphen', { thing: surface(ctx, joined), last: joined });
    const of = thingStart(ctx, c);
    if (of === undefined) return c;
    const start = c.rules[0]?.endsWith('fraction') ? pastWhole(ctx, of) : of;
    const plural =
      start === c.last + 1 &&
      (c.value ?? c.high ?? 0) > 1 &&
      !mayEndName(ctx, c.first) &&
      pluralNounTaggedVerb(ctx, start);
    const read = readThing(ctx, start, plural);
    if (!read) return c;
    const found = start === c.last + 1 ? (compoundUnit(ctx, c, start, read) ?? read) : read;
    if (read === start && start === c.last + 1 && notCounted(ctx, c, start)) return c;
    const thing = ctx.text.slice(ctx.toks.starts[start] ?? 0, ctx.toks.ends[found] ?? 0);
    // A share keeps its own span, so that the whole's figure stays a figure of its own.
    return withRule(c, 'thing', { thing, last: start === of ? found : c.last });
  });

/**
 * A plural noun the tagger read as a verb right after a count above one ("65 snaps of coverage"):
 * a verb after such a count would not take "-s", and WordNet knows the singular as a noun.
 */
function pluralNounTaggedVerb(ctx: ScanContext, k: number): boolean {
  const word = surface(ctx, k);
  if (
    posOf(ctx, k) !== 'VERB' ||
    !/^\p{Ll}+[^s]s$/u.test(word) ||
    (glued(ctx, k + 1) && !isPunct(ctx, k + 1))
  )
    return false;
  return (sharedWordNet()?.senses(singular(word), 'n').length ?? 0) > 0;
}

/**
 * The figure may end a name or a compound, whose next word is then the verb: a capitalised word
 * before it ("World War Two grinds on") or a hyphen joining it ("the mother-of-two says").
 */
const mayEndName = (ctx: ScanContext, first: number): boolean =>
  (isWord(ctx, first - 1) && /^\p{Lu}/u.test(surface(ctx, first - 1))) ||
  (surface(ctx, first - 1) === '-' && glued(ctx, first));

const isPunct = (ctx: ScanContext, k: number): boolean => /^[.,;:!?)]$/.test(surface(ctx, k));

/**
 * A share of a counted whole is a share of what the whole counts: in "two-thirds of the combined
 * 4.3M sales" the thing starts after the whole's figure (at most one word before it).
 */
function pastWhole(ctx: ScanContext, start: number): number {
  const at = isNum(ctx, start)
    ? start
    : isNum(ctx, start + 1) && near(ctx, start + 1)
      ? start + 1
      : undefined;
  if (at === undefined) return start;
  let end = at;
  while (glued(ctx, end + 1) && isWord(ctx, end + 1)) end++;
  while (lexicon().scales.has(lower(ctx, end + 1)) && near(ctx, end + 1)) end++;
  return near(ctx, end + 1) && isWord(ctx, end + 1) ? end + 1 : start;
}

/** "six-cylinder", "12-page": a count joined by a hyphen to a lower-case noun counts that noun. */
function hyphenNoun(ctx: ScanContext, c: Candidate): number | undefined {
  const noun = c.last + 2;
  if (c.kind !== 'count' || surface(ctx, c.last + 1) !== '-' || !glued(ctx, c.last + 1) || !glued(ctx, noun))
    return undefined;
  const word = surface(ctx, noun);
  const single = !glued(ctx, noun + 1) || !isWord(ctx, noun + 1);
  return single && posOf(ctx, noun) === 'NOUN' && word === word.toLowerCase() ? noun : undefined;
}

/** Where the thing starts: right after a count, or after "of" for percentages, measures and vague counts. */
function thingStart(ctx: ScanContext, c: Candidate): number | undefined {
  const next = c.last + 1;
  if (!near(ctx, next)) return undefined;
  const vague = c.rules[0]?.startsWith('vague') ?? false;
  const needsOf = vague || c.kind === 'percent' || c.kind === 'measure';
  if (!needsOf && c.kind !== 'count') return undefined;
  for (const words of lexicon().thingLinks) {
    if (!needsOf && words.length < 2) continue;
    if (linkAt(ctx, next, words)) return next + words.length;
  }
  // "three of Smith's aides": "of" and a possessive name.
  if (lower(ctx, next) === 'of' && /^\p{Lu}/u.test(surface(ctx, next + 1)) && possessiveAt(ctx, next + 2)) {
    return next + 1;
  }
  return needsOf ? undefined : next;
}

/** Do the tokens from `at` spell `words`, each near the one before? */
function linkAt(ctx: ScanContext, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++)
    if (lower(ctx, at + k) !== words[k] || !near(ctx, at + k)) return false;
  return true;
}

type Role = 'noun' | 'modifier' | 'stop';

/** The last token of the thing starting at token `i`, or undefined when no noun heads it. */
export function readThing(ctx: ScanContext, i: number, firstIsNoun = false): number | undefined {
  let head: number | undefined;
  let k = i;
  let lowerNounSeen = false;
  let modifierBefore = false;
  for (let words = 0; words < MAX_WORDS && k < ctx.toks.length; words++) {
    if (k > i && !near(ctx, k)) break;
    if (lower(ctx, k) === 'and' && head !== undefined && head === k - 1 && k > i) {
      const after = compoundEnd(ctx, k + 1);
      if (role(ctx, k + 1, after) === 'noun' && near(ctx, k + 1)) {
        head = after;
        k = after + 1;
        continue;
      }
      break;
    }
    // Joined modifiers: "4.3M digital and physical sales", "300 Russian and Belarusian troops".
    if (lower(ctx, k) === 'and' && head === undefined && modifierBefore && near(ctx, k + 1)) {
      const next = role(ctx, k + 1, compoundEnd(ctx, k + 1));
      if (next === 'stop') break;
      k++;
      continue;
    }
    const end = compoundEnd(ctx, k);
    const r = k === i && firstIsNoun ? 'noun' : role(ctx, k, end);
    // A verb after the head noun is the sentence's verb: "two sisters helped fraudsters".
    if (r === 'stop' || (r === 'modifier' && lowerNounSeen && posOf(ctx, k) === 'VERB')) break;
    const capital = /^\p{Lu}/u.test(surface(ctx, k));
    if (lowerNounSeen && capital) break;
    if (r === 'noun') {
      head = end;
      if (!capital) lowerNounSeen = true;
    }
    modifierBefore = r === 'modifier';
    k = end + 1;
  }
  return head;
}

/** "'s" or "’s" written against the word before token `k`. */
const possessiveAt = (ctx: ScanContext, k: number): boolean =>
  (surface(ctx, k) === "'" || surface(ctx, k) === '’') &&
  glued(ctx, k) &&
  lower(ctx, k + 1) === 's' &&
  glued(ctx, k + 1);

/** Each context's compound ends, filled as they are asked for (-1: not yet known). */
const compoundEnds = new WeakMap<ScanContext, Int32Array>();

/**
 * Tokens joined without spaces by hyphens or directly ("T-72A", "MiG-31K", "surface-to-air", "Smith's").
 * A compound's end from token k is the end from k's first step, so ends are kept per context: a run of
 * glued tokens ("1.1.1.1…") is walked once, not once for every figure in it.
 */
function compoundEnd(ctx: ScanContext, k: number): number {
  let ends = compoundEnds.get(ctx);
  if (ends === undefined) {
    ends = new Int32Array(ctx.toks.length + 1).fill(-1);
    compoundEnds.set(ctx, ends);
  }
  const path: number[] = [];
  let end = k;
  for (;;) {
    const known = ends[end] ?? -1;
    if (known >= 0) {
      end = known;
      break;
    }
    const next = compoundStep(ctx, end);
    if (next === undefined) break;
    path.push(end);
    end = next;
  }
  for (const at of path) ends[at] = end;
  if (k < ends.length) ends[k] = end;
  return end;
}

/** Where a compound reaches from its token `end` in one step, or undefined where it stops. */
function compoundStep(ctx: ScanContext, end: number): number | undefined {
  const next = end + 1;
  if (next >= ctx.toks.length || !glued(ctx, next)) return undefined;
  if (possessiveAt(ctx, next)) return next + 1;
  if (surface(ctx, next) === '-' && glued(ctx, next + 1) && (isWord(ctx, next + 1) || isNum(ctx, next + 1)))
    return next + 1;
  if (isWord(ctx, next) || isNum(ctx, next)) return next;
  return undefined;
}

function role(ctx: ScanContext, k: number, end: number): Role {
  // A model number before a name: "two new 737 Max jets".
  if (isNum(ctx, k) && end === k && near(ctx, k + 1) && /^\p{Lu}\p{Ll}/u.test(surface(ctx, k + 1)))
    return 'modifier';
  if (!isWord(ctx, k)) return 'stop';
  const written = ctx.text.slice(ctx.toks.starts[k] ?? 0, ctx.toks.ends[end] ?? 0);
  if (end === k && lexicon().thingStopWords.has(written.toLowerCase())) return 'stop';
  if (/\d/.test(written) && /\p{L}/u.test(written)) return 'noun';
  const pos = posOf(ctx, k);
  if (pos === 'NOUN' || pos === 'PROPN') return end > k && posOf(ctx, end) === 'ADJ' ? 'modifier' : 'noun';
  if (pos === 'ADJ') return end > k && posOf(ctx, end) === 'NOUN' ? 'noun' : 'modifier';
  if (pos === 'VERB' && /(ed|ing)$/.test(written)) return 'modifier';
  if (pos === 'ADV' && (/ly$/.test(written) || lexicon().thingModifiers.has(written.toLowerCase())))
    return 'modifier';
  return 'stop';
}

/** "12 page document", "3 cylinder engine": the first noun, when both it and the head are singular. */
function compoundUnit(ctx: ScanContext, c: Candidate, start: number, head: number): number | undefined {
  if (c.kind !== 'count' || (c.value ?? c.high ?? 0) <= 1 || head === start) return undefined;
  const first = surface(ctx, start);
  if (posOf(ctx, start) !== 'NOUN' || compoundEnd(ctx, start) !== start) return undefined;
  return singularNoun(first) && singularNoun(surface(ctx, head)) ? start : undefined;
}

/**
 * One lower-case singular word after a count above one is not what it counts: "about 500 go there
 * each year" (a verb tagged as a noun). Collective nouns ("staff", "police") are listed as their own
 * plural (model/quantity-context.json).
 */
const notCounted = (ctx: ScanContext, c: Candidate, k: number): boolean =>
  (c.value ?? 0) > 1 && singularNoun(surface(ctx, k)) && /^\p{Ll}+$/u.test(surface(ctx, k));

const singularNoun = (word: string): boolean =>
  word === word.toLowerCase() &&
  !word.endsWith('s') &&
  singular(word) === word &&
  !lexicon().irregularPlurals.has(word);
