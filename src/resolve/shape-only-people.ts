import { fold, isShapeOnlyPerson } from '../annotate/mention/index.js';
import { fullestName, type LocalEntity } from './local-entities.js';
import type { CorpusDocument } from './types.js';

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
    return l.mentions.every((i) => isShapeOnlyPerson(mentions?.[i]?.rule ?? ''));
  };
  return locals.map((l) =>
    l.kind === 'person' && organisations.has(fold(fullestName(l))) && shapeOnly(l)
      ? { ...l, kind: 'organisation' }
      : l,
  );
}
