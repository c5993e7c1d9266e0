import { type Attribution, overlaps, type Span } from '../../core/index.js';
import { type Score, Tally } from '../prf.js';
import type { PolnearRelation } from './polnear-ann.js';

/**
 * Span matching for PolNeAR, one-to-one and in prediction order. `overlap`: at least one character
 * shared with any piece of the gold span (brat spans may be discontinuous). `exact`: the same
 * extent as the gold span (first start to last end), both sides trimmed of spaces, punctuation and
 * quote marks at their edges, so `“C,”` and `C` are the same content.
 */
export type SpanRule = 'overlap' | 'exact';

const edge = /[\s\p{P}\p{S}]/u;

function trimmed(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && edge.test(text[a] ?? '')) a++;
  while (b > a && edge.test(text[b - 1] ?? '')) b--;
  return { start: a, end: b };
}

function extent(spans: readonly Span[]): Span {
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

export function spanMatches(text: string, rule: SpanRule, p: Span, gold: readonly Span[]): boolean {
  if (gold.length === 0) return false;
  if (rule === 'overlap') return gold.some((g) => overlaps(p, g));
  const a = trimmed(text, p);
  const b = trimmed(text, extent(gold));
  return a.start === b.start && a.end === b.end;
}

type Role = 'source' | 'cue' | 'content';
const roles: readonly Role[] = ['source', 'cue', 'content'];
const rules: readonly SpanRule[] = ['overlap', 'exact'];

const predictedSpan = (a: Attribution, role: Role): Span =>
  role === 'source' ? a.speaker.span : role === 'cue' ? a.cue.span : a.content;

/** Micro-averaged counts over documents, per role and rule, plus attribution-level overlap. */
export class PolnearTally {
  private readonly byCategory = new Map<string, Tally>();

  add(text: string, predicted: readonly Attribution[], gold: readonly PolnearRelation[]): void {
    for (const role of roles) {
      // Gold relations without a source (brat `Attribution-no-source`) have no source to find.
      const goldSpans = gold.map((g) => g[role]).filter((s) => s.length > 0);
      for (const rule of rules) {
        const spans = predicted.map((a) => predictedSpan(a, role));
        this.count(
          `${role}-${rule}`,
          oneToOne(spans, goldSpans, (p, g) => spanMatches(text, rule, p, g)),
        );
      }
    }
    // A predicted triple counts when it shares text with one gold relation in all three roles: cue,
    // source and content (a role the gold leaves empty, mostly the source, is not required).
    const fits = (p: Span, g: readonly Span[]): boolean =>
      g.length === 0 || spanMatches(text, 'overlap', p, g);
    const hit = (p: Attribution, g: PolnearRelation): boolean =>
      fits(p.cue.span, g.cue) && fits(p.content, g.content) && fits(p.speaker.span, g.source);
    this.count('attribution-overlap', oneToOne(predicted, gold, hit));
  }

  scores(): Record<string, Score> {
    return Object.fromEntries([...this.byCategory].map(([k, t]) => [k, t.score()]));
  }

  private count(category: string, m: { tp: number; fp: number; fn: number }): void {
    const tally = this.byCategory.get(category) ?? new Tally();
    tally.add(m.tp, m.fp, m.fn);
    this.byCategory.set(category, tally);
  }
}

/** Greedy one-to-one matching: each prediction takes the first unused gold item it matches. */
export function oneToOne<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  matches: (p: P, g: G) => boolean,
): { tp: number; fp: number; fn: number } {
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const g = gold.findIndex((x, i) => !used.has(i) && matches(p, x));
    if (g >= 0) {
      used.add(g);
      tp++;
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}
