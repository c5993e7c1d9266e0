import type { Annotations } from '../../core/index.js';
import { type Gender, isPronoun, nominalAntecedents, pronounAntecedents } from '../../resolve/index.js';
import { pushTo } from '../../resolve/multimap.js';
import { UnionFind } from '../../resolve/union-find.js';
import type { EcbDocument, EcbMention } from './ecbplus-read.js';
import { type Labels, lemmaAt } from './ecbplus-systems.js';

const isProper = (a: Annotations, m: EcbMention): boolean =>
  a.tokens.some((t) => t.span.start < m.head.end && m.head.start < t.span.end && t.pos === 'PROPN');

/** A common-noun head written as a plural ("nurses"): its lemma ("nurse") no longer says so. */
const surfacePlural = (doc: EcbDocument | undefined, m: EcbMention): boolean =>
  /s$/i.test(doc?.text.slice(m.head.start, m.head.end) ?? '');

/**
 * Same-lemma with discourse: a head joins by lemma over the whole topic, except a personal pronoun,
 * which instead joins its antecedent as resolve's `pronounAntecedents` finds it in its own document
 * (gold person mentions are the candidates; genders learned in one document hold for the same lemma
 * in the next); a person noun phrase also joins the name it describes as resolve's
 * `nominalAntecedents` finds it (apposition, copula). Grouping the topic's documents into predicted sub-topics before joining common
 * nouns was tried and lost 0.002-0.005 CoNLL F1 on dev, so lemmas stay topic-wide; joining a common
 * noun to the name whose role noun stands next to it ("coach X" ... "the coach") made 3 right and 7
 * wrong links on dev and was dropped; keying lemmas by gold entity type as well changed nothing.
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
  const lemmaKey = (i: number): string => {
    const m = mentions[i];
    const head = heads[i] ?? '';
    return m && !isPronoun(head) ? `l:${docs.get(m.doc)?.topic ?? m.doc}|${head}` : `m:${i}`;
  };
  const byDoc = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    uf.union(`m:${i}`, lemmaKey(i));
    pushTo(byDoc, m.doc, i);
  });
  let genders: ReadonlyMap<string, Gender> = new Map();
  for (const [id, list] of byDoc) {
    const doc = docs.get(id);
    const a = annotated.get(id);
    if (!doc || !a) continue;
    const referring = list.map((i) => {
      const m = mentions[i] as EcbMention;
      return {
        start: m.span.start,
        end: m.span.end,
        word: heads[i] ?? '',
        person: m.type === 'HUM',
        plural: surfacePlural(doc, m),
        proper: isProper(a, m),
        organisation: a.mentions.some(
          (x) => x.kind !== 'person' && m.head.start < x.span.end && x.span.start < m.head.end,
        ),
      };
    });
    const found = pronounAntecedents(referring, (k) => lemmaKey(list[k] ?? -1), genders);
    genders = found.genders;
    found.antecedents.forEach((j, k) => {
      if (j !== undefined) uf.union(`m:${list[k]}`, `m:${list[j]}`);
    });
    // A noun phrase that describes a person named beside it (apposition, copula) is that person.
    nominalAntecedents(doc.text, a.tokens, referring).forEach((j, k) => {
      if (j !== undefined) uf.union(`m:${list[k]}`, `m:${list[j]}`);
    });
  }
  return mentions.map((_, i) => uf.find(`m:${i}`));
}
