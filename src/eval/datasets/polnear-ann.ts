import type { Span } from '../../core/index.js';

/** One gold attribution relation of PolNeAR: each role as one or more spans (brat discontinuous spans). */
export interface PolnearRelation {
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
  readonly content: readonly Span[];
}

/**
 * Reads a brat `.ann` file: `T` lines give typed spans (code-point offsets), `E` lines tie an
 * attribution's Source, Cue and Content together. Offsets are mapped to UTF-16 indices of `text`.
 */
export function parseAnn(ann: string, text: string): PolnearRelation[] {
  const toUtf16 = codePointMap(text);
  const spans = new Map<string, Span[]>();
  const relations: PolnearRelation[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const ranges = body.slice(body.indexOf(' ') + 1).split(';');
      spans.set(
        id,
        ranges.map((r) => {
          const [a, b] = r.trim().split(/\s+/).map(Number);
          return { start: toUtf16(a ?? 0), end: toUtf16(b ?? 0) };
        }),
      );
    } else if (id.startsWith('E')) {
      const roles = new Map(body.split(/\s+/).map((part) => part.split(':') as [string, string]));
      const get = (role: string): Span[] => spans.get(roles.get(role) ?? '') ?? [];
      relations.push({ source: get('Source'), cue: get('Cue'), content: get('Content') });
    }
  }
  return relations;
}

function codePointMap(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[cp] ?? unit;
}
