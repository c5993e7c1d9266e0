import type { EntityGroup } from './entity-group.js';
import { fullestName, type LocalEntity } from './local-entities.js';
import { foldName } from './translit.js';
import type { MergeEvidence } from './types.js';
import { UnionFind } from './union-find.js';

const normal = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const isAcronym = (s: string): boolean => /^[A-Z][A-Z0-9&]{1,9}$/.test(s);

/** The keys a local entity is known by: its names, the expansion of an acronym, a place's folded spelling. */
function keysOf(local: LocalEntity): string[] {
  const names = [...local.names.keys()];
  switch (local.kind) {
    case 'place':
      return names.map((n) => `place:${foldName(n)}`);
    case 'demonym':
      return local.countries.size > 0
        ? [...local.countries].map((c) => `demonym:${c}`)
        : names.map((n) => `demonym:${normal(n)}`);
    case 'organisation':
      return [...names, ...local.expansions].map((n) => `organisation:${normal(n)}`);
    case 'equipment':
    case 'unit':
      return names.map((n) => `${local.kind}:${normal(n)}`);
    case 'person':
      return names.map((n) => `person:${normal(n)}`);
  }
}

function explain(name: string, canonical: string, local: LocalEntity): MergeEvidence {
  if (isAcronym(name) && local.expansions.size > 0) {
    return { alias: name, rule: 'acronym', detail: `${name} = ${[...local.expansions][0]}` };
  }
  if (local.expansions.has(name))
    return { alias: name, rule: 'acronym', detail: `expansion of ${canonical}` };
  if (/[\u0400-\u04ff]/.test(name))
    return { alias: name, rule: 'cyrillic', detail: `${name} ~ ${canonical}` };
  return { alias: name, rule: 'same-key', detail: `${name} ~ ${canonical}` };
}

/** Organisations, places, demonyms, equipment and units: one actor per shared key (union-find). */
export function groupByKeys(locals: readonly LocalEntity[]): EntityGroup[] {
  const uf = new UnionFind();
  const byId = new Map<string, LocalEntity>();
  for (const local of locals) {
    byId.set(local.id, local);
    for (const key of keysOf(local)) uf.union(key, `local:${local.id}`);
  }
  const groups: EntityGroup[] = [];
  for (const ids of uf.groups(locals.map((l) => `local:${l.id}`)).values()) {
    const members = ids.flatMap((id) => byId.get(id.slice('local:'.length)) ?? []);
    const first = members[0];
    if (!first) continue;
    const keys = members.flatMap(keysOf).sort();
    const canonical = fullestName(first);
    const evidence = members.flatMap((m) =>
      [...m.names.keys()].filter((n) => n !== canonical).map((n) => explain(n, canonical, m)),
    );
    groups.push({ kind: first.kind, key: keys[0] ?? first.id, members, evidence });
  }
  return groups;
}
