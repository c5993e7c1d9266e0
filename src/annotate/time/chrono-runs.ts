import type { Span } from '../../core/index.js';
import { timeLexicon } from './lexicon.js';

/** Where a chunk may be cut between sentences: after an end mark and its closing quotes, not in "p.m." or "U.S.". */
const SENTENCE_END = /(?<!\.\p{L})[.!?]["”’)]*\s+(?=\S)/gu;

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
    let run: Span | undefined;
    let start = chunk.start;
    const piece = (end: number) => {
      if (timeLexicon.chronoTrigger.test(text.slice(start, end))) run = { start: run?.start ?? start, end };
      else if (run) {
        out.push(run);
        run = undefined;
      }
      start = end;
    };
    const slice = text.slice(chunk.start, chunk.end);
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice))
      piece(chunk.start + m.index + m[0].length);
    piece(chunk.end);
    if (run) out.push(run);
  }
  return out;
}
