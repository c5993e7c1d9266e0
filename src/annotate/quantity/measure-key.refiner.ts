import { mapInPlace } from '../in-place.js';
import { type Candidate, candidate, type Refiner } from './candidate.js';
import { lexicon } from './lexicon.js';
import { nationOfTroops, nounBefore, sentenceOf, wordBefore } from './measure-key-context.js';
import { keyLexicon as k } from './measure-key-lexicon.js';
import { lower, near, type ScanContext } from './scan-context.js';

/**
 * A normalized key of what a figure measures, to compare figures across documents:
 * - with a thing: the lower-cased head noun, mapped through the synonym table (soldiers, personnel,
 *   servicemen -> troops), after the modifiers that change what is counted (nationality, wounded,
 *   killed): "9,000 mobilized Russian soldiers" -> "russian-troops", "94 T-72 tanks" -> "tanks";
 * - troops say whose they are when the sentence does ("Belarus has 15,000 military personnel" ->
 *   "belarusian-troops"; see measure-key-context.ts); people liable for service are "reservists";
 * - a measure adds its unit in the plural: "65,000 tons of ammunition" -> "ammunition-tons"; a
 *   length after a calibre cue is no measure ("a calibre above 100 mm");
 * - a percentage adds "percent" ("60 per cent of the country" -> "country-percent"), except a share
 *   of respondents or of a people polled: "poll-share";
 * - money without a thing says what it is when a noun before it does ("a new loan of $1.5 billion" ->
 *   "loan-usd"), else its currency code ("usd"); a measure without a thing is its unit ("tons").
 * Word lists: model/quantity-context.json (synonyms, modifiers), model/quantity-measure-keys.json.
 */
export const measureKeyRefiner: Refiner = (ctx, candidates) =>
  mapInPlace(candidates, (c) => {
    const key = measureKey(ctx, c);
    return key ? candidate({ ...c, measureKey: key }) : c;
  });

function measureKey(ctx: ScanContext, c: Candidate): string | undefined {
  const unitKey = c.unit ? (k().unitKeys.get(c.unit) ?? plural(c.unit.replaceAll(' ', '-'))) : undefined;
  if (c.kind === 'measure' && c.unit && isCalibre(ctx, c, c.unit)) return undefined;
  if (!c.thing) {
    if (c.kind === 'money' || c.kind === 'rate') return moneyKey(ctx, c) ?? unitKey;
    return c.kind === 'measure' ? unitKey : undefined;
  }
  const words = thingWords(ctx, c);
  const last = words.at(-1) ?? '';
  const twoWords = lexicon().measureKeySynonyms.get(words.slice(-2).join(' '));
  const before = words.slice(0, twoWords ? -2 : -1);
  const nation = before.map((w) => k().nations.get(w)).find((n) => n !== undefined);
  let head =
    twoWords ?? lexicon().measureKeySynonyms.get(last) ?? (nation && k().forceSynonyms.get(last)) ?? last;
  if (k().forceBodyHeads.has(head) && wordBefore(ctx, c, 3, k().forceBodies)) head = 'troops';
  if (c.kind === 'percent') return pollShare(ctx, c, words) ? k().pollKey : `${head}-percent`;
  if (isReservists(ctx, c, head)) return k().reservistsKey;
  const named = before.filter((w) => !k().nations.has(w) && lexicon().measureKeyModifiers.has(w));
  // "the deaths of 40 prisoners": the figure counts the killed, though no modifier stands beside it.
  const dead = lower(ctx, c.first - 1) === 'of' && lexicon().deathNouns.has(lower(ctx, c.first - 2));
  const modifiers =
    dead && !named.includes('killed') && !named.includes('dead') ? [...named, 'killed'] : named;
  const whose = nation ?? (head === 'troops' ? nationOfTroops(ctx, c) : undefined);
  const key = [...(whose ? [whose] : []), ...modifiers, head].join('-');
  return c.kind === 'measure' && unitKey ? `${key}-${unitKey}` : key;
}

/**
 * The thing's words, lower-cased; a thing that stops at a nation before a force word the thing
 * reader did not take (it read "recruits" as a verb in "thousands of Russian recruits") gets it back.
 */
function thingWords(ctx: ScanContext, c: Candidate): string[] {
  const words = (c.thing ?? '').toLowerCase().split(/\s+/);
  const next = lower(ctx, c.last + 1);
  const forceWord = lexicon().measureKeySynonyms.has(next) || k().forceSynonyms.has(next);
  if (words.length === 1 && k().nations.has(words[0] ?? '') && near(ctx, c.last + 1) && forceWord)
    words.push(next);
  return words;
}

function moneyKey(ctx: ScanContext, c: Candidate): string | undefined {
  if (!c.currency) return undefined;
  const what = nounBefore(ctx, c, k().moneyWindow, (w) => k().moneyNouns.get(w));
  const code = c.currency.toLowerCase();
  return what ? `${what}-${code}` : code;
}

function pollShare(ctx: ScanContext, c: Candidate, words: readonly string[]): boolean {
  const thing = words.join(' ');
  if (k().respondents.has(thing) || k().respondents.has(words.at(-1) ?? '')) return true;
  const people = words.some((w) => k().pollPeople.has(w) || k().nations.has(w));
  const { words: sentence } = sentenceOf(ctx, c);
  return people && [...k().pollCues].some((cue) => sentence.has(cue));
}

/** "one and a half million people" liable for military service, "1.5 million Belarusians liable for service". */
function isReservists(ctx: ScanContext, c: Candidate, head: string): boolean {
  if (c.kind !== 'count' || !(k().reservistHeads.has(head) || k().nations.has(head))) return false;
  const { text } = sentenceOf(ctx, c);
  return k().reservistCues.some((cue) => text.includes(cue));
}

function isCalibre(ctx: ScanContext, c: Candidate, unit: string): boolean {
  return k().calibreUnits.has(unit) && wordBefore(ctx, c, k().calibreWindow, lexicon().calibreCues);
}

const plural = (unit: string): string => (unit.endsWith('s') || unit === 'mm' ? unit : `${unit}s`);
