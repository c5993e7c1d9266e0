/**
 * A text with its whitespace runs collapsed to one space, and the map from original offsets to
 * collapsed ones: the question gold's overlap rule counts characters with whitespace collapsed.
 */
export interface CollapsedText {
  readonly text: string;
  readonly lower: string;
  /** Offset in `text` of each original offset (length + 1 entries). */
  readonly at: Int32Array;
}

export function collapse(original: string): CollapsedText {
  const at = new Int32Array(original.length + 1);
  let out = '';
  let space = false;
  for (let i = 0; i < original.length; i++) {
    at[i] = out.length;
    const ch = original[i] ?? '';
    if (/\s/.test(ch)) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    at[i] = out.length;
    out += ch;
  }
  at[original.length] = out.length;
  return { text: out, lower: out.toLowerCase(), at };
}

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Every place a quote sits in the collapsed text (exact, else ignoring case): a caption may repeat. */
export function locate(doc: CollapsedText, quote: string): Range[] {
  const q = quote.replace(/\s+/g, ' ').trim();
  if (q === '') return [];
  const exact = occurrences(doc.text, q);
  return exact.length > 0 ? exact : occurrences(doc.lower, q.toLowerCase());
}

function occurrences(text: string, q: string): Range[] {
  const out: Range[] = [];
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1))
    out.push({ start: at, end: at + q.length });
  return out;
}

/** An original span in collapsed coordinates. */
export const collapsedRange = (doc: CollapsedText, start: number, end: number): Range => ({
  start: doc.at[Math.min(start, doc.at.length - 1)] ?? 0,
  end: doc.at[Math.min(end, doc.at.length - 1)] ?? 0,
});

/** The gold rule: two sentences match when they share at least half of the shorter one's characters. */
export function overlapEnough(a: Range, b: Range): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && shared * 2 >= shorter;
}

export const overlapOf = (a: Range, b: Range): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
