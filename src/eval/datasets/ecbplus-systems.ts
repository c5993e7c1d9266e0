import type { Annotations, Mention, MentionKind, Span } from '../../core/index.js';
import { asDocumentId, contains } from '../../core/index.js';
import { clusterEvents, resolveEntities } from '../../resolve/index.js';
import { pushTo } from '../../resolve/multimap.js';
import type { CorpusDocument } from '../../resolve/types.js';
import { UnionFind } from '../../resolve/union-find.js';
import type { EcbDocument, EcbMention } from './ecbplus-read.js';

/** A response: one cluster label per gold mention, in the order of the gold list. */
export type Labels = readonly string[];

const LEADING = /^((the|a|an|in|on|at|off|of|from|to|near|into|by)\s+)+/i;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The lemma of the token under a span's start (wink-nlp's, through the annotate layer). */
export function lemmaAt(annotations: Annotations, text: string, span: Span): string {
  const token = annotations.tokens.find((t) => t.span.start <= span.start && span.start < t.span.end);
  return (token?.lemma ?? text.slice(span.start, span.end)).toLowerCase();
}

/**
 * The head of a gold mention for both systems alike: for an event its first verb, for a noun phrase
 * the last noun before a preposition or comma ("organizers of the gala" -> organizers).
 */
export function syntacticHead(m: EcbMention, annotations: Annotations, event: boolean): EcbMention {
  const inside = annotations.tokens.filter((t) => t.span.start >= m.span.start && t.span.end <= m.span.end);
  if (inside.length <= 1) return m;
  const verb = event ? inside.find((t) => t.pos === 'VERB') : undefined;
  if (verb) return { ...m, head: verb.span };
  const cut = inside.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || t.pos === 'PUNCT'));
  const before = cut > 0 ? inside.slice(0, cut) : inside;
  const noun = before.findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  const head = noun ?? before.at(-1);
  return head ? { ...m, head: head.span } : m;
}

/** The same-lemma baseline: mentions of one topic whose heads share a lemma are one cluster. */
export function sameLemma(
  docs: ReadonlyMap<string, EcbDocument>,
  annotated: ReadonlyMap<string, Annotations>,
  mentions: readonly EcbMention[],
): Labels {
  return mentions.map((m) => {
    const doc = docs.get(m.doc);
    const a = annotated.get(m.doc);
    return doc && a ? `${doc.topic}|${lemmaAt(a, doc.text, m.head)}` : m.doc;
  });
}

const kindOf = (type: string): MentionKind | undefined =>
  type === 'HUM' ? 'person' : type === 'LOC' ? 'place' : type.startsWith('NON') ? 'organisation' : undefined;

/**
 * sitrep's cross-document resolution over the gold mentions of each topic: a gold mention takes the
 * name sitrep gives it when sitrep found it inside the gold span (titles off), else its phrase;
 * `resolveEntities` then joins actors within and across the topic's documents (surname to full name,
 * transliterations, acronyms). Time mentions join by the normalized value sitrep gives them.
 */
