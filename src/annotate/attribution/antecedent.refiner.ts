import { type Attribution, lastMemo, type Mention, type SpeakerRef } from '../../core/index.js';
import { type AntecedentKind, antecedentLexicon, type Gender } from './antecedent-lexicon.js';
import { genderOf } from './gender.js';
import { insidePictureCredit } from './picture-credit.js';

/** A named person, organisation or group seen so far, as a pronoun could take it up. */
type Slot = Gender | 'person' | 'organisation' | 'group';

interface Seen {
  readonly name: string;
  readonly slot: Slot;
  readonly entity?: string;
}

/** Something named at a position in the text: a mention, or an earlier named speaker. */
interface Event {
  readonly at: number;
  readonly seen: Seen;
  readonly roles: readonly string[];
  /** A possessor ("X's visit") modifies a noun: less salient than a subject, it takes no pronoun from one. */
  readonly minor?: boolean;
}

const families: readonly (readonly Slot[])[] = [
  ['male', 'female', 'person'],
  ['organisation', 'group'],
];

/**
 * Pronoun and definite speakers -> the last compatible name before them: "he" takes the last man or
 * person of unknown gender, "she" the last woman or person of unknown gender, "they" the last
 * organisation or group, "it" the last organisation, "the minister" the last person with that role
 * (else the last person), "the ministry" the last organisation. One pass over the mentions and
 * speakers in text order with a running "last seen" state, so the cost stays linear in the text.
 * Where a report's content comes before its speaker ("“...,” he said"), names inside the content
 * are not candidates.
 */
export function resolveSpeakers(
  text: string,
  attributions: readonly Attribution[],
  mentions: readonly Mention[],
): Attribution[] {
  const events = eventsOf(text, attributions, mentions);
  const order = attributions.map((a, i) => ({ i, cut: cutOf(a) })).sort((x, y) => x.cut - y.cut);
  const last = new Map<Slot, { at: number; seen: Seen }>();
  const byRole = new Map<string, Seen>();
  const out = [...attributions];
  let e = 0;
  for (const { i, cut } of order) {
    for (; e < events.length && (events[e]?.at ?? 0) <= cut; e++) {
      const ev = events[e];
      if (!ev) continue;
      const family = families.find((f) => f.includes(ev.seen.slot)) ?? [];
      if (ev.minor && family.some((slot) => last.has(slot))) continue;
      last.set(ev.seen.slot, { at: ev.at, seen: ev.seen });
      for (const r of ev.roles) byRole.set(r, ev.seen);
    }
    const a = out[i];
    const seen = a
      ? (appositiveName(text, a.speaker, mentions) ?? antecedentFor(a.speaker, last, byRole))
      : undefined;
    if (!a || !seen) continue;
    out[i] = { ...a, speaker: resolved(a.speaker, seen) };
    // The one just taken up is the most salient again ("X said ... He added ... He also said").
    last.set(seen.slot, { at: cut, seen });
  }
  return out;
}

/**
 * "according to the city's mayor, Name": a person named right after a description, set off by a
 * comma, says who the description is, so no earlier name is taken up.
 */
function appositiveName(text: string, speaker: SpeakerRef, mentions: readonly Mention[]): Seen | undefined {
  if (speaker.entity !== undefined || speaker.resolvesTo !== undefined) return undefined;
  if (!/^the\s/iu.test(speaker.text)) return undefined;
  const end = speaker.span.end;
  const next = mentions.find((m) => m.span.start >= end && m.span.start <= end + 3);
  if (next?.kind !== 'person' || !/^\s*,\s*$/u.test(text.slice(end, next.span.start))) return undefined;
  return { name: next.name, entity: next.entity, slot: 'person' };
}

const cutOf = (a: Attribution): number =>
  a.content.end <= a.speaker.span.start ? a.content.start : a.speaker.span.start;

function resolved(speaker: SpeakerRef, seen: Seen): SpeakerRef {
  const withName = { ...speaker, resolvesTo: seen.name };
  return seen.entity === undefined ? withName : { ...withName, entity: seen.entity };
}

const slotsFor: Record<AntecedentKind, readonly Slot[]> = {
  male: ['male', 'person'],
  female: ['female', 'person'],
  group: ['organisation', 'group'],
  organisation: ['organisation'],
};

function latest(
  last: ReadonlyMap<Slot, { at: number; seen: Seen }>,
  slots: readonly Slot[],
): Seen | undefined {
  let best: { at: number; seen: Seen } | undefined;
  for (const s of slots) {
    const x = last.get(s);
    if (x && (!best || x.at > best.at)) best = x;
  }
  return best?.seen;
}

