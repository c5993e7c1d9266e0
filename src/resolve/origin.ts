import { countryOfCapital, isCountry, lookupDemonym, lookupPlace } from '../annotate/mention/index.js';
import { type Attribution, contains, type Span } from '../core/index.js';
import { definiteAntecedent, normalSpeaker } from './definite-speaker.js';
import { resolveLexicon } from './lexicon.js';
import { isPersonPronoun } from './pronoun-antecedent.js';
import type { CorpusDocument, Origin, ResolvedEntity } from './types.js';

type Resolved = ReadonlyMap<string, ResolvedEntity>;

/** The outlet a document comes from, or the document itself when no outlet is known. */
export function outletOrigin(cd: CorpusDocument): Origin {
  const outlet = cd.doc.meta.outlet?.value;
  if (outlet) return { key: `outlet:${normalSpeaker(outlet)}`, name: outlet, kind: 'outlet' };
  // No outlet known: the document stands for itself, shown by its title or file name, never its hash.
  const file = cd.doc.origin.split(/[\\/]/).at(-1) || cd.doc.id;
  return { key: `document:${cd.doc.id}`, name: cd.doc.meta.title?.value ?? file, kind: 'outlet' };
}

/** An attribution's speaker as an origin, undefined when vague ("analysts", "experts"). */
export function speakerOrigin(
  cd: CorpusDocument,
  d: number,
  index: number,
  resolved: Resolved,
): Origin | undefined {
  const a = cd.annotations.attributions[index];
  if (!a || !reports(cd, a)) return undefined;
  if (a.speaker.vague) return governmentOf(a, resolved);
  const entity = a.speaker.entity ? resolved.get(`${d}:${a.speaker.entity}`) : undefined;
  // "he said": the antecedent must be a person, whatever the nearest name was.
  const person = !isPersonPronoun(a.speaker.text.trim()) || entity?.kind === 'person';
  if (
    entity &&
    person &&
    ((entity.kind !== 'place' && entity.kind !== 'demonym') || speaksAsCountry(entity, a))
  ) {
    const source = governmentSeat(entity, resolved) ?? entity;
    return { key: `entity:${source.id}`, name: source.name, kind: 'cited' };
  }
  const text = normalSpeaker(a.speaker.text);
  const earlier = definiteAntecedent(cd, d, index, text, resolved, speakerOrigin);
  if (earlier) return earlier;
  // A speaker given by an appositive ("ISW, a think tank, says"): the organisation named just before.
  const inside = cd.annotations.mentions.find(
    (m) => (m.kind === 'organisation' || m.kind === 'person') && contains(a.speaker.span, m.span),
  );
  const before = inside ?? nearestBefore(cd, a);
  const near = before ? resolved.get(`${d}:${before.entity}`) : undefined;
  if (near && (near.kind === 'organisation' || near.kind === 'person'))
    return { key: `entity:${near.id}`, name: near.name, kind: 'cited' };
  if (!describesSource(a.speaker.text)) return undefined;
  return { key: `speaker:${text}`, name: a.speaker.text.replace(/\s+/g, ' ').trim(), kind: 'cited' };
}

/** The place entity of each country the collection names, by its canonical name. */
const countriesOf = new WeakMap<Resolved, ReadonlyMap<string, ResolvedEntity>>();
function countryEntity(resolved: Resolved, country: string): ResolvedEntity | undefined {
  let found = countriesOf.get(resolved);
  if (!found) {
    const byName = new Map<string, ResolvedEntity>();
    for (const e of resolved.values()) if (e.kind === 'place' && isCountry(e.name)) byName.set(e.name, e);
    countriesOf.set(resolved, byName);
    found = byName;
  }
  return found.get(country);
}

/** "Moscow said": the country whose capital speaks, when the collection names it; "Russia said" is the same origin. */
function governmentSeat(entity: ResolvedEntity, resolved: Resolved): ResolvedEntity | undefined {
  const place = entity.kind === 'place' ? lookupPlace(entity.name) : undefined;
  const country = place === undefined ? undefined : countryOfCapital(place);
  return country === undefined ? undefined : countryEntity(resolved, country);
}