export function sitrepEntities(
  docs: ReadonlyMap<string, EcbDocument>,
  annotated: ReadonlyMap<string, Annotations>,
  mentions: readonly EcbMention[],
): Labels {
  const labels: string[] = mentions.map((m, i) => `${m.doc}#${i}`);
  const byTopic = mentionsByTopic(docs, mentions);
  for (const [topic, indices] of byTopic) {
    const docIds = [...new Set(indices.map((i) => mentions[i]?.doc ?? ''))];
    const local = new Map<number, string>();
    const corpus: CorpusDocument[] = docIds.flatMap((id, d) => {
      const doc = docs.get(id);
      const a = annotated.get(id);
      if (!doc || !a) return [];
      const gold: Mention[] = [];
      for (const i of indices) {
        const m = mentions[i];
        if (m?.doc !== id) continue;
        const kind = kindOf(m.type);
        if (!kind) {
          const time = a.times.find((t) => overlaps(t.span, m.span));
          labels[i] = `${topic}|time|${time?.value ?? lemmaAt(a, doc.text, m.head)}`;
          continue;
        }
        const text = doc.text.slice(m.span.start, m.span.end);
        const proper = a.tokens.some((t) => overlaps(t.span, m.head) && t.pos === 'PROPN');
        const own = a.mentions.find(
          (x) => x.kind === kind && overlaps(x.span, m.head) && contains(m.span, x.span),
        );
        // sitrep's own name when it found the mention (titles off), else the proper phrase without
        // leading function words. Common nouns and pronouns are not names: the resolver would join
        // "vessel" with "vessels" and every "he" of a topic, so they stay out (the discourse layer
        // handles them).
        if (!own && !proper) continue;
        const name = own?.name ?? text.replace(LEADING, '');
        const entity = `${kind}:${name.toLowerCase()}`;
        local.set(i, `${d}:${entity}`);
        gold.push({ span: m.span, text, rule: 'gold', kind, name, entity });
      }
      return [corpusDocument(doc, { ...a, mentions: gold })];
    });
    const { byLocal } = resolveEntities(corpus);
    for (const [i, key] of local) {
      const entity = byLocal.get(key);
      if (entity) labels[i] = `${topic}|${entity.id}`;
    }
  }
  return labels;
}

/** The indices of the mentions of each gold topic (a document without one is its own topic). */
function mentionsByTopic(
  docs: ReadonlyMap<string, EcbDocument>,
  mentions: readonly EcbMention[],
): Map<string, number[]> {
  const byTopic = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    pushTo(byTopic, docs.get(m.doc)?.topic ?? m.doc, i);
  });
  return byTopic;
}

const corpusDocument = (doc: EcbDocument, annotations: Annotations): CorpusDocument => ({
  doc: { id: asDocumentId(doc.id), origin: doc.id, format: 'text', text: doc.text, meta: {}, ingestedAt: '' },
  annotations,
});

/**
 * sitrep's event resolver over the gold event mentions, one gold topic at a time (the protocol's
 * topics): it groups the topic's documents into stories and joins mentions of one kind of event
 * within a story. The head of a mention is the one `syntacticHead` gives the baseline too.
 */
export function sitrepEvents(
  docs: ReadonlyMap<string, EcbDocument>,
  annotated: ReadonlyMap<string, Annotations>,
  mentions: readonly EcbMention[],
): Labels {
  const labels: string[] = mentions.map((m, i) => `${m.doc}#${i}`);
  const byTopic = mentionsByTopic(docs, mentions);
  for (const [topic, indices] of byTopic) {
    const corpus = [...new Set(indices.map((i) => mentions[i]?.doc ?? ''))].flatMap((id) => {
      const doc = docs.get(id);
      const a = annotated.get(id);
      return doc && a ? [corpusDocument(doc, a)] : [];
    });
    const picked = indices.flatMap((i) => {
      const m = mentions[i];
      return m ? [{ document: m.doc, head: m.head }] : [];
    });
    clusterEvents(corpus, picked).forEach((label, k) => {
      const i = indices[k];
      if (i !== undefined) labels[i] = `${topic}|${label}`;
    });
  }
  return labels;
}

/**
 * sitrep's actors joined with the head-lemma backoff: two mentions corefer when sitrep resolves them
 * to one actor or when their heads share a lemma within the topic (names, roles and acronyms that
 * lemmas miss, common nouns that names miss).
 */
export function sitrepWithLemma(actors: Labels, lemmas: Labels): Labels {
  const uf = new UnionFind();
  actors.forEach((a, i) => {
    uf.union(`a:${a}`, `m:${i}`);
    uf.union(`l:${lemmas[i] ?? i}`, `m:${i}`);
  });
  return actors.map((_, i) => uf.find(`m:${i}`));
}

/** Labels to clusters of mention indices. */
export function clustersOf(labels: Labels): string[][] {
  const out = new Map<string, string[]>();
  labels.forEach((label, i) => {
    pushTo(out, label, String(i));
  });
  return [...out.values()];
}