function antecedentFor(
  speaker: SpeakerRef,
  last: ReadonlyMap<Slot, { at: number; seen: Seen }>,
  byRole: ReadonlyMap<string, Seen>,
): Seen | undefined {
  // "the minister, who" stands for "the minister", which may take up a name in turn.
  const own = speaker.resolvesTo !== undefined && speaker.text.startsWith(speaker.resolvesTo);
  if (speaker.resolvesTo !== undefined && !own) return undefined;
  const described = speaker.resolvesTo ?? speaker.text;
  const words = described.toLowerCase().split(/\s+/);
  const pronoun = words.length === 1 ? antecedentLexicon().pronouns.get(words[0] ?? '') : undefined;
  if (pronoun) return latest(last, slotsFor[pronoun]);
  // Only a bare description takes up a name ("the minister", "the defence ministry"); a
  // capitalised modifier names its own referent ("the Ukrainian authorities").
  const modifiers = described.split(/\s+/).slice(1, -1);
  if (words[0] !== 'the' || words.length > 3 || speaker.entity !== undefined) return undefined;
  if (modifiers.some((w) => /^\p{Lu}/u.test(w))) return undefined;
  const head = words.at(-1) ?? '';
  if (antecedentLexicon().groupHeads.has(head)) return latest(last, ['organisation']);
  if (!antecedentLexicon().personHeads.has(head) && !antecedentLexicon().gendered.has(head)) return undefined;
  const gender = antecedentLexicon().gendered.get(head);
  return byRole.get(head) ?? latest(last, gender ? [gender, 'person'] : ['male', 'female', 'person']);
}

/**
 * Mentions and named speakers as events in text order (a mention before a speaker at the same
 * place, as a stable sort of the two lists one after the other would put them).
 */
function eventsOf(text: string, attributions: readonly Attribution[], mentions: readonly Mention[]): Event[] {
  const named: Event[] = [];
  for (const a of attributions) {
    const slot = namedSlot(a.speaker);
    if (slot) named.push({ at: a.speaker.span.end, seen: { name: a.speaker.text, slot }, roles: [] });
  }
  named.sort((x, y) => x.at - y.at);
  const mentioned = mentionEvents(mentions, text);
  const events: Event[] = [];
  let m = 0;
  for (const ev of named) {
    while (m < mentioned.length && (mentioned[m]?.at ?? 0) <= ev.at) events.push(mentioned[m++] as Event);
    events.push(ev);
  }
  while (m < mentioned.length) events.push(mentioned[m++] as Event);
  return events;
}

/**
 * The mentions as events in text order; a person's gender is kept per entity. The same for both
 * layers of a document (reports and attitudes), so read once.
 */
const mentionEvents = lastMemo((mentions: readonly Mention[], text: string): readonly Event[] => {
  const events: Event[] = [];
  const genders = new Map<string, Gender>();
  let previous: Mention | undefined;
  for (const m of mentions) {
    // "Azarov and retired colonel Sakhashchyk": two people joined by "and" are a group for "they".
    if (
      m.kind === 'person' &&
      previous?.kind === 'person' &&
      m.span.start - previous.span.end < 60 &&
      joins(text.slice(previous.span.end, m.span.start))
    ) {
      const name = `${previous.name} and ${m.name}`;
      events.push({ at: m.span.end + 0.5, seen: { name, slot: 'group' }, roles: [] });
    }
    previous = m;
    const minor = /^['\u2019]s\b/u.test(text.slice(m.span.end, m.span.end + 3));
    // Places, equipment and the like are no antecedents: skip them before reading their role.
    if (m.kind !== 'person' && m.kind !== 'organisation' && m.kind !== 'unit') continue;
    if (insidePictureCredit(text, m.span)) continue;
    const roles = rolesOf(m);
    if (m.kind === 'person') {
      const g = genderOf(text, m) ?? genders.get(m.entity);
      if (g) genders.set(m.entity, g);
      const seen: Seen = { name: m.name, entity: m.entity, slot: g ?? 'person' };
      events.push({ at: m.span.end, seen, roles, ...(minor ? { minor } : {}) });
    } else if (m.kind === 'organisation' || m.kind === 'unit') {
      const slot = m.kind === 'unit' ? 'group' : 'organisation';
      events.push({
        at: m.span.end,
        seen: { name: m.name, entity: m.entity, slot },
        roles,
        ...(minor ? { minor } : {}),
      });
    }
  }
  return events.sort((x, y) => x.at - y.at);
});

/** The words of a mention's role, lowercase ("defence minister" -> defence, minister). */
const rolesOf = (m: Mention): string[] =>
  m.role === undefined
    ? []
    : m.role
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.length > 0);

/** A speaker no mention covers, as an antecedent: a group ("analysts", "the protesters"), or a capitalised name. */
function namedSlot(s: SpeakerRef): Slot | undefined {
  if (s.entity !== undefined || s.resolvesTo !== undefined) return undefined;
  const words = s.text.split(/\s+/);
  const head = (words.at(-1) ?? '').toLowerCase();
  if (words.length === 1 && antecedentLexicon().pronouns.has(head)) return undefined;
  // "Republican leaders", "the protesters": a plural noun phrase is a group "they" can take up.
  const last = words.at(-1) ?? '';
  if (antecedentLexicon().groupHeads.has(head) || (/^\p{Ll}/u.test(last) && /[^su]s$/.test(head)))
    return 'group';
  if (words[0]?.toLowerCase() === 'the') return undefined;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return antecedentLexicon().gendered.get(words[0]?.toLowerCase().replace(/\.$/, '') ?? '') ?? 'person';
}

/** The words between two names that make them one group: "and", perhaps with a title or role. */
const joins = (gap: string): boolean => /^,?\s+and\s+(?:\p{Ll}+\s+){0,4}$/u.test(gap);
