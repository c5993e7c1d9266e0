import type { TimeCandidate, TimeContext } from './candidate.js';
import { timeLexicon } from './lexicon.js';

/**
 * Year mentions chrono leaves alone: "in 2014", "the 2020 election", "1999-2000". A four-digit
 * number counts as a year only after a cue word ("in", "since", "the", "fiscal", ...) or before
 * punctuation, so "2000 soldiers" stays a count.
 */
const yearPattern =
  /(?<![\d$€£.,:/-])((?:1[6-9]|20)\d\d)(?:\s*[-–]\s*((?:1[6-9]|20)\d\d))?(?![\d%]|[.,:/-]\d|['’]?s\b|\s*(?:per|%))/g;
const punctuationAfter = /^(?:[.,;:!?)\]'"’”]|\s*$|\s+(?:and|or|to|when|after|before|as)\b)/;

export function yearParser({ text }: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const m of text.matchAll(yearPattern)) {
    const first = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 12);
    if (!timeLexicon().yearCueBefore.test(before) && !punctuationAfter.test(after)) continue;
    const second = m[2] === undefined ? undefined : Number(m[2]);
    const range = second !== undefined && second > first;
    out.push({
      start,
      end: range ? end : start + m[0].indexOf(m[1] ?? '') + 4,
      from: { grain: 'year', year: first },
      ...(range ? { to: { grain: 'year', year: second } } : {}),
      anchor: 'absolute',
      yearStated: true,
      rule: range ? 'year-range' : 'year',
    });
  }
  return out;
}
