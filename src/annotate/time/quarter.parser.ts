import type { TimeCandidate } from './candidate.js';
import { alternation, timeLexicon } from './lexicon.js';

const ordinals = alternation(Object.keys(timeLexicon.quarterOrdinals));
/** "the third quarter", "third-quarter", "the fourth quarter of 2022", "Q3 2022", "2022 Q3". */
const pattern = new RegExp(
  `\\b(?:(?:the\\s+)?(${ordinals})[\\s-]+quarter(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?|Q([1-4])(?:\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d)\\s+Q([1-4]))\\b`,
  'gi',
);

export function quarterCandidates(text: string): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const quarter = m[1] ? timeLexicon.quarterOrdinals[m[1].toLowerCase()] : Number(m[3] ?? m[6]);
    if (!quarter) continue;
    const yearText = m[2] ?? m[4] ?? m[5];
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      from: { grain: 'quarter', year: yearText ? Number(yearText) : 0, quarter },
      anchor: yearText ? 'absolute' : 'year-implied',
      yearStated: yearText !== undefined,
      rule: 'quarter',
    });
  }
  return out;
}
