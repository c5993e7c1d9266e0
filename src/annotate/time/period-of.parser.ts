import { parseIsoDay } from './calendar.js';
import type { TimeCandidate, TimeContext } from './candidate.js';

/**
 * "the year" and "the month" as the object of a part ("by the end of the year", "the first half
 * of the month"): the reference's own year or month. The period-part refiner then adds the part.
 */
const pattern = /\b(?:beginning|start|middle|end|half)\s+of\s+((?:the|this)\s+(year|month))\b/gi;

export function periodOfParser({ text, reference }: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const ref = reference ? parseIsoDay(reference) : undefined;
  if (!ref) return out;
  for (const m of text.matchAll(pattern)) {
    const phrase = m[1] ?? '';
    const start = m.index + m[0].length - phrase.length;
    out.push({
      start,
      end: start + phrase.length,
      from: { grain: m[2]?.toLowerCase() === 'month' ? 'month' : 'year', year: ref.year, month: ref.month },
      anchor: 'relative',
      yearStated: false,
      rule: 'period-of',
    });
  }
  return out;
}
