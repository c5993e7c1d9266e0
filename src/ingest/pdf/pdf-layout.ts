/** One run of text on a PDF page, as the PDF places it (y grows upwards, in points). */
export interface PdfRun {
  readonly text: string;
  readonly y: number;
  /** Font height; 0 for the empty runs that only mark an end of line. */
  readonly height: number;
  readonly endOfLine: boolean;
}

/** A gap between lines this many times the line height or more starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;
/**
 * Running headers and footers: the same line among the first or last lines of at least this share
 * of pages (and of two pages at least). Body text repeated mid-page is never dropped.
 */
const RUNNING_SHARE = 0.5;
const EDGE_LINES = 2;

interface Line {
  readonly text: string;
  readonly y: number;
  readonly height: number;
}

/** Runs grouped into lines: a new line at an end-of-line mark or where the baseline moves. */
export function linesOf(runs: readonly PdfRun[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y: number | undefined;
  let height = 0;
  const flush = () => {
    if (text.trim() !== '' && y !== undefined)
      lines.push({ text: text.replace(/\s+/g, ' ').trim(), y, height });
    text = '';
    y = undefined;
    height = 0;
  };
  for (const run of runs) {
    if (run.text !== '' && y !== undefined && Math.abs(run.y - y) > Math.max(1, height / 2)) flush();
    if (run.text !== '') {
      y ??= run.y;
      height = Math.max(height, run.height);
      text += run.text;
    }
    if (run.endOfLine) flush();
  }
  flush();
  return lines;
}

const isPageNumber = (line: string): boolean =>
  /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i.test(line);

/**
 * A page's lines joined into paragraphs: lines close together run on (a word broken by a hyphen at
 * the line's end is mended: "con-" + "tinues"), a wider gap starts a paragraph.
 */
function pageText(lines: readonly Line[]): string {
  let out = '';
  let previous: Line | undefined;
  for (const line of lines) {
    if (previous) {
      const gap = Math.abs(previous.y - line.y);
      const lineHeight = Math.max(previous.height, line.height, 1);
      if (gap >= PARAGRAPH_GAP * lineHeight) out += '\n\n';
      else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(line.text)) out = out.slice(0, -1);
      else if (!out.endsWith('-')) out += ' ';
    }
    out += line.text;
    previous = line;
  }
  return out;
}

/**
 * The text of a PDF from its pages' runs: lines rebuilt, page numbers and running headers or
 * footers dropped from the top and bottom of pages, pages joined as paragraphs.
 */
export function textOfPages(pages: readonly (readonly PdfRun[])[]): string {
  const linesByPage = pages.map(linesOf);
  const edges = (lines: readonly Line[]): string[] => [
    ...new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((l) => l.text)),
  ];
  const seen = new Map<string, number>();
  for (const lines of linesByPage) for (const text of edges(lines)) seen.set(text, (seen.get(text) ?? 0) + 1);
  const running = (text: string): boolean =>
    pages.length >= 2 && (seen.get(text) ?? 0) >= Math.max(2, RUNNING_SHARE * pages.length);
  return linesByPage
    .map((lines) =>
      pageText(
        lines.filter((l, i) => {
          const atEdge = i < EDGE_LINES || i >= lines.length - EDGE_LINES;
          return !(atEdge && (isPageNumber(l.text) || running(l.text)));
        }),
      ),
    )
    .filter((t) => t !== '')
    .join('\n\n');
}
