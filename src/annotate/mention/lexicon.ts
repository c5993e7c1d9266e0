import { z } from 'zod';
import { loadModel, once } from '../../core/index.js';
import { fold } from './fold.js';

const words = z.array(z.string());
const firstNamesFile = z.object({ names: words, variants: z.array(words), surnameParticles: words });
const rolesFile = z.object({
  titles: words,
  ranks: words,
  offices: words,
  roleJoiners: words,
  personVerbs: words,
});
const organisationsFile = z.object({
  heads: words,
  acronyms: words,
  notAcronyms: words,
  names: words,
  joiners: words,
  cueNouns: words,
});
const unitsFile = z.object({ heads: words, phrases: words });
const equipmentFile = z.object({
  designations: words,
  names: words,
  acronyms: words,
  shipPrefixes: words,
  hullCodes: words,
});
const classesFile = z.object({ heads: words, headsWithModifier: words, modifiers: words, notPhrases: words });
const notNamesFile = z.object({ words, parts: words });
const peopleFile = z.object({ people: z.record(z.string(), words) });

const foldedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));

function build() {
  const firstNames = loadModel('mention-first-names', firstNamesFile);
  const roles = loadModel('mention-roles', rolesFile);
  const orgs = loadModel('mention-organisations', organisationsFile);
  const units = loadModel('mention-units', unitsFile);
  const equipment = loadModel('mention-equipment', equipmentFile);
  const classes = loadModel('mention-equipment-classes', classesFile);
  const notNames = loadModel('mention-not-names', notNamesFile);
  const people = loadModel('gazetteer-people', peopleFile);
  const roleList = [...roles.titles, ...roles.ranks, ...roles.offices].map(fold);

  /** Which group of spellings each given name belongs to (its own when it has no variants). */
  const variantOf = new Map<string, string>();
  for (const group of firstNames.variants)
    for (const name of group) variantOf.set(fold(name), fold(group[0] ?? name));

  const knownSurnames = new Map<string, string>();
  for (const [full, surnames] of Object.entries(people.people))
    for (const s of surnames) knownSurnames.set(fold(s), full);

  return {
    firstNames: foldedSet(firstNames.names),
    surnameParticles: foldedSet(firstNames.surnameParticles),
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
}

/** Everything the mention stage knows as data, built on first use from model/. */
export const lexicon: () => ReturnType<typeof build> = once(build);
