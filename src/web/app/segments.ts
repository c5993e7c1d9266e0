/** A highlighted span of the text: what it is and what it resolved to. */
export interface Mark {
  readonly id: number;
  readonly layer: 'mention' | 'quantity' | 'time' | 'attribution' | 'certainty';
  /** A CSS class for the colour: the layer, or the mention's kind. */
  readonly tone: string;
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly details: readonly (readonly [string, string])[];
}

/** A stretch of text covered by the same marks (none for plain text). */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marks: readonly Mark[];
}

/**
 * Cuts the text at every mark boundary so overlapping and nested marks can be shown as flat runs;
 * marks with spans outside the text or empty are dropped. The runs cover the text exactly.
 */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const covering = valid
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return out;
}
