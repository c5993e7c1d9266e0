import { once } from '../../core/index.js';
import { anchoredMatches } from './anchored.js';
import { addDays, parseIsoDay } from './calendar.js';
import type { TimeCandidate, TimeContext } from './candidate.js';
import { alternation, timeLexicon } from './lexicon.js';

const patterns = once(() => {
  const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:(${weekdays.join('|')})|(this|yesterday|tomorrow|last|early|late))\\s+${alternation(Object.keys(timeLexicon().dayParts))}(?![\\p{L}])|(?<![\\p{L}])(tonight|overnight)(?![\\p{L}])`,
    'giu',
  );
  /** Every match ends in a part of the day or "night" ("tonight", "overnight"). */
  const anchor = new RegExp(alternation([...Object.keys(timeLexicon().dayParts), 'night']), 'giu');
  const shift: Readonly<Record<string, number>> = {
    this: 0,
    tonight: 0,
    overnight: 0,
    early: 0,
    late: 0,
    yesterday: -1,
    last: -1,
    tomorrow: 1,
  };
  return { weekdays, pattern, anchor, shift };
});

/**
 * A part of a day: "Wednesday night" (the weekday, resolved like "on Wednesday"), "this morning",
 * "yesterday afternoon", "last night", "tonight". The value is the day; the part is in the span.
 */
export function dayPartParser({ text, reference }: TimeContext): TimeCandidate[] {
  const { weekdays, pattern, anchor, shift } = patterns();
  const ref = reference ? parseIsoDay(reference) : undefined;
  if (!ref) return [];
  const out: TimeCandidate[] = [];
  for (const m of anchoredMatches(text, pattern, anchor)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[1]) {
      const weekday = weekdays.indexOf(m[1].toLowerCase());
      out.push({
        ...span,
        from: { grain: 'day', ...ref },
        anchor: 'weekday',
        weekday,
        yearStated: false,
        rule: 'day-part',
      });
      continue;
    }
    const day = addDays(ref, shift[(m[2] ?? m[3] ?? '').toLowerCase()] ?? 0);
    out.push({
      ...span,
      from: { grain: 'day', ...day },
      anchor: 'relative',
      yearStated: false,
      rule: 'day-part',
    });
  }
  return out;
}
