import { filterInPlace } from '../in-place.js';
import { oldAfter } from './age.refiner.js';
import type { Candidate, Refiner } from './candidate.js';
import { currencyBefore } from './currency.js';
import { isNumberWord, lexicon, lookupUnit } from './lexicon.js';
import {
  between,
  glued,
  isNum,
  isWord,
  longestAfter,
  longestBefore,
  lower,
  near,
  type ScanContext,
  surface,
} from './scan-context.js';
import { endsSuspendedList } from './suspended-hyphen.refiner.js';

/**
 * Drops figures that are not quantities: model designations ("T-72", "MiG-31K", "G7"), dates
 * ("3 December", "Dec. 3", "12/07"), clock times ("11 a.m.", "1:36"), list markers ("1."),
 * footnote marks ("{1}"), labels ("Article 5", "No. 3"), codes led by a zero ("0800"), idioms ("no one", "one another") and
 * number words joined by a hyphen to a noun that is not a unit ("a three-bed flat", "a six-speed
 * gearbox", "a one-time payment": a feature of the noun after, not a count), unless they end a
 * suspended list ("four-, five- and six-cylinder engines").
 */
export const notQuantityRefiner: Refiner = (ctx, candidates) =>
  filterInPlace(
    candidates,
    (c) =>
      !(
        designation(ctx, c) ||
        date(ctx, c) ||
        time(ctx, c) ||
        marker(ctx, c) ||
        label(ctx, c) ||
        code(ctx, c) ||
        idiom(ctx, c) ||
        compoundModifier(ctx, c)
      ),
  );

const letters = (ctx: ScanContext, i: number): boolean => isWord(ctx, i);

function designation(ctx: ScanContext, c: Candidate): boolean {
  // An age is never a name, even glued to a word: "their then-14 year-old son".
  if (c.words || oldAfter(ctx, c.n1)) return false;
  const before = c.n0 - 1;
  if (glued(ctx, c.n0) && letters(ctx, before) && !currencyBefore(ctx, c.n0)) return true;
  // "T-72" is a name; "0-to-60" and "200,000 to-260,000" are ranges.
  if (
    glued(ctx, c.n0) &&
    surface(ctx, before) === '-' &&
    glued(ctx, before) &&
    letters(ctx, before - 1) &&
    lower(ctx, before - 1) !== 'to'
  )
    return true;
  const after = c.n1 + 1;
  if (glued(ctx, after) && letters(ctx, after) && c.kind !== 'ordinal' && c.kind !== 'year') {
    const unit = longestAfter(ctx, after, 3, lookupUnit);
    return !unit && !lexicon().currencySuffixes.has(surface(ctx, after));
  }
  return false;
}

const isMonth = (ctx: ScanContext, i: number): boolean => lexicon().months.has(surface(ctx, i));

function date(ctx: ScanContext, c: Candidate): boolean {
  if (c.words && c.kind !== 'ordinal') return false;
  const before = surface(ctx, c.n0 - 1) === '.' ? c.n0 - 2 : c.n0 - 1;
  if (near(ctx, c.n0) && isMonth(ctx, before)) return true;
  const after = lower(ctx, c.n1 + 1) === 'of' ? c.n1 + 2 : c.n1 + 1;
  if (near(ctx, c.n1 + 1) && isMonth(ctx, after)) return true;
  return separatedBy(ctx, c, '/') || separatedBy(ctx, c, '.') || isoDate(ctx, c.n0);
}

/** Token `i` is part of "2019-09-01" (a year, then two numbers, joined by dashes without spaces). */
function isoDate(ctx: ScanContext, i: number): boolean {
  for (let s = i; s >= i - 4; s -= 2) {
    if (!/^\d{4}$/.test(surface(ctx, s))) continue;
    let joined = true;
    for (let k = 1; k <= 4 && joined; k++)
      joined = glued(ctx, s + k) && (k % 2 === 1 ? surface(ctx, s + k) === '-' : isNum(ctx, s + k));
    if (joined) return true;
  }
  return false;
}

