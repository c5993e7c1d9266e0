import type { Annotations, Band, Span } from '../../core/index.js';
import { contains, firstStartingAt, overlaps } from '../../core/index.js';
import { stanceCues } from '../../resolve/stance/cues.js';
import { bandOf, probabilityOf } from './bands.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import type { SentenceTokens } from './sentence-tokens.js';

/** How a sentence states a judgement: an estimative phrase, a denial, or a rumour it passes on. */
export type MarkerKind = 'estimate' | 'denial' | 'hearsay';

/** An estimative marker in a sentence, with the probability it gives the statement in its scope. */
export interface MarkerHit {
  readonly kind: MarkerKind;
  readonly span: Span;
  readonly text: string;
  /** The phrase's own probability (its place in the band), before the sentence's modifiers. */
  readonly probability: number;
  readonly band: Band;
  readonly strength: number;
  /** The clause it governs. */
  readonly scope: Span;
  /** It judges the embedded question it governs ("whether X will ... remains to be seen"). */
  readonly governsQuestion?: boolean;
  /** It reports the statement in its scope absent or denied ("no signs that X"): a hedge inside is what is absent. */
  readonly absence?: boolean;
}

/** A listed phrase keeps its own point; an unlisted one its band's midpoint. */
const pointOf = (text: string, band: Band): number => lex().pointOf(text) ?? probabilityOf(band);

/**
 * The point of a marker the certainty stage negated: a listed phrase that holds the negation ("not
 * improbable", "not likely") keeps its point; one listed without it ("likely" of "n't clear how
 * likely") would undo the negation, so the negated band's midpoint stands.
 */
