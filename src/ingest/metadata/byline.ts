import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/index.js';
import { type DateValue, findStatedDate } from './date-patterns.js';

const data = JSON.parse(readFileSync(join(projectRoot, 'model', 'ingest-dates.json'), 'utf8')) as {
  bylineCues: string[];
  bylineMaxLine: number;
  datelineMaxLine: number;
  headerLines: number;
};

// Cues match in any case, names only with capitals: each cue letter becomes a class like [bB].
const anyCase = (cue: string): string =>
  [...cue]
    .map((ch) =>
      ch.toLowerCase() === ch.toUpperCase()
        ? ch.replace(/[.*+?^${}()|[\]\\]/, '\\$&')
        : `[${ch.toLowerCase()}${ch.toUpperCase()}]`,
    )
    .join('');
const cues = data.bylineCues.map(anyCase).join('|');
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|al|bin|da))*";
const BYLINE = new RegExp(
  `^(?:${cues})\\s+(${NAME}(?:\\s+(?:and|und|и|і|&)\\s+${NAME})*)\\s*(?:[,|—–-].*)?$`,
  'u',
);

/** The first non-empty lines of a text, where bylines and datelines stand. */
const headerLines = (text: string): string[] =>
  text
    .split('\n', data.headerLines * 3)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, data.headerLines);

/** "By Jane Doe" (or "Von ...", "Автор ...") on a short line near the top. */
export const findByline = (text: string): string | undefined => {
  for (const line of headerLines(text)) {
    if (line.length > data.bylineMaxLine) continue;
    const m = BYLINE.exec(line);
    const name = m?.[1]?.trim();
    if (name !== undefined) return name;
  }
  return undefined;
};

/** A date standing on a short line near the top ("2022 / 12 / 07", "MINSK, Dec. 7, 2022 —"). */
export const findDateline = (text: string): DateValue | undefined => {
  for (const line of headerLines(text)) {
    if (line.length > data.datelineMaxLine) continue;
    const date = findStatedDate(line);
    if (date !== undefined) return date;
  }
  return undefined;
};

/** An outlet's name: two to six capitalised words, no digits. */
const outletName = (candidate: string | undefined): string | undefined => {
  const name = candidate?.trim();
  if (!name || /\d/.test(name)) return undefined;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^[\p{Lu}&(]/u.test(w))
    ? name
    : undefined;
};

/**
 * The outlet a text's header names: after the author on its byline ("By Jane Doe, Harbour
 * Gazette"), else before the place on the dateline line after it ("Harbour Gazette, Portsmouth -
 * 5 May 2022"; "Portsmouth, 5 May 2022" names none).
 */
export const findOutlet = (text: string): string | undefined => {
  const lines = headerLines(text);
  const at = lines.findIndex((l) => l.length <= data.bylineMaxLine && BYLINE.test(l));
  const byline = lines[at];
  if (at < 0 || byline === undefined) return undefined;
  const name = BYLINE.exec(byline)?.[1] ?? '';
  const after = /[,|—–]\s*([^,|—–]+)/u.exec(byline.slice(byline.indexOf(name) + name.length));
  const next = lines[at + 1];
  const dated =
    next !== undefined && next.length <= data.datelineMaxLine && findStatedDate(next) !== undefined;
  // "Outlet, Place - date": a name, then a place before the date ("Place, date" names no outlet).
  const parts = dated ? /^([^,]+),\s*\p{Lu}[\p{L}'’ -]*?\s*[-–—,]\s*\S/u.exec(next) : null;
  return outletName(after?.[1]) ?? outletName(parts?.[1]);
};

/** A headline: the first line of a text when a byline follows it and it ends without a full stop. */
export const findHeadline = (text: string): string | undefined => {
  const [first, second] = headerLines(text);
  if (!first || !second || first.length > 200 || /[.!?:]$/.test(first)) return undefined;
  return BYLINE.test(second) && second.length <= data.bylineMaxLine ? first : undefined;
};
