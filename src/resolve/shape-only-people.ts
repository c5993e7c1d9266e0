import { fullestName, type LocalEntity } from './local-entities.js';
import type { CorpusDocument } from './types.js';

/** Person readings that rest on the shape of the words alone (no given name, title or cue). */
const SHAPE_ONLY = new Set(['person:shape', 'person:known']);

const fold = (s: string): string => s.toLowerCase();

/**
 * A name read as a person in one document only from its shape ("Nord Stream said") names the
 * organisation or thing other documents of the collection show it to be ("through the Nord Stream 1
 * pipeline", "Nord Stream AG"): one name, one bearer, and the reading with evidence wins.
 */
export function retypeShapeOnlyPeople(
  locals: readonly LocalEntity[],
  corpus: readonly CorpusDocument[],
): LocalEntity[] {
  const organisations = new Set(
    locals.filter((l) => l.kind === 'organisation').flatMap((l) => [...l.names.keys()].map(fold)),
  );
  if (organisations.size === 0) return [...locals];
  const shapeOnly = (l: LocalEntity): boolean => {
    const mentions = corpus[l.doc]?.annotations.mentions;
    return l.mentions.every((i) => SHAPE_ONLY.has(mentions?.[i]?.rule ?? ''));
  };
  return locals.map((l) =>
    l.kind === 'person' && organisations.has(fold(fullestName(l))) && shapeOnly(l)
      ? { ...l, kind: 'organisation' }
      : l,
  );
}