/** A number joined by `sep` to another number on either side ("12/07", "07.12.2022"). */
const separatedBy = (ctx: ScanContext, c: Candidate, sep: string): boolean =>
  (surface(ctx, c.n1 + 1) === sep && near(ctx, c.n1 + 1) && near(ctx, c.n1 + 2) && isNum(ctx, c.n1 + 2)) ||
  (surface(ctx, c.n0 - 1) === sep && near(ctx, c.n0) && near(ctx, c.n0 - 1) && isNum(ctx, c.n0 - 2));

function time(ctx: ScanContext, c: Candidate): boolean {
  if (separatedBy(ctx, c, ':')) return true;
  if (!near(ctx, c.n1 + 1)) return false;
  return (
    longestAfter(ctx, c.n1 + 1, 4, (s) =>
      lexicon().timeSuffixes.has(s.toLowerCase()) ? true : undefined,
    ) !== undefined
  );
}

function marker(ctx: ScanContext, c: Candidate): boolean {
  if (c.words) return false;
  const next = surface(ctx, c.n1 + 1);
  const prev = surface(ctx, c.n0 - 1);
  if (
    (prev === '{' || prev === '[') &&
    (next === '}' || next === ']') &&
    glued(ctx, c.n0) &&
    glued(ctx, c.n1 + 1)
  )
    return true;
  if (!((next === '.' || next === ')') && glued(ctx, c.n1 + 1)) || (c.value ?? 100) > 20) return false;
  const start = ctx.toks.starts[c.n0];
  const lineStart =
    start !== undefined && (start === 0 || /\n\s*$/.test(ctx.text.slice(Math.max(0, start - 8), start)));
  return lineStart || prev === ':' || prev === ';';
}

function label(ctx: ScanContext, c: Candidate): boolean {
  if (c.words || !near(ctx, c.n0) || currencyBefore(ctx, c.n0)) return false;
  const found = longestBefore(ctx, c.n0 - 1, 2, (s) =>
    lexicon().labels.has(s.toLowerCase()) ? true : undefined,
  );
  if (!found) return false;
  return surface(ctx, found.first).toLowerCase() !== 'no' || noLabel(ctx, c);
}

/** Digits led by a zero are a code or a clock time, not an amount: "the 0800 number", "at 0600 GMT", "agent 007". */
const code = (ctx: ScanContext, c: Candidate): boolean =>
  !c.words && c.n0 === c.n1 && /^0\d+$/.test(surface(ctx, c.n0));

/** "No. 3" and "No 3" are labels; lower-case "no 3" is left alone ("no 3 people agree"). */
const noLabel = (ctx: ScanContext, c: Candidate): boolean =>
  surface(ctx, c.n0 - 1) === '.' || surface(ctx, c.n0 - 1) === 'No';

function idiom(ctx: ScanContext, c: Candidate): boolean {
  if (!c.words || c.n0 !== c.n1 || lower(ctx, c.n0) !== 'one') return false;
  const i = c.n0;
  const windows: [number, number][] = [
    [i - 1, i],
    [i, i + 1],
    [i, i + 2],
    [i - 2, i],
    [i - 1, i + 1],
    [i - 2, i + 1],
    [i - 3, i],
  ];
  return windows.some(([a, b]) => a >= 0 && lexicon().idioms.has(between(ctx, a, b).toLowerCase()));
}

function compoundModifier(ctx: ScanContext, c: Candidate): boolean {
  if (!c.words || c.kind !== 'count' || surface(ctx, c.n1 + 1) !== '-') return false;
  if (endsSuspendedList(ctx, c.n0)) return false;
  const noun = c.n1 + 2;
  if (!glued(ctx, c.n1 + 1) || !glued(ctx, noun) || !isWord(ctx, noun)) return false;
  const word = lower(ctx, noun);
  return !lookupUnit(word) && !lexicon().ageUnits.has(word) && !isNumberWord(word);
}
