import type { TimeExpr } from '../../core/index.js';
import type { RefineContext, TimeCandidate } from './candidate.js';
import { chronoCandidates } from './chrono.parser.js';
import { chronoRuns } from './chrono-runs.js';
import { chunksOf } from './chunks.js';
import { dayPartCandidates } from './day-part.parser.js';
import { decadeCandidates } from './decade.parser.js';
import { durationCandidates } from './duration.parser.js';
import { toTimeExpr } from './format.js';
import { numericDateCandidates } from './numeric-date.parser.js';
import { periodOfCandidates } from './period-of.parser.js';
import { phraseCandidates } from './phrase.parser.js';
import { quarterCandidates } from './quarter.parser.js';
import { quarterRefCandidates } from './quarter-ref.parser.js';
import { refiners } from './refiners.js';
import { seasonCandidates } from './season.parser.js';
import { spelledYearCandidates } from './spelled-year.parser.js';
import { weekendCandidates } from './weekend.parser.js';
import { yearCandidates } from './year.parser.js';
import { yearOffsetCandidates } from './year-offset.parser.js';

/**
 * Parsers first (chrono first, so it wins ties), then the refiners in their fixed order. chrono
 * reads one line at a time (see chunks.ts), and of it only the sentences it could find something in
 * (see chrono-runs.ts).
 */
export function extractTimes(text: string, reference?: string): TimeExpr[] {
  const ctx: RefineContext = reference ? { text, reference } : { text };
  let candidates: TimeCandidate[] = [
    ...chronoCandidates(text, reference, chronoRuns(text, chunksOf(text))),
    ...numericDateCandidates(text),
    ...quarterCandidates(text, reference),
    ...quarterRefCandidates(text, reference),
    ...yearCandidates(text),
    ...periodOfCandidates(text, reference),
    ...dayPartCandidates(text, reference),
    ...yearOffsetCandidates(text, reference),
    ...seasonCandidates(text, reference),
    ...weekendCandidates(text, reference),
    ...decadeCandidates(text),
    ...spelledYearCandidates(text),
    ...durationCandidates(text),
    ...phraseCandidates(text),
  ];
  for (const refine of refiners) candidates = refine(candidates, ctx);
  return candidates.filter((c) => c.end > c.start).map((c) => toTimeExpr(c, text, reference));
}
