import { isValidYmd } from './calendar.js';
import type { TimeCandidate, TimeContext } from './candidate.js';

/** Year-first numeric dates, also with spaces around the separators: "2022-12-07", "2022 / 12 / 07". */
const pattern = /(?<![\d.,/-])((?:19|20)\d\d)\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d]|[.,/-]\d)/g;

export function numericDateParser({ text }: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const date = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
    if (!isValidYmd(date)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      from: { grain: 'day', ...date },
      anchor: 'absolute',
      yearStated: true,
      rule: 'numeric-date',
    });
  }
  return out;
}
