import * as chrono from 'chrono-node';

/** A peer's time expression with its value in our form and in TimeML form. */
export interface PeerTime {
  readonly span: { readonly start: number; readonly end: number };
  readonly value: string;
  readonly timeml: string;
}

const placeholder = new Date(Date.UTC(2000, 0, 1, 12));
const pad = (n: number | null, w = 2): string => String(n ?? 0).padStart(w, '0');

const naiveValue = (c: chrono.ParsedComponents): string => {
  const date = `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return date;
  if (c.isCertain('month')) return date.slice(0, 7);
  if (c.isCertain('year')) return date.slice(0, 4);
  return date;
};

/**
 * chrono-node alone, the way most people call it: `chrono.parse(text, reference)`, the value read
 * naively from the finest stated component (implied values as chrono fills them). Without a
 * reference it runs on a fixed placeholder and keeps only results whose year is in the text.
 */
export function chronoNaive(text: string, reference: string | undefined): PeerTime[] {
  const instant = reference ? new Date(`${reference}T12:00:00Z`) : placeholder;
  return chrono.parse(text, instant).flatMap((r) => {
    if (!reference && !r.text.includes(pad(r.start.get('year'), 4))) return [];
    const start = naiveValue(r.start);
    const value = r.end ? `${start}/${naiveValue(r.end)}` : start;
    return [{ span: { start: r.index, end: r.index + r.text.length }, value, timeml: start }];
  });
}
