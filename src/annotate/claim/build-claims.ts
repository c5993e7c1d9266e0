import type { Annotations, Certainty, Claim, Span } from '../../core/index.js';
import { contains } from '../../core/index.js';
import { tokenView } from '../attribution/token-view.js';
import { bucketBySentence } from './buckets.js';
import { proposition } from './main-verb.js';

type Inputs = Pick<
  Annotations,
  'sentences' | 'tokens' | 'mentions' | 'quantities' | 'times' | 'attributions' | 'certainty'
>;

const countable = new Set(['count', 'measure', 'money', 'percent', 'rate', 'duration']);
const actorKinds = new Set(['person', 'organisation', 'place', 'unit']);

/**
 * One claim per checkable sentence: one that holds a figure, a report, an estimate, or a named actor
 * doing something. Headings (no closing punctuation) and questions are skipped. When the sentence is
 * a report, subject and predicate are read from what is reported, not from the reporting clause.
 */
export function buildClaims(text: string, a: Inputs): Claim[] {
  const view = tokenView(text, a.sentences, a.tokens);
  const { toks, sentences } = view;
  const quantities = bucketBySentence(sentences, a.quantities);
  // Only calendar times date a claim: durations (P2W), sets and PRESENT_REF-style values do not.
  const times = bucketBySentence(sentences, a.times).map((ix) =>
    ix.filter((i) => /^\d{4}/.test(a.times[i]?.value ?? '')),
  );
  const mentions = bucketBySentence(sentences, a.mentions);
  const reports = bucketBySentence(
    sentences,
    a.attributions.map((x) => ({ span: x.cue.span })),
  );
  const estimates = bucketBySentence(sentences, a.certainty);
  const out: Claim[] = [];
  sentences.forEach((s, n) => {
    const body = text.slice(s.start, s.end).trimEnd();
    if (body.endsWith('?') || !/[.!”"')\]…]$/u.test(body)) return;
    const q = (quantities[n] ?? []).find((i) => countable.has(a.quantities[i]?.kind ?? ''));
    const report = reports[n]?.[0];
    const attribution = report === undefined ? undefined : a.attributions[report];
    const estimate = (estimates[n] ?? []).map((i) => a.certainty[i]).find((c) => c !== undefined);
    const region = regionOf(s, attribution?.content, estimate);
    const ms = mentions[n] ?? [];
    const own = ms.map((i) => a.mentions[i]).filter((m) => m !== undefined);
    const p = proposition(text, toks, s, region, own, attribution?.cue.span);
    const named =
      a.mentions.length > 0
        ? ms.some((i) => actorKinds.has(a.mentions[i]?.kind ?? ''))
        : toks.slice(s.first, s.last).some((t) => t.pos === 'PROPN');
    const rule =
      q !== undefined
        ? 'quantity'
        : report !== undefined
          ? 'attribution'
          : estimate
            ? 'certainty'
            : named && p.verb !== undefined
              ? 'event'
              : undefined;
    if (!rule) return;
    const quantity = q === undefined ? undefined : a.quantities[q];
    const verb = p.verb === undefined ? undefined : toks[p.verb];
    const lemma = verb ? (a.tokens[p.verb ?? -1]?.lemma ?? verb.lower) : undefined;
    const negative = p.negated || estimate?.polarity === 'negative';
    out.push({
      span: { start: s.start, end: s.end },
      text: text.slice(s.start, s.end),
      ...(p.subject ? { subject: p.subject } : {}),
      predicate: quantity?.measureKey ?? lemma ?? 'state',
      ...(q !== undefined ? { quantity: q } : {}),
      polarity: negative ? 'negative' : 'positive',
      ...(estimate ? { band: estimate.band, probability: estimate.probability } : {}),
      ...(report !== undefined ? { attribution: report } : {}),
      ...(times[n]?.[0] !== undefined ? { time: times[n]?.[0] } : {}),
      mentions: ms,
      rule: `claim:${rule}`,
    });
  });
  return out;
}

/** Where the proposition lies: what is reported, else what an estimate governs ("unlikely that X"), else the sentence. */
function regionOf(s: Span, content: Span | undefined, estimate: Certainty | undefined): Span {
  if (content && contains(s, content)) return content;
  if (estimate && contains(s, estimate.scope) && !contains(estimate.scope, estimate.span))
    return estimate.scope;
  return s;
}
