import type { Mention, SpeakerRef } from '../../core/index.js';
import type { Tok } from '../token-view.js';
import { isAgentNoun } from './agent-noun.js';
import { cueLexicon } from './cue-lexicon.js';
import { firstStartingFrom } from './mention-index.js';
import { headOf, type Phrase } from './noun-phrase.js';
import { onlyTime } from './speaker-reach.js';
import { isTimeNoun } from './time-noun.js';

const NOT_HEADS = new Set(['ADJ', 'DET', 'ADV', 'ADP', 'SCONJ', 'CCONJ', 'PART', 'AUX']);

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
  // "old" in "old fears", "a controversial", "After": adjectives and function words alone name nobody
  // (a word the tagger reads as a verb may be a name: "Lynch"; one read as an adjective may be a
  // person: "the general").
  // A quantifier alone stands for a group ("seen by many as ...").
  const quantifier = words.length === 1 && cueLexicon().vagueDeterminers.has(first.lower);
  if (!quantifier && words.every((w) => NOT_HEADS.has(w.pos) && !isAgentNoun(w.lower))) return null;
  // A time is never a speaker: "Wednesday", "the next six days".
  const lastNoun = words.findLast((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
  if (onlyTime(toks, p.first, p.last) || (lastNoun?.pos === 'NOUN' && isTimeNoun(lastNoun.lower)))
    return null;
  if (head && cueLexicon().nonSourceHeads.has(head.lower)) return null;
  const said = text.slice(span.start, span.end);
  const kind = words.length === 1 ? cueLexicon().pronouns.get(first.lower) : undefined;
  // A pronoun is taken up later, against the names before it (antecedent.refiner.ts).
  if (kind) return { span, text: said, vague: false };
  const named = overlapping(mentions, firstStartingFrom(mentions, span.end) - 1, span.start);
  const hasName = words.some((w) => w.pos === 'PROPN' && !cueLexicon().vagueHeads.has(w.lower));
  const vague =
    !named &&
    ((head !== undefined && cueLexicon().vagueHeads.has(head.lower)) ||
      (!hasName && words.some((w) => cueLexicon().vagueDeterminers.has(w.lower))));
  // Literals, not spreads of a shared part: this runs for every phrase a parser tries as a speaker.
  return named ? { span, text: said, vague, entity: named.entity } : { span, text: said, vague };
}

/** A named (non-demonym) mention overlapping a speaker that starts at `start`. */
function overlapping(mentions: readonly Mention[], from: number, start: number): Mention | undefined {
  for (let i = from; i >= 0 && from - i < 16; i--) {
    const m = mentions[i];
    if (m && m.span.end > start && m.kind !== 'demonym') return m;
  }
  return undefined;
}

/**
 * A speaker read from its name, spanning the appositive that follows it ("Lange, the party chair,").
 * A person the appositive names speaks, not the body of the role before it ("the head of the
 * council, NAME": NAME, not the council). `mentions` must be sorted by start.
 */
export function widened(
  text: string,
  named: SpeakerRef,
  end: number,
  mentions: readonly Mention[],
): SpeakerRef {
  if (end <= named.span.end) return named;
  const span = { start: named.span.start, end };
  const widenedSpeaker = { ...named, span, text: text.slice(span.start, end) };
  if (named.entity === undefined) return widenedSpeaker;
  const person = mentions.find(
    (m) => m.kind === 'person' && m.span.start >= named.span.end && m.span.end <= end,
  );
  const own = mentions.find((m) => m.entity === named.entity && m.span.start < named.span.end);
  return person && own?.kind !== 'person' ? { ...widenedSpeaker, entity: person.entity } : widenedSpeaker;
}