function negatedPoint(text: string, band: Band, negated: boolean): number {
  const listed = pointOf(text, band);
  if (!negated) return listed;
  const words = text.split(/\s+/);
  const last = words.findLastIndex((w) => /^(?:not|n['’]t|never|no|hardly|cannot)$/i.test(w));
  const bare = last < 0 ? undefined : lex().pointOf(words.slice(last + 1).join(' '));
  return bare !== undefined && bare === listed ? probabilityOf(band) : listed;
}

/** A hedge set off by a comma ("..., presumably for political reasons") governs only what follows it. */
const parenthetical = (text: string, span: Span): boolean =>
  /,\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start));

/**
 * A modal verb ("could", "may") hedges what its verb phrase says will happen: in "a call-up could
 * fuel unrest" the hedged event is the unrest, so the scope starts at the modal.
 */
const isModalVerb = (s: SentenceTokens, span: Span): boolean => {
  const own = s.tokens.filter((t) => t.span.start >= span.start && t.span.end <= span.end);
  // "is remote", "cannot be ruled out": a predicate that judges its subject, not a modal before its verb.
  return own[0]?.pos === 'AUX' && own.every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART');
};

/** Where the clause holding a marker begins: after the last subordinator or strong stop before it. */
function clauseStart(s: SentenceTokens, span: Span): number {
  let start = s.span.start;
  s.tokens.forEach((t, i) => {
    if (t.span.end > span.start) return;
    const w = s.lower[i] ?? '';
    if (lex().clauseOpeners.has(w) || /^[;:—–]$|^--$/.test(w)) start = s.tokens[i + 1]?.span.start ?? start;
  });
  return start;
}

/**
 * What a marker of the certainty stage judges. A parenthetical hedge governs what follows it, and
 * a modal verb what follows it up to the next comma ("could be damaged, leading to ..."). A
 * predicate with no complement ("an attack remains unlikely before spring", "judged an entry into
 * the war unlikely", "is a less likely scenario") judges its subject too: its scope is its clause.
 */
function scopeOf(text: string, s: SentenceTokens, span: Span, scope: Span): Span {
  return frontedClause(text, s, span, ownScope(text, s, span, scope));
}

/**
 * A clause that opens the sentence with a subordinator ends at its comma ("While a halt is thought
 * unlikely, a cut is probable"): a marker inside it judges only it, and one after it does not
 * judge it.
 */
function frontedClause(text: string, s: SentenceTokens, span: Span, scope: Span): Span {
  const first = s.lower[0] ?? '';
  const opens =
    (lex().clauseOpeners.has(first) && !lex().relatives.has(first)) || lex().subordinators.has(first);
  if (!opens) return scope;
  const comma = text.indexOf(',', s.span.start);
  if (comma < 0 || comma >= s.span.end) return scope;
  if (comma >= span.end) return comma < scope.end ? { start: scope.start, end: comma } : scope;
  return comma >= scope.start ? { start: comma + 1, end: scope.end } : scope;
}

function ownScope(text: string, s: SentenceTokens, span: Span, scope: Span): Span {
  if (parenthetical(text, span)) return { start: span.start, end: scope.end };
  if (isModalVerb(s, span)) {
    const comma = text.indexOf(',', span.end);
    return coordinated(text, s, {
      start: span.start,
      end: comma >= 0 && comma < scope.end ? comma : scope.end,
    });
  }
  const between = text.slice(span.end, scope.start);
  // "for" opens a complement only with its infinitive ("unlikely for X to attack"); "improbable
  // for the analyst" names who judges.
  const complement =
    /\b(?:that|of|whether)\b/i.test(between) ||
    (/\bfor\b/i.test(between) && /\bto\b/i.test(text.slice(span.end, scope.end)));
  if (scope.start >= span.end && !complement)
    return coordinated(text, s, { start: clauseStart(s, span), end: scope.end });
  return coordinated(text, s, scope);
}

/**
 * A judged clause goes on over a list its last words begin ("cannot rule out an attack, or a
 * deeper involvement"): after a comma and a coordinating conjunction, to the next stop.
 */
function coordinated(text: string, s: SentenceTokens, scope: Span): Span {
  if (!/^\s*,\s*(?:or|and)\b/i.test(text.slice(scope.end, s.span.end))) return scope;
  const rest = text.slice(scope.end, s.span.end);
  const stop = rest.slice(1).search(/[;:.?!]/);
  const end = stop < 0 ? s.span.end : scope.end + 1 + stop;
  // A clause of its own after the conjunction ("..., and we should plan for it") is no list.
  const clause = s.tokens.some(
    (t) => t.span.start > scope.end && t.span.end <= end && (t.pos === 'VERB' || t.pos === 'AUX'),
  );
  return clause ? scope : { start: scope.start, end };
}

/** Words that negate a verb before it ("does not believe", "don't expect", "never thought"). */
const verbNegators = new Set(['not', "n't", 'never']);

/**
 * Whether a marker that is a verb of judging ("believe that", "expected to") is itself negated:
 * a negator before it with only auxiliaries and adverbs between ("does not believe that it
 * would", "is not expected to"). What it judges is then held with the complement probability.
 */
function negatedJudgement(s: SentenceTokens, span: Span): boolean {
  const first = s.tokens.findIndex((t) => t.span.start >= span.start);
  if (first < 0 || s.tokens[first]?.pos !== 'VERB') return false;
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    if (verbNegators.has(s.lower[k] ?? '')) return true;
    const pos = s.tokens[k]?.pos;
    if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') return false;
  }
  return false;
}

/** A judgement whose verb is negated states the complement of its probability. */
function withNegation(s: SentenceTokens, m: MarkerHit): MarkerHit {
  if (!negatedJudgement(s, m.span)) return m;
  const probability = 1 - m.probability;
  return { ...m, probability, band: bandOf(probability) };
}

/** The certainty markers inside a sentence, found by binary search in the sorted list. */
function certaintyIn(annotations: Annotations, sentence: Span): Annotations['certainty'] {
  const list = annotations.certainty;
  const lo = firstStartingAt(list, sentence.start);
  const out: Annotations['certainty'][number][] = [];
  for (let k = lo; k < list.length && (list[k]?.span.start ?? 0) < sentence.end; k++) {
    const c = list[k];
    if (c && contains(sentence, c.span)) out.push(c);
  }
  return out;
}

/**
 * The certainty stage's markers in the sentence, plus the extra phrases of
 * model/assess-bottom-line.json it does not know ("poised to", "remains low"). A hedge over a
 * negated statement ("probably not") gives the statement the complement of its probability.
 */
