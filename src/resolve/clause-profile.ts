import { type Annotations, contains, firstStartingAt, type Span } from '../core/index.js';
import { contentWords } from './statement-clusters-words.js';
import type { CorpusDocument, ResolvedEntity } from './types.js';

/** What a clause says, apart from who says it: its content words and the entities it names. */
export interface ClauseProfile {
  readonly words: ReadonlySet<string>;
  readonly entities: ReadonlySet<string>;
}

/**
 * The stretches of a clause that name its speaker and cue ("Kuleba said", "according to ISW"): two
 * statements by one speaker share these words without saying the same thing.
 */
function attributionHoles(annotations: Annotations, span: Span): Span[] {
  const holes: Span[] = [];
  for (const a of annotations.attributions) {
    if (!contains(span, a.cue.span)) continue;
    holes.push(a.cue.span);
    if (contains(span, a.speaker.span)) holes.push(a.speaker.span);
    // Whom and where it was said to ("told state news agency X on Monday that", "said in a statement
    // on Telegram"): the report's frame, which one speaker's different statements share.
    if (a.content.start >= a.cue.span.end) holes.push({ start: a.cue.span.end, end: a.content.start });
    else if (a.content.end <= a.cue.span.start) {
      const next = annotations.attributions.find((b) => b !== a && b.content.start >= a.cue.span.end);
      const end = Math.min(span.end, next ? next.cue.span.start : span.end, a.cue.span.end + FRAME_REACH);
      if (end > a.cue.span.end) holes.push({ start: a.cue.span.end, end });
    }
  }
  return holes;
}

/** How far after a cue that closes its report the words of its frame may run ("..., she said in a statement on Friday."). */
const FRAME_REACH = 60;

/** Parts of speech of a title's words before a name ("UK foreign secretary", "CBS News correspondent"). */
const TITLE = new Set(['PROPN', 'NOUN', 'ADJ']);

/**
 * The stretches of a clause that name a person, with the title before the name ("White House press
 * secretary X", "told CBS News correspondent X"): the person counts once, as an entity; as words, a
 * name and its title made two sentences that merely mention one official say the same thing.
 */
function personNames(annotations: Annotations, span: Span): Span[] {
  const { tokens } = annotations;
  const out: Span[] = [];
  for (const m of annotations.mentions) {
    if (m.kind !== 'person' || !contains(span, m.span)) continue;
    let k = firstStartingAt(tokens, m.span.start) - 1;
    let start = m.span.start;
    for (; k >= 0; k--) {
      const t = tokens[k];
      if (!t || t.span.start < span.start || !TITLE.has(t.pos)) break;
      start = t.span.start;
    }
    out.push({ start, end: m.span.end });
  }
  return out;
}

/** What a clause says, before resolution: its content words and the within-document keys of the entities it names. */
export interface ClauseFacts {
  readonly words: Set<string>;
  /** The annotate layer's entity keys of the mentions inside the clause, in text order (repeats kept). */
  readonly entityKeys: readonly string[];
}

/** The facts of a claim's clause: words outside the attribution and people's names, and the mentions inside it. */
export function clauseFacts(cd: CorpusDocument, span: Span): ClauseFacts {
  const holes = attributionHoles(cd.annotations, span);
  const words = contentWords(cd.annotations, cd.doc.text, span, [
    ...holes,
    ...personNames(cd.annotations, span),
  ]);
  const entityKeys: string[] = [];
  for (const m of cd.annotations.mentions) {
    if (m.span.start < span.start || m.span.end > span.end) continue;
    if (holes.some((h) => contains(h, m.span))) continue;
    entityKeys.push(m.entity);
  }
  return { words, entityKeys };
}

/** A clause's facts with its entities resolved across the collection. */
export function resolvedProfile(
  facts: ClauseFacts,
  d: number,
  resolved: ReadonlyMap<string, ResolvedEntity>,
): ClauseProfile {
  const entities = new Set<string>();
  for (const key of facts.entityKeys) {
    const e = resolved.get(`${d}:${key}`);
    if (e) entities.add(e.id);
  }
  return { words: facts.words, entities };
}

