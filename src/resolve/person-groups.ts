import { isGivenName } from '../annotate/mention/index.js';
import type { EntityGroup } from './entity-group.js';
import { fullestName, type LocalEntity } from './local-entities.js';
import { pushTo } from './multimap.js';
import { comparePersons, type PersonName, parsePersonName, sameNamePart, typoOf } from './name-match.js';
import { givenNameKey, nameKey } from './translit.js';

/** Documents naming a person in full before a bare surname elsewhere is read as them. */
const WELL_KNOWN = 2;

interface Draft {
  readonly group: EntityGroup;
  readonly name: PersonName;
  readonly docs: Set<number>;
}

const draftOf = (local: LocalEntity, name: PersonName, key: string): Draft => ({
  group: { kind: 'person', key, members: [local], evidence: [] },
  name,
  docs: new Set([local.doc]),
});

function join(draft: Draft, local: LocalEntity, name: PersonName, why?: string): void {
  draft.group.members.push(local);
  draft.docs.add(local.doc);
  const match = comparePersons(draft.name, name);
  if (match.same) {
    for (const m of match.evidence)
      draft.group.evidence.push({ alias: name.full, rule: m.rule, detail: m.detail });
  }
  if (why) draft.group.evidence.push({ alias: name.full, rule: 'same-key', detail: why });
}

/**
 * People across documents, blocked by the transliteration key of the surname: within a block, full
 * names join the group of the same given name (different given names stay apart: two people);
 * a bare surname joins the only group of its block, or the one named in its own document.
 */
export function groupPersons(
  locals: readonly LocalEntity[],
  docPeople: ReadonlyMap<number, Set<string>>,
): EntityGroup[] {
  const blocks = new Map<string, { named: Draft[]; bare: [LocalEntity, PersonName][] }>();
  for (const local of locals) {
    const name = parsePersonName(fullestName(local));
    const block = nameKey(name.surname);
    const entry = blocks.get(block) ?? { named: [], bare: [] };
    blocks.set(block, entry);
    if (!name.given) {
      entry.bare.push([local, name]);
      continue;
    }
    const same = entry.named.find((d) => comparePersons(d.name, name).same);
    if (same) join(same, local, name);
    else entry.named.push(draftOf(local, name, `${givenNameKey(name.given)} ${block}`));
  }
  const drafts: Draft[] = [];
  for (const [block, { named, bare }] of blocks) {
    const unbound: Draft[] = [];
    for (const [local, name] of bare) {
      // A given name alone ("Kirill") is someone's first name: it takes a surname only spelt as it is.
      const firstName = isGivenName(name.full);
      const inDoc = named.filter(
        (d) =>
          d.docs.has(local.doc) &&
          (!firstName || d.name.surname.toLowerCase() === name.surname.toLowerCase()),
      );
      const only = named.length === 1 ? named[0] : undefined;
      // Across documents a bare surname takes the full name only of a figure named in several
      // documents with no namesake: "Zelensky" alone is the president; "Olga" is no "George Olah".
      const home =
        inDoc.length === 1
          ? inDoc[0]
          : inDoc.length === 0 &&
              only &&
              only.docs.size >= WELL_KNOWN &&
              (!firstName || only.name.surname.toLowerCase() === name.surname.toLowerCase())
            ? only
            : undefined;
      if (home)
        join(
          home,
          local,
          name,
          inDoc.length
            ? `surname only; ${home.name.full} is the only one of that name in the document`
            : `surname only; ${home.name.full} is the only one of that name, named in ${home.docs.size} documents`,
        );
      else if (firstName) {
        // A given name alone ("Dmytro stayed") is someone in its own document, never a namesake elsewhere.
        named.push(draftOf(local, name, `${block}#given@${local.document}`));
      } else {
        // Bare surnames join one another only when spelt alike: a skeleton of two or three
        // consonants ("Taira", "Tory") is shared by unrelated names.
        const kin = unbound.find((d) => sameNamePart(d.name.surname, name.surname));
        if (kin) join(kin, local, name, `the same surname alone`);
        else {
          const key =
            unbound.length > 0
              ? `${block}#surname:${name.surname.toLowerCase()}`
              : named.length === 0
                ? block
                : `${block}#surname`;
          const draft = draftOf(local, name, key);
          unbound.push(draft);
          named.push(draft);
        }
      }
    }
    drafts.push(...named);
  }
  return mergeTypos(drafts, docPeople).map((d) => d.group);
}

/** Surnames one edit apart with the same given name, when their documents name the same other people. */
function mergeTypos(drafts: Draft[], docPeople: ReadonlyMap<number, Set<string>>): Draft[] {
  const byGiven = new Map<string, Draft[]>();
  for (const d of drafts) {
    const given = d.name.given ? givenNameKey(d.name.given) : '?';
    pushTo(byGiven, given, d);
  }
  const gone = new Set<Draft>();
  for (const bucket of byGiven.values()) {
    for (let i = 0; i < bucket.length; i++) {
      const a = bucket[i] as Draft;
      for (let j = i + 1; j < bucket.length && !gone.has(a); j++) {
        const b = bucket[j] as Draft;
        if (gone.has(b)) continue;
        const typo = typoOf(a.name.surname, b.name.surname);
        if (!typo) continue;
        const shared = sharedPeople(a, b, docPeople);
        if (shared.length < 2) continue;
        a.group.members.push(...b.group.members);
        for (const doc of b.docs) a.docs.add(doc);
        a.group.evidence.push(...b.group.evidence, {
          alias: b.name.full,
          rule: 'edit-distance',
          detail: `${typo.detail}; co-occurs with ${shared.slice(0, 3).join(', ')}`,
        });
        gone.add(b);
      }
    }
  }
  return drafts.filter((d) => !gone.has(d));
}

function sharedPeople(a: Draft, b: Draft, docPeople: ReadonlyMap<number, Set<string>>): string[] {
  const around = (d: Draft) => new Set([...d.docs].flatMap((doc) => [...(docPeople.get(doc) ?? [])]));
  const own = new Set([nameKey(a.name.surname), nameKey(b.name.surname)]);
  const other = around(b);
  return [...around(a)].filter((k) => other.has(k) && !own.has(k));
}
