import type { Annotations, Span } from '../../core/index.js';
import type { CorpusDocument, Reconciliation } from '../../resolve/types.js';
import type { Indicator } from '../question/index.js';
import type { EvidencePiece, EvidenceVia } from '../types.js';
import { absentBefore, cueWords } from './absence.js';
import { dateAt, stanceAt } from './context.js';
import { findCues, mentionsAny } from './cue-matcher.js';
import { type EntityMatcher, entityMatcher } from './entity-names.js';
import { measureKeyMatches } from './measure-keys.js';
import type { OriginFinder } from './origins.js';
import { sentenceOf } from './sentences.js';

interface Hit {
  readonly via: EvidenceVia;
  readonly span: Span;
  readonly rule: string;
  readonly quantity?: number;
  readonly claim?: number;
}

function quantityHits(text: string, ann: Annotations, keys: readonly string[]): Hit[] {
  return ann.quantities.flatMap((q, i): Hit[] => {
    const s = sentenceOf(ann, q.span);
    const key = keys.find((k) => measureKeyMatches(k, q.measureKey, text.slice(s.start, s.end)));
    return key ? [{ via: 'quantity', span: q.span, rule: `measure:${key}`, quantity: i }] : [];
  });
}

/**
 * Claims that mention all the indicator's entities. When the indicator also lists cue phrases, the
 * claim must share a distinctive word with them: "Lukashenko" alone is in half the sentences.
 */
function claimHits(
  text: string,
  ann: Annotations,
  names: readonly string[],
  matchers: readonly EntityMatcher[],
  words: readonly string[],
): Hit[] {
  if (matchers.length === 0) return [];
  return ann.claims.flatMap((c, i): Hit[] => {
    const mentions = c.mentions.flatMap((m) => ann.mentions[m] ?? []);
    const all = matchers.every((match) => mentions.some(match));
    const topical = words.length === 0 || mentionsAny(text.slice(c.span.start, c.span.end), words);
    return all && topical
      ? [{ via: 'claim', span: c.span, rule: `entity:${names.join('+')}`, claim: i }]
      : [];
  });
}

/** Quantities are kept; other hits only when no earlier hit of a stronger kind shares their sentence. */
function dedupe(ann: Annotations, hits: readonly Hit[]): Hit[] {
  const taken = new Set<number>();
  const out: Hit[] = [];
  for (const via of ['quantity', 'cue', 'claim'] as const) {
    for (const hit of hits.filter((h) => h.via === via)) {
      const sentence = sentenceOf(ann, hit.span).start;
      if (via !== 'quantity' && taken.has(sentence)) continue;
      taken.add(sentence);
      out.push(hit);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The evidence for one indicator in one document: measured figures, cue phrases, claims about its entities. */
export function matchIndicator(
  indicator: Indicator,
  cd: CorpusDocument,
  reconciliation: Reconciliation,
  originOf: OriginFinder,
): EvidencePiece[] {
  const { text } = cd.doc;
  const ann = cd.annotations;
  const { measureKeys = [], entities = [], cues = [] } = indicator.match;
  const matchers = entities.map((e) => entityMatcher(e, reconciliation));
  const hits = dedupe(ann, [
    ...quantityHits(text, ann, measureKeys),
    ...findCues(text, cues).map((h): Hit => ({ via: 'cue', span: h.span, rule: `cue:${h.cue}` })),
    ...claimHits(text, ann, entities, matchers, cueWords(cues)),
  ]);
  const published = cd.doc.meta.published?.value;
  return hits.map((hit): EvidencePiece => {
    const sentence = sentenceOf(ann, hit.span);
    const claim = hit.claim === undefined ? undefined : ann.claims[hit.claim];
    const q = hit.quantity === undefined ? undefined : ann.quantities[hit.quantity];
    const stance = stanceAt(ann, hit.span);
    const date = dateAt(ann, sentence, published, claim);
    return {
      document: cd.doc.id,
      span: hit.span,
      text: text.slice(hit.span.start, hit.span.end),
      sentence,
      via: hit.via,
      rule: hit.rule,
      polarity:
        claim?.polarity === 'negative' || absentBefore(text, sentence, hit.span)
          ? 'negative'
          : stance.polarity,
      hedged: stance.hedged,
      ...(q ? { quantity: quantityOf(q) } : {}),
      ...(date ? { date } : {}),
      origin: originOf(cd, hit.span, sentence),
    };
  });
}

const quantityOf = (q: Annotations['quantities'][number]) => ({
  text: q.text,
  ...(q.value === undefined ? {} : { value: q.value }),
  ...(q.low === undefined ? {} : { low: q.low }),
  ...(q.high === undefined ? {} : { high: q.high }),
  ...(q.qualifier === undefined ? {} : { qualifier: q.qualifier }),
  ...(q.measureKey === undefined ? {} : { measureKey: q.measureKey }),
});
