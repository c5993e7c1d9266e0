import type { Span } from '../../core/index.js';
import { timeLexicon } from './lexicon.js';

/** Where a chunk may be cut between sentences: after an end mark and its closing quotes, not in "p.m." or "U.S.". */
const SENTENCE_END = /(?<!\.\p{L})[.!?]["”’)]*\s+(?=\S)/gu;
const LETTER_LAST = /\p{L}$/u;
const DIGIT = /^\d$/;

/**
 * The parts of each chunk worth handing to chrono-node: runs of consecutive sentences holding at
 * least one word or digit chrono's English parsers start from (a month, a weekday, a unit of time,
 * "ago", "yesterday", any digit). Most news sentences hold none, and chrono runs dozens of patterns
 * over all it is given. Whole sentences are kept together, so every phrase chrono could read keeps
 * the context its refiners look at; an abbreviation that looks like a sentence end ("Dec. 5") sits
 * between two sentences that both hold a trigger, so the run goes on across it.
 */
export function chronoRuns(text: string, chunks: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const chunk of chunks) {
    const slice = text.slice(chunk.start, chunk.end);
    const hits = triggersIn(slice);
    let next = 0; // the first hit not before `start`
    let run: Span | undefined;
    let start = 0;
    const piece = (end: number) => {
      while (next < hits.length && (hits[next] ?? 0) < start) next++;
      if ((hits[next] ?? end) < end)
        run = { start: run?.start ?? chunk.start + start, end: chunk.start + end };
      else if (run) {
        out.push(run);
        run = undefined;
      }
      start = end;
    };
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) piece(m.index + m[0].length);
    piece(slice.length);
    if (run) out.push(run);
  }
  return out;
}

/**
 * Where a trigger starts in `slice`, in order: a digit, or a trigger word with no letter before it.
 * One scan of the chunk instead of one per sentence; the letter before is tested here, as a
 * lookbehind in the pattern would make V8 try the long word list at every position. A trigger
 * never spans a sentence end, which is followed by white space.
 */
function triggersIn(slice: string): number[] {
  const out: number[] = [];
  const trigger = timeLexicon().chronoTrigger;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(slice); m; m = trigger.exec(slice)) {
    const word = !DIGIT.test(m[0]);
    if (word && m.index > 0 && LETTER_LAST.test(slice.slice(Math.max(0, m.index - 2), m.index)))
      trigger.lastIndex = m.index + 1;
    else out.push(m.index);
  }
  return out;
}
