import { parseIsoDay } from './calendar.js';
import type { TimeCandidate, TimeContext } from './candidate.js';

/**
 * "the quarter", "the latest quarter", "the year-ago quarter" in business news: the last quarter
 * completed before the reference (the one being reported), or the same quarter a year before.
 * "the current quarter" is the reference's own.
 */
const pattern =
  /\bthe\s+(?:(latest|most\s+recent|recent|past|last|just-ended|current|year-ago|year-earlier)\s+)?quarter\b(?![\s-]+(?:of|century|mile|point|percent|share))/gi;

export function quarterRefParser({ text, reference }: TimeContext): TimeCandidate[] {
  const ref = reference ? parseIsoDay(reference) : undefined;
  if (!ref) return [];
  const current = ref.year * 4 + Math.floor((ref.month - 1) / 3);
  const out: TimeCandidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const word = (m[1] ?? '').toLowerCase();
    const index = word === 'current' ? current : word.startsWith('year-') ? current - 5 : current - 1;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      from: { grain: 'quarter', year: Math.floor(index / 4), quarter: (index % 4) + 1 },
      anchor: 'relative',
      yearStated: false,
      rule: 'quarter-ref',
    });
  }
  return out;
}
