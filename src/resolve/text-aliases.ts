import { isRegionHead } from '../annotate/mention/index.js';
import { escapeRegExp, overlaps, type Span } from '../core/index.js';
import { memoized } from '../core/memoized.js';
import { sharedWordNet, wordNetPos } from '../core/wordnet.js';
import type { EntityGroup } from './entity-group.js';
import { pushTo } from './multimap.js';
import { pluralOf, typoOf } from './name-match.js';
import { foldName } from './translit.js';
import type { CorpusDocument, MergeEvidence } from './types.js';

/** A name found in the text by resolve (no mention of the annotate layer covers it). */
export interface TextAlias {
  readonly group: EntityGroup;
  readonly doc: number;
  readonly span: Span;
  readonly evidence: MergeEvidence;
}

/** Country -> the words that name it (the country and its demonyms), from the corpus's own mentions. */
function countryWords(corpus: readonly CorpusDocument[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { annotations } of corpus) {
    for (const m of annotations.mentions) {
      if (m.kind !== 'demonym' || !m.country) continue;
      const words = out.get(m.country) ?? new Set([m.country]);
      words.add(m.name);
      out.set(m.country, words);
    }
  }
  return out;
}

/** The country named just before a person's role: "Russian Defense Minister Sergei Shoigu" -> Russia. */
function nationalities(
  cd: CorpusDocument,
  mentionIds: readonly number[],
  countries: Map<string, Set<string>>,
): Set<string> {
  const out = new Set<string>();
  for (const i of mentionIds) {
    const m = cd.annotations.mentions[i];
    if (!m?.role) continue;
    if (m.country) out.add(m.country);
    const before = cd.doc.text.slice(Math.max(0, m.span.start - 40), m.span.start);
    let nearest: { at: number; country: string } | undefined;
    for (const [country, words] of countries) {
      for (const word of words) {
        const at = before.lastIndexOf(word);
        if (at >= 0 && (!nearest || at > nearest.at)) nearest = { at, country };
      }
    }
    if (nearest) out.add(nearest.country);
  }
  return out.size === 1 ? out : new Set();
}

/**
 * Roles: "Russia's defense minister" resolves to the person the same document names with that role
 * and nationality ("Russian Defense Minister Sergei Shoigu").
 */
export function roleAliases(corpus: readonly CorpusDocument[], groups: readonly EntityGroup[]): TextAlias[] {
  const countries = countryWords(corpus);
  const out: TextAlias[] = [];
  for (const group of groups) {
    if (group.kind !== 'person') continue;
    for (const member of group.members) {
      const cd = corpus[member.doc];
      if (!cd || member.roles.size === 0) continue;
      for (const country of nationalities(cd, member.mentions, countries)) {
        const words = [...(countries.get(country) ?? [country])].map(escapeRegExp).join('|');
        const roles = [...member.roles]
          .filter((r) => r.includes(' '))
          .map(escapeRegExp)
          .join('|');
        if (!roles) continue;
        const re = new RegExp(`(?:${words})(?:['’]s)?\\s+(?:${roles})\\b`, 'giu');
        for (const match of cd.doc.text.matchAll(re)) {
          const span = { start: match.index, end: match.index + match[0].length };
          const own = member.mentions.some((i) => {
            const m = cd.annotations.mentions[i];
            return m ? overlaps(m.span, span) || Math.abs(m.span.start - span.end) < 3 : false;
          });
          // A title before another person's name ("Defense Minister B" beside A's "Defense Minister
          // A") is that person's, not a second mention of A.
          const titles = cd.annotations.mentions.some(
            (m) =>
              m.kind === 'person' &&
              m.span.start >= span.end &&
              /^\s*$/.test(cd.doc.text.slice(span.end, m.span.start)) &&
              m.span.start - span.end < 3,
          );
          if (own || titles) continue;
          const detail = `${match[0]} is ${[...member.names.keys()][0] ?? ''}, named with that role in the same document`;
          out.push({ group, doc: member.doc, span, evidence: { alias: match[0], rule: 'role', detail } });
        }
      }
    }
  }
  // A role that two people of one document hold ("the defence minister", after two ministers) is neither's.
  const holders = new Map<string, Set<EntityGroup>>();
  for (const a of out) {
    const key = `${a.doc}:${a.span.start}`;
    holders.set(key, (holders.get(key) ?? new Set()).add(a.group));
  }
  return out.filter((a) => (holders.get(`${a.doc}:${a.span.start}`)?.size ?? 0) < 2);
}

