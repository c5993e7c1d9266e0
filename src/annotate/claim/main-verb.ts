import type { Span } from '../../core/index.js';
import { type ClauseView, isSeparator, type TokenRange } from './clause-view.js';
import { claimLexicon as lx } from './lexicon.js';
import type { VerbGroup } from './verb-group.js';

const nominal = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** Any comma, bracket or dash between two token indices? */
function brokenBetween(v: ClauseView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isSeparator(v, k)) return true;
  return false;
}

const objectTags = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ']);

/**
 * A bare past form right after a noun is a participle modifier ("videos posted by watchers showed",
 * "trains loaded with shells have been leaving") when "by" follows it, or when a later tensed verb
 * (with an auxiliary, or itself past or "-s") follows with no comma between, and no object follows
 * it ("showed flatcars loaded ..." keeps "showed").
 */
function participle(v: ClauseView, g: VerbGroup, next: VerbGroup | undefined): boolean {
  if (!g.bare || !nominal.has(v.toks[g.first - 1]?.pos ?? '')) return false;
  const after = v.toks[g.last];
  if (after?.lower === 'by') return true;
  if (!next || brokenBetween(v, g.last, next.first)) return false;
  if (after && objectTags.has(after.pos) && !lx().notObjects.has(after.lower)) return false;
  const n = v.toks[next.first]?.lower ?? '';
  return next.first !== next.head || next.bare || n.endsWith('s');
}

const modifierBefore = new Set(['DET', 'NUM', 'ADJ']);
const nounAfter = new Set(['ADJ', 'NOUN', 'PROPN']);

/** A bare past form between a determiner or number and a noun is an adjective ("9,000 mobilised men"). */
function prenominal(v: ClauseView, g: VerbGroup): boolean {
  if (!g.bare || !nounAfter.has(v.toks[g.last]?.pos ?? '')) return false;
  let k = g.first - 1;
  while (v.toks[k]?.pos === 'ADV') k--;
  return modifierBefore.has(v.toks[k]?.pos ?? '');
}

/**
 * The main verb group of a clause: the first tensed group that is not inside a relative or
 * subordinate clause and not a participle modifier ("videos posted by watchers showed ...",
 * "analysts contacted by the agency judged ..."). Groups overlapping `exclude` (a reporting cue)
 * are passed over.
 */
export function mainVerb(
  v: ClauseView,
  r: TokenRange,
  /** The verb groups of the sentence, in order. */
  groups: readonly VerbGroup[],
  exclude?: Span,
): VerbGroup | undefined {
  const candidates: VerbGroup[] = [];
  for (const g of groups) {
    if (g.first < r.first || g.last > r.last) continue;
    const a = v.toks[g.first];
    const b = v.toks[g.last - 1];
    if (exclude && a && b && b.end > exclude.start && a.start < exclude.end) continue;
    if (g.finite && g.marker < r.first && !prenominal(v, g)) candidates.push(g);
  }
  for (let i = 0; i < candidates.length; i++) {
    const g = candidates[i] as VerbGroup;
    if (!participle(v, g, candidates[i + 1])) return g;
  }
  return undefined;
}
