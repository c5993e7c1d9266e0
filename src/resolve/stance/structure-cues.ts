import type { StanceToken } from './text.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const VERBAL = new Set(['VERB', 'AUX']);
const PUNCT = /^[.,;:!?()"“”—–-]$/;
/** How many words a speaker before or after a colon may have ("Police:", "...: state media"). */
const SPEAKER_WORDS = 3;

/** A participle: a verb whose form differs from its lemma and ends as participles do. */
const participle = (t: StanceToken | undefined): boolean =>
  t !== undefined && t.pos === 'VERB' && t.word !== t.lemma && /(?:ed|en|wn)$/.test(t.word);

/**
 * Whether the reporting word at `i` has no one saying it: a passive ("is said", "was reported"),
 * a raising frame ("believed to have", "said to be") or a participle straight after it ("feared
 * killed"). Such a report keeps the claim at a distance.
 */
export function agentlessAt(tokens: readonly StanceToken[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const next = tokens[i + 2];
  if (before && before.sentence === tokens[i]?.sentence && BE.has(before.word)) return true;
  if (after?.word === 'to' && next && VERBAL.has(next.pos)) return true;
  return participle(tokens[i]) && participle(after);
}

/** Whether a sentence opens or closes with a short verbless speaker and a colon ("Police: ..."). */
export function speakerColon(sentence: readonly StanceToken[]): boolean {
  const words = sentence.filter((t) => t.word !== ':' && !PUNCT.test(t.word));
  if (words.length <= SPEAKER_WORDS) return false;
  const first = sentence.findIndex((t) => t.word === ':');
  const last = sentence.findLastIndex((t) => t.word === ':');
  const verbless = (part: readonly StanceToken[]): boolean =>
    part.length > 0 &&
    part.length <= SPEAKER_WORDS &&
    !part.some((t) => VERBAL.has(t.pos) || PUNCT.test(t.word));
  if (first > 0 && verbless(sentence.slice(0, first))) return true;
  const tail = sentence.slice(last + 1).filter((t) => !PUNCT.test(t.word));
  return last > 0 && verbless(tail);
}
