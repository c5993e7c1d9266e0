/**
 * The one text normalization of sitrep, applied once at ingest: every offset stored later points
 * into its output, so it must never run twice with different results (it is idempotent).
 */

// Line and paragraph separators become plain newlines, like CR and CRLF.
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
// C0 and C1 controls except \t and \n, DEL, and the BOM / zero-width no-break space.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/g;
// Only runs that change: a tab, or two or more blanks (a lone space is left alone, which is most of
// a text and was most of the cost when every space was replaced by itself).
const HORIZONTAL_RUNS = /\t[ \t]*| [ \t]+/g;
// After the runs are single spaces, a trailing blank is one space before a newline (the end is trimmed).
const TRAILING_SPACE = / \n/g;
const BLANK_RUNS = /\n{3,}/g;

// NFC leaves pure ASCII unchanged; skipping it there saves a full ICU pass on most English text.
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;
const nfc = (s: string): string => (NON_ASCII.test(s) ? s.normalize('NFC') : s);

export const normalizeText = (raw: string): string =>
  nfc(
    raw
      .replace(LINE_BREAKS, '\n')
      // Controls go before NFC, so that removing one never leaves an uncomposed pair behind.
      .replace(CONTROLS, ''),
  )
    .replace(HORIZONTAL_RUNS, ' ')
    .replace(TRAILING_SPACE, '\n')
    .replace(BLANK_RUNS, '\n\n')
    .trim();
