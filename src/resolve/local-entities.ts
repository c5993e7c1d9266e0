import { isCountry, lookupPlace } from '../annotate/mention/index.js';
import type { Annotations, DocumentId, Mention, MentionKind } from '../core/index.js';
import type { CorpusDocument } from './types.js';

/** One actor within one document: the mentions that share the annotate layer's `entity` key. */
export interface LocalEntity {
  /** `${document index}:${entity key}`. */
  readonly id: string;
  readonly doc: number;
  readonly document: DocumentId;
  readonly kind: MentionKind;
  readonly mentions: number[];
  /** Surface names with how often each was seen. */
  readonly names: ReadonlyMap<string, number>;
  readonly roles: ReadonlySet<string>;
  readonly expansions: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
}

/** A local entity while its document is read. */
interface Draft extends Omit<LocalEntity, 'names' | 'roles' | 'expansions' | 'countries'> {
  readonly names: Map<string, number>;
  roles: ReadonlySet<string>;
  expansions: ReadonlySet<string>;
  countries: ReadonlySet<string>;
}

/**
 * The one empty set every local entity without roles, expansions or countries shares: most have
 * none, and a set of its own each was a large part of what reconciling a collection holds.
 */
const NONE: ReadonlySet<string> = new Set();

const withMember = (set: ReadonlySet<string>, value: string): ReadonlySet<string> =>
  set === NONE ? new Set([value]) : (set as Set<string>).add(value);

export const localId = (doc: number, entity: string): string => `${doc}:${entity}`;

/**
 * A name made only of words of the document's own outlet ("Vestnik" in a text from "Soyuz
 * Vestnik"): the newsroom speaking of itself, an organisation whatever the mention layer guessed.
 */
const namesOwnOutlet = (name: string, outletWords: ReadonlySet<string>): boolean => {
  const parts = name.split(/\s+/);
  return outletWords.size > 0 && parts.every((w) => /^\p{Lu}/u.test(w) && outletWords.has(w));
};

/**
 * The country that qualifies an organisation named right after it: "the UK's MoD", "the Russian
 * Defence Ministry" (a demonym inside the name is the mention's own country).
 */
function qualifier(annotations: Annotations, text: string, i: number): string | undefined {
  const m = annotations.mentions[i];
  const before = annotations.mentions[i - 1];
  if (m?.kind !== 'organisation' || !before || before.span.end > m.span.start) return undefined;
  if (!/^(?:['’]s)?\s*$/.test(text.slice(before.span.end, m.span.start))) return undefined;
  if (before.kind === 'demonym') return before.country || undefined;
  const place = before.kind === 'place' ? lookupPlace(before.name) : undefined;
  return place && isCountry(place) ? place : undefined;
}

/** Groups every document's mentions by their within-document entity key. */
export function localEntities(corpus: readonly CorpusDocument[]): LocalEntity[] {
  const out = new Map<string, Draft>();
  corpus.forEach(({ doc, annotations }, d) => {
    const outletWords = new Set(doc.meta.outlet?.value.split(/[\s()-]+/) ?? []);
    annotations.mentions.forEach((m: Mention, i) => {
      const id = localId(d, m.entity);
      let local = out.get(id);
      if (!local) {
        local = {
          id,
          doc: d,
          document: doc.id,
          kind: m.kind === 'person' && namesOwnOutlet(m.name, outletWords) ? 'organisation' : m.kind,
          // A list made with its first member is sized for it; a pushed-to empty one for seventeen.
          mentions: [i],
          names: new Map(),
          roles: NONE,
          expansions: NONE,
          countries: NONE,
        };
        out.set(id, local);
      } else local.mentions.push(i);
      if (m.name.trim()) local.names.set(m.name, (local.names.get(m.name) ?? 0) + 1);
      if (m.role) local.roles = withMember(local.roles, m.role.toLowerCase());
      if (m.expansion) local.expansions = withMember(local.expansions, m.expansion);
      const country = m.country || qualifier(annotations, doc.text, i);
      if (country) local.countries = withMember(local.countries, country);
    });
  });
  return [...out.values()];
}

/** The fullest name of a local entity: most words, then most frequent. */
export function fullestName(local: LocalEntity): string {
  let best = '';
  let bestScore = -1;
  for (const [name, count] of local.names) {
    const score = name.split(/\s+/).length * 1000 + count;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
