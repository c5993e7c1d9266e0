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