/**
 * "Russian officials", "the Ukrainian authorities": no one in particular, but the country's
 * government speaks, as when the country is named ("Russia said").
 */
function governmentOf(a: Attribution, resolved: Resolved): Origin | undefined {
  const [demonym, noun, ...rest] = normalSpeaker(a.speaker.text).split(' ');
  if (!demonym || !noun || rest.length > 0 || !resolveLexicon().governmentNouns.has(noun)) return undefined;
  const country = lookupDemonym(demonym);
  const entity = country ? countryEntity(resolved, country) : undefined;
  return entity && { key: `entity:${entity.id}`, name: entity.name, kind: 'cited' };
}

/**
 * A country named alone as the speaker ("Russia said", "Ukraine denied"), or its capital ("Moscow
 * denied"): its government speaks.
 */
function speaksAsCountry(entity: ResolvedEntity, a: Attribution): boolean {
  if (entity.kind !== 'place') return false;
  const place = lookupPlace(entity.name);
  // "Russia, meanwhile, blamed ...": the name before an aside.
  const said = normalSpeaker(a.speaker.text.split(',')[0] ?? '');
  return (
    place !== undefined &&
    (isCountry(place) || countryOfCapital(place) !== undefined) &&
    [entity.name, ...entity.aliases].some((n) => normalSpeaker(n) === said)
  );
}

/** "Lukashenka will hardly declare war": a modal or negation before the cue makes the speaker a subject, not a source. */
function reports(cd: CorpusDocument, a: Attribution): boolean {
  if (a.cue.span.start < a.speaker.span.end) return true;
  const gap = cd.doc.text.slice(a.speaker.span.end, a.cue.span.start).toLowerCase();
  return !(gap.match(/\p{L}+/gu) ?? []).some((w) => resolveLexicon().nonReportingWords.has(w));
}

/**
 * A speaker no mention names is an origin only when it describes an identifiable source: a proper
 * modifier and a source noun ("a Lithuanian defence official", "a spokesman for the Border Guard
 * Service"), never a pronoun, a place, a rumour or a poll.
 */
function describesSource(speaker: string): boolean {
  const words = speaker.replace(/\s+/g, ' ').trim().split(' ');
  const proper = words.slice(1).some((w) => /^\p{Lu}/u.test(w)) || /^\p{Lu}\p{L}*'s$/u.test(words[0] ?? '');
  return proper && words.some((w) => resolveLexicon().sourceNouns.has(w.toLowerCase().replace(/'s$/, '')));
}

function nearestBefore(cd: CorpusDocument, a: Attribution) {
  const speaker = a.speaker.text.trim();
  // "he said" after "... around Independence Day": a person's pronoun never stands for an organisation.
  if (/\s/.test(speaker) || /^\p{Lu}/u.test(speaker) || isPersonPronoun(speaker)) return undefined;
  let best: (typeof cd.annotations.mentions)[number] | undefined;
  for (const m of cd.annotations.mentions) {
    if (
      m.kind !== 'organisation' ||
      m.span.end > a.speaker.span.start ||
      a.speaker.span.start - m.span.end > 60
    )
      continue;
    best = m;
  }
  return best;
}

/** The outermost attribution whose content holds the span (a claim of "according to X, Y said" comes from X). */
export function attributionFor(cd: CorpusDocument, span: Span, hint?: number): number | undefined {
  const list = cd.annotations.attributions;
  let found =
    hint !== undefined && list[hint]
      ? hint
      : list.findIndex((a) => contains(a.content, span) || contains(a.span, span));
  if (found < 0) return undefined;
  for (let guard = 0; guard < 5; guard++) {
    const parent = list[found]?.parent;
    if (parent === undefined || !list[parent] || list[parent]?.speaker.vague) break;
    found = parent;
  }
  return found;
}

/** Who a span ultimately comes from: the cited speaker when there is one, else the outlet. */
export function originOf(
  cd: CorpusDocument,
  d: number,
  span: Span,
  resolved: Resolved,
  hint?: number,
): Origin {
  const index = attributionFor(cd, span, hint);
  return (index !== undefined ? speakerOrigin(cd, d, index, resolved) : undefined) ?? outletOrigin(cd);
}
