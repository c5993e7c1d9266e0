import { type EntityId, entityIdOf } from '../core/index.js';
import type { AnalystDecision } from './analyst-decision.js';
import { applyDecisions } from './decisions.js';
import type { EntityGroup } from './entity-group.js';
import { evidenceOf, mentionEvidence } from './evidence.js';
import { groupByKeys } from './keyed-groups.js';
import { localEntities, localId } from './local-entities.js';
import { parsePersonName } from './name-match.js';
import { groupPersons } from './person-groups.js';
import { retypeShapeOnlyPeople } from './shape-only-people.js';
import { roleAliases, type TextAlias, typoAliases } from './text-aliases.js';
import { hasCyrillic, nameKey } from './translit.js';
import type { CorpusDocument, ResolvedEntity } from './types.js';

export interface EntityResolution {
  readonly entities: readonly ResolvedEntity[];
  /** `${document index}:${within-document entity key}` -> the resolved entity. */
  readonly byLocal: ReadonlyMap<string, ResolvedEntity>;
}

const idOf = (g: EntityGroup): EntityId => entityIdOf(g.kind, g.key);

/**
 * The canonical name, in Latin script where there is one. A person's is the most frequent name that
 * gives a given name ("Vladimir Putin", not "Vladimir V. Putin" written less often, nor "Mr. Putin");
 * an organisation's or a place's is, among the names with the most words, the most frequent.
 */
function canonicalName(group: EntityGroup): string {
  const counts = new Map<string, number>();
  for (const m of group.members) for (const [n, c] of m.names) counts.set(n, (counts.get(n) ?? 0) + c);
  const person = group.kind === 'person';
  const wordy = group.kind === 'organisation';
  const score = (n: string) =>
    (hasCyrillic(n) ? 0 : 1e9) +
    (person && givesGivenName(n) ? 1e8 : 0) +
    (wordy ? n.split(/\s+/).length * 1e6 : 0) +
    (counts.get(n) ?? 0);
  return [...counts.keys()].sort((a, b) => score(b) - score(a))[0] ?? group.key;
}

/** A name with a given name of two letters or more before the surname (not an initial, not a title). */
const givesGivenName = (name: string): boolean =>
  /^\p{L}[\p{L}'’-]+$/u.test(parsePersonName(name).given ?? '');

function docPeopleOf(corpus: readonly CorpusDocument[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  corpus.forEach((cd, d) => {
    const people = cd.annotations.mentions
      .filter((m) => m.kind === 'person')
      .map((m) => nameKey(parsePersonName(m.name).surname));
    out.set(d, new Set(people));
  });
  return out;
}

/** One entity per real actor across the corpus, each alias with the evidence that merged it. */
export function resolveEntities(
  corpus: readonly CorpusDocument[],
  decisions: readonly AnalystDecision[] = [],
): EntityResolution {
  const locals = retypeShapeOnlyPeople(localEntities(corpus), corpus);
  const persons = groupPersons(
    locals.filter((l) => l.kind === 'person'),
    docPeopleOf(corpus),
  );
  const others = groupByKeys(locals.filter((l) => l.kind !== 'person'));
  const groups = applyDecisions([...persons, ...others], decisions, idOf);
  const extra = [...roleAliases(corpus, groups), ...typoAliases(corpus, groups)];
  const byLocal = new Map<string, ResolvedEntity>();
  const entities = groups.map((group) => {
    const entity = assemble(
      corpus,
      group,
      extra.filter((a) => a.group === group),
    );
    for (const m of group.members) byLocal.set(m.id, entity);
    return entity;
  });
  entities.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return { entities, byLocal };
}

function assemble(
  corpus: readonly CorpusDocument[],
  group: EntityGroup,
  extra: readonly TextAlias[],
): ResolvedEntity {
  const name = canonicalName(group);
  const mentions = group.members.flatMap((member) => {
    const cd = corpus[member.doc];
    if (!cd) return [];
    return member.mentions.flatMap((i) => {
      const m = cd.annotations.mentions[i];
      return m
        ? [mentionEvidence(evidenceOf(cd.doc.id, cd.doc.text, cd.annotations, m.span, m.text), i)]
        : [];
    });
  });
  for (const alias of extra) {
    const cd = corpus[alias.doc];
    if (cd)
      mentions.push(mentionEvidence(evidenceOf(cd.doc.id, cd.doc.text, cd.annotations, alias.span), -1));
  }
  const aliases = new Set<string>();
  for (const m of group.members) for (const n of m.names.keys()) if (n !== name) aliases.add(n);
  for (const a of extra) aliases.add(a.evidence.alias);
  const seen = new Set<string>();
  const evidence = [...group.evidence, ...extra.map((a) => a.evidence)].filter((e) => {
    const key = `${e.alias}|${e.rule}`;
    if ((e.alias === name && e.rule !== 'analyst') || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    id: idOf(group),
    kind: group.kind,
    name,
    aliases: [...aliases],
    mentions,
    documents: [...new Set(mentions.map((m) => m.document))],
    evidence,
  };
}

export { localId };