export function estimatesIn(text: string, annotations: Annotations, s: SentenceTokens): MarkerHit[] {
  const sentence = s.span;
  const found = certaintyIn(annotations, sentence).map((c): MarkerHit => {
    const own = negatedPoint(c.text, c.band, c.rule.includes('+negated'));
    const probability = c.rule.endsWith('+negative-scope') ? 1 - own : own;
    return {
      kind: 'estimate',
      span: c.span,
      text: c.text,
      probability,
      band: bandOf(probability),
      strength: lex().strengthOf(c.text, c.band),
      scope: scopeOf(text, s, c.span, c.scope),
      ...(c.polarity === 'negative' ? { absence: true } : {}),
    };
  });
  const body = text.slice(sentence.start, sentence.end);
  for (const m of lex().markers) {
    for (const match of body.matchAll(m.pattern)) {
      const start = sentence.start + (match.index ?? 0);
      const span = { start, end: start + match[0].length };
      if (found.some((f) => overlaps(f.span, span))) continue;
      const probability = pointOf(match[0], m.band);
      // A phrase before its verb ("poised to announce") governs what follows; a predicate ("is
      // remote", "remains to be seen") judges its clause.
      const next = s.tokens.findIndex((t) => t.span.start >= span.end);
      const scope =
        next >= 0 && s.tokens[next]?.pos !== 'PUNCT' && s.tokens[next]?.pos !== 'ADP'
          ? { start, end: sentence.end }
          : scopeOf(text, s, span, { start: span.end, end: sentence.end });
      found.push({
        kind: 'estimate',
        span,
        text: match[0],
        probability,
        band: m.band,
        strength: m.strength,
        scope,
        ...(m.governsQuestion ? { governsQuestion: true } : {}),
        ...(m.absence ? { absence: true } : {}),
      });
    }
  }
  found.push(...doubtsIn(s, found));
  return found.filter((m) => !overOught(s, m) && !causedState(s, m)).map((m) => withNegation(s, m));
}

/** How many words an object may take between a causative verb and the state it is given. */
const OBJECT_WORDS = 6;
const objectParts = new Set(['PRON', 'DET', 'NOUN', 'ADJ', 'VERB', 'PROPN', 'ADP', 'NUM']);

/**
 * An estimative adjective that is the state a causative verb gives its object ("making it
 * impossible for ships to leave", "have made exporting grain virtually impossible", "were made
 * impossible"): a result the text reports, not a judgement.
 */
function causedState(s: SentenceTokens, m: MarkerHit): boolean {
  const first = s.tokens.findIndex((t) => t.span.start >= m.span.start);
  if (first < 0 || s.tokens[first]?.pos !== 'ADJ') return false;
  let k = first - 1;
  while (s.tokens[k]?.pos === 'ADV') k--;
  for (let words = 0; k >= 0 && words <= OBJECT_WORDS; k--, words++) {
    const t = s.tokens[k];
    if (t && lex().causatives.has((t.lemma ?? s.lower[k] ?? '').toLowerCase()) && t.pos === 'VERB')
      return true;
    if (!objectParts.has(t?.pos ?? '')) return false;
  }
  return false;
}

/** Words that open what a word of doubt doubts ("sceptical that", "dubious about"). */
const doubted = new Set(['that', 'whether', 'of', 'about']);

/**
 * Adjectives of doubt the certainty stage does not know, from the stance lexicon's class of
 * calling a claim into doubt (widened through WordNet: "sceptical", "dubious"), before what they
 * doubt: the doubted clause is unlikely, as it is after "doubtful".
 */
function doubtsIn(s: SentenceTokens, found: readonly MarkerHit[]): MarkerHit[] {
  const out: MarkerHit[] = [];
  s.tokens.forEach((t, k) => {
    if (t.pos !== 'ADJ' || !doubted.has(s.lower[k + 1] ?? '')) return;
    if (!stanceCues().dispute.has(s.lower[k] ?? '') || found.some((f) => overlaps(f.span, t.span))) return;
    const probability = pointOf('doubtful', 'unlikely');
    out.push({
      kind: 'estimate',
      span: t.span,
      text: s.lower[k] ?? '',
      probability,
      band: bandOf(probability),
      strength: 2,
      scope: { start: t.span.start, end: s.span.end },
    });
  });
  return out;
}

/**
 * A belief whose clause says what ought to happen ("does not think X should join", "I think we
 * should leave"): an opinion of what is right, not an estimate. The first auxiliary after the
 * marker, before any verb, tells.
 */
function overOught(s: SentenceTokens, m: MarkerHit): boolean {
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (!t || t.span.start < m.span.end || t.span.end > m.scope.end) continue;
    if (t.pos === 'VERB') return false;
    if (t.pos === 'AUX') return lex().deontics.has(s.lower[k] ?? '');
  }
  return false;
}
