import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Annotations, projectRoot } from '../../core/index.js';
import { pushTo } from '../../resolve/multimap.js';
import { UnionFind } from '../../resolve/union-find.js';
import type { EcbDocument, EcbMention } from './ecbplus-read.js';
import { type Labels, lemmaAt } from './ecbplus-systems.js';

interface PronounFile {
  readonly singular: readonly string[];
  readonly plural: readonly string[];
  readonly relative: readonly string[];
  readonly masculine: readonly string[];
  readonly feminine: readonly string[];
}
const pronouns = JSON.parse(
  readFileSync(join(projectRoot, 'model', 'resolve-pronouns.json'), 'utf8'),
) as PronounFile;
const SINGULAR = new Set(pronouns.singular);
const PLURAL = new Set(pronouns.plural);
const RELATIVE = new Set(pronouns.relative);
const genderWord = new Map<string, string>([
  ...pronouns.masculine.map((w): [string, string] => [w, 'm']),
  ...pronouns.feminine.map((w): [string, string] => [w, 'f']),
]);

const isProper = (a: Annotations, m: EcbMention): boolean =>
  a.tokens.some((t) => t.span.start < m.head.end && m.head.start < t.span.end && t.pos === 'PROPN');

/**
 * Same-lemma with discourse: a head joins by lemma over the whole topic, except a personal pronoun,
 * which instead joins the nearest preceding person mention of its own document that agrees in
 * number (a pronoun antecedent; a proper name counts as singular). Grouping the topic's documents
 * into predicted sub-topics (tf-idf, average link, threshold set on train) before joining common
 * nouns was tried and lost 0.002 CoNLL F1 on dev, so lemmas stay topic-wide; joining a common noun
 * to the name whose role noun stands next to it ("coach X" ... "the coach") made 3 right and 7 wrong
 * links on dev and was dropped; keying lemmas by gold entity type as well changed nothing.
 */
export function discourseLemma(
  docs: ReadonlyMap<string, EcbDocument>,
  annotated: ReadonlyMap<string, Annotations>,
  mentions: readonly EcbMention[],
): Labels {
  const uf = new UnionFind();
  const heads = mentions.map((m) => {
    const doc = docs.get(m.doc);
    const a = annotated.get(m.doc);
    return doc && a ? lemmaAt(a, doc.text, m.head) : '';
  });
  const byDoc = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    uf.find(`m:${i}`);
    pushTo(byDoc, m.doc, i);
  });
  const at = (i: number): number => mentions[i]?.span.start ?? 0;
  // Lemma joins first (order-free), then pronouns in text order so each sees its antecedents' gender.
  mentions.forEach((m, i) => {
    const head = heads[i] ?? '';
    const topic = docs.get(m.doc)?.topic ?? m.doc;
    if (!RELATIVE.has(head) && !SINGULAR.has(head) && !PLURAL.has(head))
      uf.union(`m:${i}`, `l:${topic}|${head}`);
  });
  const gender = new Map<string, string>();
  const genderOf = (i: number): string | undefined =>
    genderWord.get(heads[i] ?? '') ?? gender.get(uf.find(`m:${i}`));
  for (const list of byDoc.values()) {
    list.sort((x, y) => at(x) - at(y));
    list.forEach((i, k) => {
      const m = mentions[i];
      const a = m && annotated.get(m.doc);
      if (!m || !a) return;
      const j = antecedent(m, heads[i] ?? '', list.slice(0, k).reverse(), (j) => ({
        mention: mentions[j],
        head: heads[j] ?? '',
        plural: surfacePlural(docs, mentions[j]),
        gender: genderOf(j),
        organisation: a.mentions.some(
          (x) =>
            x.kind !== 'person' &&
            (mentions[j]?.head.start ?? -1) < x.span.end &&
            x.span.start < (mentions[j]?.head.end ?? -1),
        ),
        proper: mentions[j] ? isProper(a, mentions[j]) : false,
      }));
      const own = genderWord.get(heads[i] ?? '');
      if (j !== undefined) uf.union(`m:${i}`, `m:${j}`);
      if (own && !gender.has(uf.find(`m:${i}`))) gender.set(uf.find(`m:${i}`), own);
    });
  }
  return mentions.map((_, i) => uf.find(`m:${i}`));
}

/** A common-noun head written as a plural ("nurses"): its lemma ("nurse") no longer says so. */
const surfacePlural = (docs: ReadonlyMap<string, EcbDocument>, m: EcbMention | undefined): boolean =>
  m ? /s$/i.test(docs.get(m.doc)?.text.slice(m.head.start, m.head.end) ?? '') : false;

interface Candidate {
  readonly mention: EcbMention | undefined;
  readonly head: string;
  readonly plural: boolean;
  readonly gender: string | undefined;
  readonly organisation: boolean;
  readonly proper: boolean;
}

/** The nearest earlier person mention a pronoun can stand for (candidates nearest first), if any. */
function antecedent(
  m: EcbMention,
  head: string,
  earlier: readonly number[],
  candidate: (j: number) => Candidate,
): number | undefined {
  if (!RELATIVE.has(head) && !SINGULAR.has(head) && !PLURAL.has(head)) return undefined;
  const plural = PLURAL.has(head);
  const own = genderWord.get(head);
  return earlier.find((j) => {
    const c = candidate(j);
    if (c.mention?.type !== 'HUM' || c.mention.span.end > m.span.start) return false;
    if (RELATIVE.has(head)) return true;
    if (own && (c.organisation || (c.gender && c.gender !== own))) return false;
    if (SINGULAR.has(c.head) || PLURAL.has(c.head)) return PLURAL.has(c.head) === plural;
    return c.proper ? !plural || c.organisation : c.plural === plural;
  });
}