/** The profile of a claim's clause: words outside the attribution, and the resolved entities inside it. */
export function clauseProfile(
  cd: CorpusDocument,
  d: number,
  span: Span,
  resolved: ReadonlyMap<string, ResolvedEntity>,
): ClauseProfile {
  return resolvedProfile(clauseFacts(cd, span), d, resolved);
}

/**
 * What tells one story from another in this collection: entities named in few of its documents (in
 * a collection about a war, the two countries at war name nothing in particular), and each word's
 * weight, its inverse document frequency ("killed" says little in a collection about casualties).
 */
export interface Salience {
  readonly entities: ReadonlySet<string>;
  readonly weights: ReadonlyMap<string, number>;
  /** The weight of a word no document holds (the rarest there is). */
  readonly unseen: number;
}

export const NO_SALIENCE: Salience = { entities: new Set(), weights: new Map(), unseen: 1 };

/** The distinct lemmas of a document, lower-cased, in the order first seen: what word weights count. */
export function documentLemmas(cd: CorpusDocument): string[] {
  const seen = new Set<string>();
  for (const t of cd.annotations.tokens) if (t.lemma) seen.add(t.lemma.toLowerCase());
  return [...seen];
}

/** `lemmas`, when given, holds `documentLemmas` of each document of the corpus (stored facts). */
export function salienceOf(
  corpus: readonly CorpusDocument[],
  entities: readonly ResolvedEntity[],
  lemmas?: readonly (readonly string[] | undefined)[],
  share = 0.15,
): Salience {
  const n = corpus.length;
  const limit = Math.max(2, Math.floor(n * share));
  const df = new Map<string, number>();
  corpus.forEach((cd, d) => {
    for (const w of lemmas?.[d] ?? documentLemmas(cd)) df.set(w, (df.get(w) ?? 0) + 1);
  });
  const weights = new Map<string, number>();
  for (const [w, k] of df) weights.set(w, 1 + Math.log((n + 1) / k));
  return {
    entities: new Set(entities.filter((e) => e.documents.length <= limit).map((e) => e.id)),
    weights,
    unseen: 1 + Math.log(n + 1),
  };
}

/** Whether two profiles name a distinctive entity in common. */
export function shareDistinctive(a: ClauseProfile, b: ClauseProfile, salience: Salience): boolean {
  for (const e of a.entities) if (b.entities.has(e) && salience.entities.has(e)) return true;
  return false;
}

/**
 * The weighted share of the shorter clause's words that the other also holds: a short report and a
 * long one of the same event ("19 killed in a strike on Odesa" in a sentence that goes on) match.
 */
export function weightedOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, salience: Salience): number {
  const w = (x: string) => salience.weights.get(x) ?? salience.unseen;
  let shared = 0;
  let ta = 0;
  let tb = 0;
  for (const x of a) {
    ta += w(x);
    if (b.has(x)) shared += w(x);
  }
  for (const x of b) tb += w(x);
  const least = Math.min(ta, tb);
  return least === 0 ? 0 : shared / least;
}

/** Jaccard over word sets with each word weighted by its salience: shared rare words count most. */
export function weightedJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>, salience: Salience): number {
  const w = (x: string) => salience.weights.get(x) ?? salience.unseen;
  let shared = 0;
  let union = 0;
  for (const x of a) {
    union += w(x);
    if (b.has(x)) shared += w(x);
  }
  for (const x of b) if (!a.has(x)) union += w(x);
  return union === 0 ? 0 : shared / union;
}

/**
 * How much two word sets share, in units of the rarest word: 2 is two words no other document
 * holds, or several that few hold. A short clause of common words ("people were killed") shares little.
 */
export function sharedSalience(a: ReadonlySet<string>, b: ReadonlySet<string>, salience: Salience): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += salience.weights.get(x) ?? salience.unseen;
  return shared / salience.unseen;
}