/**
 * Plain typos of a one-word name not caught as a mention ("Misk" for Minsk), accepted only when the
 * document also names the entity itself; sentence-initial words are left alone.
 */
export function typoAliases(corpus: readonly CorpusDocument[], groups: readonly EntityGroup[]): TextAlias[] {
  const known = new Set(corpus.flatMap((cd) => cd.annotations.mentions.flatMap((m) => [m.name, m.text])));
  // Per document, by initial, the last words of every name of the places and people it names: a
  // typo is only looked for among those, so the work grows with each document, not the collection.
  const candidates = new Map<number, Map<string, [string, EntityGroup][]>>();
  for (const group of groups) {
    if (group.kind !== 'place' && group.kind !== 'person') continue;
    const words = new Set<string>();
    for (const m of group.members) {
      for (const name of m.names.keys()) {
        known.add(name);
        words.add(name.split(/\s+/).at(-1) ?? name);
      }
    }
    for (const doc of new Set(group.members.map((m) => m.doc))) {
      const byInitial = candidates.get(doc) ?? new Map<string, [string, EntityGroup][]>();
      candidates.set(doc, byInitial);
      for (const word of words) pushTo(byInitial, foldName(word).slice(0, 1), [word, group]);
    }
  }
  const out: TextAlias[] = [];
  corpus.forEach((cd, d) => {
    const byInitial = candidates.get(d);
    if (!byInitial) return;
    const starts = new Set(cd.annotations.sentences.map((s) => s.span.start));
    for (const match of cd.doc.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{3,}(?![\p{L}\p{N}])/gu)) {
      const word = match[0];
      const span = { start: match.index, end: match.index + word.length };
      if (
        known.has(word) ||
        isEnglishWord(word) ||
        starts.has(span.start) ||
        /[.!?]\s*$/.test(cd.doc.text.slice(Math.max(0, span.start - 3), span.start))
      )
        continue;
      if (cd.annotations.mentions.some((m) => overlaps(m.span, span))) continue;
      const head = headAfter(cd.doc.text, span.end);
      for (const [name, group] of byInitial.get(foldName(word).slice(0, 1)) ?? []) {
        const typo = name !== word ? typoOfShort(word, name) : undefined;
        if (!typo || (head && !namedWithHead(cd.doc.text, name, head))) continue;
        out.push({
          group,
          doc: d,
          span,
          evidence: {
            alias: word,
            rule: 'edit-distance',
            detail: `${typo}; the document also names ${name}`,
          },
        });
        break;
      }
    }
  });
  return out;
}

/** The place-kind noun right after a word ("river" in "the X river"), lower case, or undefined. */
function headAfter(text: string, end: number): string | undefined {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
  return next && isRegionHead(next) ? next.toLowerCase() : undefined;
}

/**
 * A word with a place-kind noun after it names a place of that kind: it is a typo of a name only
 * where the document gives the name that kind too. A river one letter from a city is another place.
 */
const namedWithHead = (text: string, name: string, head: string): boolean =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}\\s+${escapeRegExp(head)}(?![\\p{L}])`, 'iu').test(text);

/** A capitalised common word ("State" in "Secretary of State") is no misspelt name: WordNet holds it. */
const isEnglishWord = memoized((word: string): boolean => {
  const net = sharedWordNet();
  const lower = word.toLowerCase();
  return net !== undefined && wordNetPos.some((p) => net.senses(lower, p).length > 0);
});

/** A letter missing, for words of four letters and more; any one edit from six letters on. */
function typoOfShort(word: string, name: string): string | undefined {
  // One letter changed in a name of five letters is as often another name ("Monty", "Money").
  const long = Math.min(word.length, name.length) >= 6 ? typoOf(word, name) : undefined;
  if (long) return long.detail;
  const a = foldName(word);
  const b = foldName(name);
  if (a.length < 4 || b.length < 4 || a === b || Math.abs(a.length - b.length) > 1) return undefined;
  if (pluralOf(word, name)) return undefined;
  const shorter = a.length <= b.length ? a : b;
  const longer = a.length <= b.length ? b : a;
  for (let i = 0; i < longer.length; i++)
    if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return `${word} ~ ${name} (one letter missing)`;
  return undefined;
}
