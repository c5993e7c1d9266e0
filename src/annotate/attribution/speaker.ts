import type { Mention, SpeakerRef } from '../../core/index.js';
import type { Tok } from '../token-view.js';
import { cueLexicon } from './cue-lexicon.js';
import { firstStartingFrom } from './mention-index.js';
import { headOf, type Phrase } from './noun-phrase.js';
import { onlyTime } from './speaker-reach.js';
import { isTimeNoun } from './time-noun.js';

/**
 * A speaker from its noun phrase: vague when its head is collective or unnamed ("many analysts",
 * "sources"); a named speaker takes the entity key of the mention it overlaps (pronouns are
 * resolved afterwards, in antecedent.refiner.ts). `mentions` must be sorted by start.
 */
export function speakerFrom(
  text: string,
  toks: readonly Tok[],
  p: Phrase,
  mentions: readonly Mention[],
): SpeakerRef | null {
  const first = toks[p.first];
  const last = toks[p.last - 1];
  if (!first || !last) return null;
  const span = { start: first.start, end: last.end };
  const head = headOf(toks, p);
  const words = toks.slice(p.first, p.last);
  if (words.length === 1 && cueLexicon().excludedSpeakers.has(first.lower)) return null;
  // A time is never a speaker: "Wednesday", "the next six days".
  const lastNoun = words.findLast((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
  if (onlyTime(toks, p.first, p.last) || (lastNoun?.pos === 'NOUN' && isTimeNoun(lastNoun.lower)))
    return null;
  if (head && cueLexicon().nonSourceHeads.has(head.lower)) return null;
  const base = { span, text: text.slice(span.start, span.end) };
  const kind = words.length === 1 ? cueLexicon().pronouns.get(first.lower) : undefined;
  // A pronoun is taken up later, against the names before it (antecedent.refiner.ts).
  if (kind) return { ...base, vague: false };
  const named = overlapping(mentions, firstStartingFrom(mentions, span.end) - 1, span.start);
  const hasName = words.some((w) => w.pos === 'PROPN' && !cueLexicon().vagueHeads.has(w.lower));
  const vague =
    !named &&
    ((head !== undefined && cueLexicon().vagueHeads.has(head.lower)) ||
      (!hasName && words.some((w) => cueLexicon().vagueDeterminers.has(w.lower))));
  return named ? { ...base, vague, entity: named.entity } : { ...base, vague };
}

/** A named (non-demonym) mention overlapping a speaker that starts at `start`. */
function overlapping(mentions: readonly Mention[], from: number, start: number): Mention | undefined {
  for (let i = from; i >= 0 && from - i < 16; i--) {
    const m = mentions[i];
    if (m && m.span.end > start && m.kind !== 'demonym') return m;
  }
  return undefined;
}

/** A speaker read from its name, spanning the appositive that follows it ("Lange, the party chair,"). */
export function widened(text: string, named: SpeakerRef, end: number): SpeakerRef {
  if (end <= named.span.end) return named;
  const span = { start: named.span.start, end };
  return { ...named, span, text: text.slice(span.start, end) };
}
