import { isCountry, isCountryDemonym, lookupDemonym, lookupPlace } from '../annotate/mention/index.js';
import type { EntityGroup } from './entity-group.js';
import { hasPhrase, resolveLexicon } from './lexicon.js';
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

/** An organisation's name keys, by the countries that qualify them across the collection. */
type Qualified = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * An organisation's keys: its names and expansions, and where a country qualifies it ("the UK's
 * MoD", "the Russian MOD") the names with that country. A qualified one keeps the bare name too
 * only while the collection qualifies that name by one country alone: two countries' ministries
 * of defence are two organisations.
 */
function organisationKeys(local: LocalEntity, qualified: Qualified): string[] {
  const body = nationalBodyKeys(local, [...local.names.keys(), ...local.expansions]);
  if (body) return body;
  const names = [...local.names.keys(), ...local.expansions].map((n) => `organisation:${normal(n)}`);
  if (local.countries.size === 0) return names;
  const withCountry = [...local.countries].flatMap((c) => names.map((n) => `${n}@${c}`));
  return [...withCountry, ...names.filter((n) => (qualified.get(n)?.size ?? 0) <= 1)];
}

/** A national body's name with the country in it taken out: "the UK's Ministry of Defense" -> ministry of defence, UK. */
interface BodyName {
  readonly body: string;
  readonly countries: readonly string[];
}

const countryOfWord = (word: string): string | undefined => {
  const bare = word.replace(/['’]s$/, '');
  if (!/^\p{Lu}/u.test(bare)) return undefined;
  const demonym = lookupDemonym(bare);
  if (demonym) return demonym;
  const place = lookupPlace(bare);
  return place && isCountry(place) ? place : undefined;
};

/**
 * "Ministry of Defence", "Defence Ministry of Russia": a body every country has (nationalBodies).
 * Undefined when the name holds no such body, or names a place or people that is no country.
 */
function bodyName(name: string): BodyName | undefined {
  if (!resolveLexicon().nationalBodies.some((body) => hasPhrase(name, body))) return undefined;
  const words = name.split(/\s+/);
  const countries = words.flatMap((w) => countryOfWord(w) ?? []);
  const rest = words.filter((w) => !countryOfWord(w));
  if (rest.some((w) => /^\p{Lu}/u.test(w) && (lookupPlace(w) || lookupDemonym(w) !== undefined)))
    return undefined;
  const body = normal(rest.join(' '))
    .replace(/\s+of(?:\s+the)?$/, '')
    .replaceAll('defense', 'defence');
  return { body, countries };
}

/**
 * A national body's keys: its body name with its country, the one country that its name, a
 * demonym or a country beside it gives; with none or several, the document's own body alone.
 */
function nationalBodyKeys(local: LocalEntity, names: readonly string[]): string[] | undefined {
  const bodies = names.flatMap((n) => bodyName(n) ?? []);
  if (bodies.length === 0) return undefined;
  const countries = new Set([...local.countries, ...bodies.flatMap((b) => b.countries)]);
  const keys = [...new Set([...bodies.map((b) => b.body), ...names.map(normal)])].map(
    (n) => `organisation:${n}`,
  );
  const [country, ...others] = [...countries];
  return country && others.length === 0
    ? keys.map((k) => `${k}@${country}`)
    : keys.map((k) => `${k}#${local.document}`);
}

function qualifiedNames(locals: readonly LocalEntity[]): Qualified {
  const out = new Map<string, Set<string>>();
  for (const local of locals) {
    if (local.kind !== 'organisation') continue;
    for (const n of [...local.names.keys(), ...local.expansions]) {
      const key = `organisation:${normal(n)}`;
      const set = out.get(key) ?? new Set<string>();
      for (const c of local.countries) set.add(c);
      out.set(key, set);
    }
  }
  return out;
}

/** The keys a local entity is known by: its names, the expansion of an acronym, a place's folded spelling. */
function keysOf(local: LocalEntity, qualified: Qualified = new Map()): string[] {
  const names = [...local.names.keys()];
  switch (local.kind) {
    case 'place':
      return names.map((n) => `place:${foldName(n)}`);
    case 'demonym':
      // A demonym stands for its country only as world-countries gives it: "English" and "British"
      // are two peoples, whatever a wider list says they belong to.
      return names.map((n) => {
        const country = [...local.countries].find((c) => isCountryDemonym(n, c));
        return country ? `demonym:${country}` : `demonym:${normal(n)}`;
      });
    case 'organisation':
      return organisationKeys(local, qualified);
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
  const qualified = qualifiedNames(locals);
  for (const local of locals) {
    byId.set(local.id, local);
    for (const key of keysOf(local, qualified)) uf.union(key, `local:${local.id}`);
  }
  const groups: EntityGroup[] = [];
  for (const ids of uf.groups(locals.map((l) => `local:${l.id}`)).values()) {
    const members = ids.flatMap((id) => byId.get(id.slice('local:'.length)) ?? []);
    const first = members[0];
    if (!first) continue;
    const keys = members.flatMap((m) => keysOf(m, qualified)).sort();
    const canonical = fullestName(first);
    const evidence = members.flatMap((m) =>
      [...m.names.keys()].filter((n) => n !== canonical).map((n) => explain(n, canonical, m)),
    );
    groups.push({ kind: first.kind, key: keys[0] ?? first.id, members, evidence });
  }
  return groups;
}
