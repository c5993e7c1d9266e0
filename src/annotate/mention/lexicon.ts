import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/index.js';
import { fold } from './fold.js';

const load = <T>(file: string): T => JSON.parse(readFileSync(join(projectRoot, 'model', file), 'utf8')) as T;

const firstNames = load<{ names: string[]; variants: string[][] }>('mention-first-names.json');
const roles = load<{
  titles: string[];
  ranks: string[];
  offices: string[];
  roleJoiners: string[];
  personVerbs: string[];
}>('mention-roles.json');
const orgs = load<{
  heads: string[];
  acronyms: string[];
  notAcronyms: string[];
  names: string[];
  joiners: string[];
  cueNouns: string[];
}>('mention-organisations.json');
const units = load<{ heads: string[]; phrases: string[] }>('mention-units.json');
const equipment = load<{
  designations: string[];
  names: string[];
  acronyms: string[];
  shipPrefixes: string[];
  hullCodes: string[];
}>('mention-equipment.json');
const classes = load<{
  heads: string[];
  headsWithModifier: string[];
  modifiers: string[];
  notPhrases: string[];
}>('mention-equipment-classes.json');
const notNames = load<{ words: string[]; parts: string[] }>('mention-not-names.json');
const people = load<{ people: Record<string, string[]> }>('gazetteer-people.json');

const foldedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));

const roleList = [...roles.titles, ...roles.ranks, ...roles.offices].map(fold);

/** Which group of spellings each given name belongs to (its own when it has no variants). */
const variantOf = new Map<string, string>();
for (const group of firstNames.variants)
  for (const name of group) variantOf.set(fold(name), fold(group[0] ?? name));

const knownSurnames = new Map<string, string>();
for (const [full, surnames] of Object.entries(people.people))
  for (const s of surnames) knownSurnames.set(fold(s), full);

/** Everything the mention stage knows as data, loaded once from model/. */
export const lexicon = {
  firstNames: foldedSet(firstNames.names),
  /** Role phrases, folded, for longest-first matching. */
  roles: new Set(roleList),
  roleWords: new Set(roleList.flatMap((r) => r.split(/\s+/)).filter((w) => !roles.roleJoiners.includes(w))),
  roleMaxWords: Math.max(...roleList.map((r) => r.split(/\s+/).length)),
  roleJoiners: foldedSet(roles.roleJoiners),
  personVerbs: foldedSet(roles.personVerbs),
  orgHeads: foldedSet(orgs.heads),
  orgAcronyms: new Set(orgs.acronyms),
  notAcronyms: new Set(orgs.notAcronyms),
  orgNames: foldedSet(orgs.names),
  orgJoiners: foldedSet(orgs.joiners),
  orgCueNouns: foldedSet(orgs.cueNouns),
  unitHeads: units.heads.map(fold),
  unitPhrases: units.phrases.map(fold),
  equipmentDesignations: equipment.designations,
  equipmentNames: equipment.names,
  namedEquipmentAcronyms: equipment.acronyms,
  /** Named systems and classes written in capitals (HIMARS, UAV): never people or organisations. */
  equipmentAcronyms: new Set([
    ...equipment.acronyms,
    ...classes.heads.filter((h) => /^[A-Z]{2,}s?$/.test(h)),
  ]),
  shipPrefixes: equipment.shipPrefixes,
  hullCodes: equipment.hullCodes,
  /** Generic classes of equipment: heads (alone or after a modifier), modifiers, phrases that are not equipment. */
  equipmentClasses: {
    heads: classes.heads,
    headsWithModifier: new Set(classes.headsWithModifier.map(fold)),
    allHeads: [...classes.heads, ...classes.headsWithModifier],
    modifiers: classes.modifiers,
    notPhrases: foldedSet(classes.notPhrases),
  },
  notNames: foldedSet(notNames.words),
  notNameParts: foldedSet(notNames.parts),
  knownSurnames,
  givenNameGroup: (name: string): string => variantOf.get(fold(name)) ?? fold(name),
};
