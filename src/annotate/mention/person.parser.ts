import type { Candidate } from './candidate.js';
import { fold } from './fold.js';
import { lookupDemonym, lookupPlace } from './gazetteer.js';
import { lexicon } from './lexicon.js';
import {
  isFirstName,
  isKnownSurname,
  isOrgHead,
  isRoleWord,
  isSurnameParticle,
  nameish,
  roleStartBefore,
} from './name-shape.js';
import type { Word } from './word.js';

const MAX_NAME_WORDS = 4;
const join = (ws: readonly Word[]): string => ws.map((w) => w.norm).join(' ');

/**
 * A person named at the end of a capitalised run, with the titles and roles before the name kept
 * as attributes: "Russian Defense Minister Sergei Shoigu" -> Sergei Shoigu (role Defense Minister,
 * country Russia). Undefined when nothing says the tail is a person.
 */
export function personFromRun(words: readonly Word[], first: number, last: number): Candidate[] | undefined {
  let k = last;
  let nameWords = 0;
  // Particles inside the name ("Leonardo da Vinci") or opening it ("von der Leyen") belong to it.
  while (k >= first && words[k]) {
    const w = words[k] as Word;
    if (nameish(w) && nameWords < MAX_NAME_WORDS) nameWords++;
    else if (!(isSurnameParticle(w) && k < last)) break;
    k--;
  }
  let tailStart = k + 1;
  if (tailStart > last) return undefined;
  // "Minister for Industry Pyotr Parkhomchyk": a given name inside the tail starts the name.
  for (let i = tailStart + 1; i < last; i++) if (isFirstName(words[i])) tailStart = i;
  const tail = words.slice(tailStart, last + 1);
  const prefix = words.slice(first, tailStart);
  const roleAt = prefix.findIndex((w) => isRoleWord(w));
  const before = cueBefore(words, first);
  const named = isFirstName(tail[0]) || isKnownSurname(tail[tail.length - 1]);
  const titled = roleStartBefore(words, first, tailStart) < tailStart;
  // "the Centre for Strategic and International Studies said": a verb alone does not make the tail of an institution a person.
  if (!named && !titled && tail.length === 1 && prefix.some(isOrgHead)) return undefined;
  const evidence =
    named ||
    titled ||
    before.cue ||
    (!tail.some((w) => w.shouting) && lexicon().personVerbs.has(fold(words[last + 1]?.text ?? '')));
  if (!evidence) return undefined;
  if (tail.some((w) => w.shouting) && !isFirstName(tail[0]) && !isKnownSurname(tail[tail.length - 1]))
    return undefined;
  const out: Candidate[] = [];
  let country = before.country;
  for (const w of roleAt >= 0 ? prefix.slice(0, roleAt) : prefix) {
    const dem = lookupDemonym(w.norm);
    const place = lookupPlace(w.norm);
    if (dem !== undefined) {
      out.push({
        start: w.start,
        end: w.end,
        kind: 'demonym',
        name: w.norm,
        rule: 'demonym:before-role',
        ...(dem ? { country: dem } : {}),
      });
      country = dem || country;
    } else if (place !== undefined) {
      out.push({
        start: w.start,
        end: w.end,
        kind: 'place',
        name: w.norm,
        rule: 'place:before-role',
        canonical: place,
      });
      country = place;
    }
  }
  out.push(...orgsBeforeRole(roleAt >= 0 ? prefix.slice(0, roleAt) : prefix));
  const roleWords = roleAt >= 0 ? prefix.slice(roleAt) : [];
  const role = roleWords.length > 0 ? join(roleWords) : before.role;
  out.push(...orgInsideRole(roleWords));
  const lastName = tail[tail.length - 1] as Word;
  const firstName = tail[0] as Word;
  out.push({
    start: firstName.start,
    end: lastName.end,
    kind: 'person',
    name: join(tail),
    rule:
      isFirstName(firstName) && tail.length > 1
        ? 'person:first-name'
        : roleWords.length > 0
          ? 'person:role'
          : before.cue
            ? 'person:cue'
            : 'person:known',
    ...(role ? { role } : {}),
    ...(country ? { country } : {}),
  });
  return out;
}

/** "Navy Capt. Jeff Davis", "Pentagon spokesman ...": the organisation named before the role. */
function orgsBeforeRole(ws: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  let group: Word[] = [];
  const flush = (): void => {
    const only = group.length === 1 ? group[0] : undefined;
    const known =
      only !== undefined &&
      (lexicon().orgAcronyms.has(only.text) ||
        lexicon().orgNames.has(fold(only.norm)) ||
        (/^[A-Z]{2,9}$/.test(only.text) && !only.shouting && !lexicon().notAcronyms.has(only.text)));
    const first = group[0];
    const last = group[group.length - 1];
    if (first && last && (known || group.some(isOrgHead)))
      out.push({
        start: first.start,
        end: last.end,
        kind: 'organisation',
        name: join(group),
        rule: 'organisation:before-role',
      });
    group = [];
  };
  for (const w of ws) {
    if (lookupDemonym(w.norm) !== undefined || lookupPlace(w.norm) !== undefined) flush();
    else group.push(w);
  }
  flush();
  return out;
}

/** "Chairman of the Military-Industrial Committee": the organisation inside the role. */
function orgInsideRole(roleWords: readonly Word[]): Candidate[] {
  const of = roleWords.findIndex((w) => fold(w.text) === 'of' || fold(w.text) === 'for');
  // "Secretary of State" is one role, with no organisation inside ("Chief of the General Staff" has one).
  if (
    of < 0 ||
    (of === roleWords.length - 2 &&
      lexicon().roles.has(
        roleWords
          .slice(Math.max(0, of - 1))
          .map((w) => fold(w.norm))
          .join(' '),
      ))
  )
    return [];
  let rest = roleWords.slice(of + 1);
  while (rest[0] && !rest[0].cap) rest = rest.slice(1);
  if (rest.length === 0) return [];
  const text = join(rest);
  const place = lookupPlace(text);
  const start = rest[0]?.start ?? 0;
  const end = rest[rest.length - 1]?.end ?? 0;
  if (place !== undefined)
    return [{ start, end, kind: 'place', name: text, rule: 'place:in-role', canonical: place }];
  if (rest.some(isOrgHead))
    return [{ start, end, kind: 'organisation', name: text, rule: 'organisation:in-role' }];
  return [];
}

/** Lowercase cues before a run: "analyst", "said", "Russia's defense minister". */
function cueBefore(words: readonly Word[], first: number): { cue: boolean; role?: string; country?: string } {
  const prev = words[first - 1];
  if (!prev || prev.cap) return { cue: false };
  const p = fold(prev.text);
  if (lexicon().personVerbs.has(p)) return { cue: true };
  if (!lexicon().roleWords.has(p)) return { cue: false };
  let i = first - 1;
  while (
    i > first - 1 - lexicon().roleMaxWords &&
    words[i] &&
    !words[i]?.cap &&
    lexicon().roleWords.has(fold(words[i]?.text ?? ''))
  )
    i--;
  const role = words
    .slice(i + 1, first)
    .map((w) => w.text)
    .join(' ');
  const owner = /^['’]s$/.test(words[i]?.text ?? '') ? words[i - 1] : undefined;
  const country = owner ? (lookupPlace(owner.norm) ?? lookupDemonym(owner.norm)) : undefined;
  return { cue: true, role, ...(country ? { country } : {}) };
}
