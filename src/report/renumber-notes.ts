import type { Brief, Footnote } from './brief-model.js';

type Json = unknown;

/** Every footnote number the value refers to (`note` and `notes` fields), in reading (key) order. */
function collect(value: Json, out: number[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'note' && typeof v === 'number') out.push(v);
    else if (key === 'notes' && Array.isArray(v))
      out.push(...v.filter((n): n is number => typeof n === 'number'));
    else collect(v, out);
  }
}

function remap(value: Json, to: ReadonlyMap<number, number>): Json {
  if (Array.isArray(value)) return value.map((v) => remap(v, to));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      if (key === 'note' && typeof v === 'number') return [key, to.get(v) ?? v];
      if (key === 'notes' && Array.isArray(v))
        return [key, v.map((n) => (typeof n === 'number' ? (to.get(n) ?? n) : n))];
      return [key, remap(v, to)];
    }),
  );
}

/**
 * Numbers the footnotes in the order a reader meets them (the brief's fields are in reading order)
 * and drops the ones no statement cites (sections build drafts, and caps leave rows out).
 */
export function renumberNotes(brief: Brief): Brief {
  const { footnotes, ...body } = brief;
  const seen: number[] = [];
  collect(body, seen);
  const to = new Map<number, number>();
  for (const n of seen) if (!to.has(n)) to.set(n, to.size + 1);
  const renumbered: Footnote[] = footnotes
    .filter((f) => to.has(f.n))
    .map((f) => ({ ...f, n: to.get(f.n) ?? f.n }))
    .sort((x, y) => x.n - y.n);
  return { ...(remap(body, to) as Omit<Brief, 'footnotes'>), footnotes: renumbered };
}
