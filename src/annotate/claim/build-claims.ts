import type { Claim, Mention, Span } from '../../core/index.js';
import { contains } from '../../core/index.js';
import type { LayersOf } from '../stage.js';
import { bucketBySentence } from './buckets.js';
import { claimOf } from './claim-record.js';
import type { ClauseView, TokenRange } from './clause-view.js';
import { type Clause, clauses } from './clauses.js';
import { type ClauseLinks, clauseLinks } from './links.js';
import type { Phrase } from './noun-phrase.js';
import { type Proposition, proposition } from './proposition.js';
import { type VerbGroup, verbGroups } from './verb-group.js';

type Inputs = LayersOf<
  'tokens' | 'tokenView' | 'mentions' | 'quantities' | 'times' | 'attributions' | 'certainty'
>;

const actorKinds = new Set(['person', 'organisation', 'place', 'unit']);

/**
 * One claim per checkable clause: one that holds a figure, a report, an estimate, or a named actor
 * doing something. Headings (no closing punctuation) and questions are skipped; coordinated clauses
 * with their own verb ("X left, but Y stayed") are one claim each. When a clause is reported,
 * subject and predicate are read from what is reported, not from the reporting clause.
 */
export function buildClaims(text: string, a: Inputs): Claim[] {
  const { toks, sentences } = a.tokenView;
  const v: ClauseView = { text, toks, tokens: a.tokens };
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
    const items = {
      quantities: quantities[n] ?? [],
      attributions: reports[n] ?? [],
      certainty: estimates[n] ?? [],
      times: times[n] ?? [],
    };
    // Nothing to claim: no figure, report, estimate or mention (with a tagger's mentions to go by).
    const empty = items.quantities.length + items.attributions.length + items.certainty.length === 0;
    if (empty && (mentions[n] ?? []).length === 0 && a.mentions.length > 0) return;
    const body = text.slice(s.start, s.end).trimEnd();
    if (body.endsWith('?') || !/[.!”"')\]…]$/u.test(body)) return;
    const own: (readonly [number, Mention])[] = [];
    for (const i of mentions[n] ?? []) {
      const m = a.mentions[i];
      if (m) own.push([i, m]);
    }
    // The sentence's verb groups, read once for its clauses, subjects and reported content.
    const groups = verbGroups(v, s);
    const parts = clauses(v, s, groups);
    let previous: Phrase | undefined;
    for (const clause of parts) {
      const span = spanOf(v, clause);
      const links = clauseLinks(a, span, items);
      const p = propositionOf(v, clause, { groups }, links, a);
      const subject = p?.subject ?? (clause.shared ? previous : undefined);
      previous = subject;
      const ms = own.filter(([, m]) => contains(span, m.span));
      // A named actor in the clause, or any mention in its subject ("no Belarusian units crossed").
      const inSubject = subject ? spanOf(v, subject) : undefined;
      const named =
        a.mentions.length > 0
          ? ms.some(
              ([, m]) => actorKinds.has(m.kind) || (inSubject !== undefined && contains(inSubject, m.span)),
            )
          : toks.slice(clause.first, clause.last).some((t) => t.pos === 'PROPN');
      const rule =
        links.quantity !== undefined
          ? 'quantity'
          : links.attribution !== undefined
            ? 'attribution'
            : links.estimate
              ? 'certainty'
              : named && p
                ? 'event'
                : undefined;
      if (!rule) continue;
      out.push(claimOf(v, s, parts.length > 1 ? span : undefined, { p, subject, links, rule, ms, own, a }));
    }
  });
  return out;
}

function spanOf(v: ClauseView, r: TokenRange): Span {
  return { start: v.toks[r.first]?.start ?? 0, end: v.toks[r.last - 1]?.end ?? 0 };
}

/** The proposition of what is reported or estimated in a clause, else of the clause itself. */
function propositionOf(
  v: ClauseView,
  clause: Clause,
  sentence: { readonly groups: readonly VerbGroup[] },
  links: ClauseLinks,
  a: Inputs,
): Proposition | undefined {
  const report = links.attribution === undefined ? undefined : a.attributions[links.attribution];
  const span = spanOf(v, clause);
  const e = links.estimate;
  const reported = report ? overlap(span, report.content) : undefined;
  const region =
    reported ?? (e && contains(span, e.scope) && !contains(e.scope, e.span) ? e.scope : undefined);
  if (region) {
    let first = clause.first;
    let last = clause.last;
    while (first < last && (v.toks[first]?.start ?? 0) < region.start) first++;
    while (last > first && (v.toks[last - 1]?.end ?? 0) > region.end) last--;
    const p = proposition(v, { first, last }, sentence.groups, report?.cue.span);
    if (p) return p;
  }
  return proposition(v, clause, sentence.groups);
}

function overlap(a: Span, b: Span): Span | undefined {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end > start ? { start, end } : undefined;
}
