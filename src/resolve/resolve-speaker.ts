import { countryOfCapital, countryOfPlace, isCountry, lookupPlace } from '../annotate/mention/index.js';
import { normalSpeaker } from './definite-speaker.js';
import type { SpeakerPlan, SpeakerStep } from './speaker-plan.js';
import type { Origin, ResolvedEntity } from './types.js';

type Resolved = ReadonlyMap<string, ResolvedEntity>;

/**
 * Who attribution `index` of document `d` cites, once the collection's entities are resolved: the
 * first step of its plan that names an origin. `planOf` gives the document's plan of an attribution
 * (a plan may defer to an earlier attribution's speaker).
 */
export function resolveSpeaker(
  planOf: (index: number) => SpeakerPlan | undefined,
  d: number,
  index: number,
  resolved: Resolved,
): Origin | undefined {
  for (const step of planOf(index) ?? []) {
    const origin = originOfStep(step, planOf, d, resolved);
    if (origin) return origin;
  }
  return undefined;
}

function originOfStep(
  step: SpeakerStep,
  planOf: (index: number) => SpeakerPlan | undefined,
  d: number,
  resolved: Resolved,
): Origin | undefined {
  switch (step.k) {
    case 'country': {
      const entity = step.country === undefined ? undefined : countryEntity(resolved, step.country);
      return entity && entityOrigin(entity);
    }
    case 'entity': {
      const entity = resolved.get(`${d}:${step.key}`);
      if (!entity || !fits(entity, step)) return undefined;
      // The speaker's own mention of a capital ("Moscow said") is its country, as "Russia said" is.
      return entityOrigin((step.said !== undefined && governmentSeat(entity, resolved)) || entity);
    }
    case 'via':
      return resolveSpeaker(planOf, d, step.attribution, resolved);
    case 'named':
      // The words as written, whitespace made single: their normal form is the origin's key.
      return { key: `speaker:${normalSpeaker(step.name)}`, name: step.name, kind: 'cited' };
  }
}

const entityOrigin = (entity: ResolvedEntity): Origin => ({
  key: `entity:${entity.id}`,
  name: entity.name,
  kind: 'cited',
});

function fits(entity: ResolvedEntity, step: Extract<SpeakerStep, { k: 'entity' }>): boolean {
  if (step.kinds && !step.kinds.includes(entity.kind)) return false;
  if (step.said === undefined) return true;
  // "he said": the antecedent must be a person, whatever the nearest name was.
  if (step.pronoun && entity.kind !== 'person') return false;
  return (entity.kind !== 'place' && entity.kind !== 'demonym') || speaksAsCountry(entity, step.said);
}

/**
 * A country named alone as the speaker ("Russia said", "Ukraine denied"), or its capital ("Moscow
 * denied"): its government speaks.
 */
function speaksAsCountry(entity: ResolvedEntity, said: string): boolean {
  return (
    entity.kind === 'place' &&
    countryOfPlace(entity.name) !== undefined &&
    [entity.name, ...entity.aliases].some((n) => normalSpeaker(n) === said)
  );
}

/** "Moscow said": the country whose capital speaks, when the collection names it; "Russia said" is the same origin. */
function governmentSeat(entity: ResolvedEntity, resolved: Resolved): ResolvedEntity | undefined {
  const place = entity.kind === 'place' ? lookupPlace(entity.name) : undefined;
  const country = place === undefined ? undefined : countryOfCapital(place);
  return country === undefined ? undefined : countryEntity(resolved, country);
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
