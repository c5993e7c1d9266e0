import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { MentionKind } from '../../core/index.js';
import type { NerSpan, NerSystem } from './ner-system.js';

// wink-nlp is wrapped by the sentence stage in sitrep; here, outside the pipeline, it runs as a peer.
const nlp = winkNLP(model);
const its = nlp.its;

// The light English model's entity types (DATE, CARDINAL, MONEY, ...): none names a person, an
// organisation or a place; the map is here so that a richer model would be scored without code changes.
const kinds: Record<string, MentionKind> = {
  PERSON: 'person',
  ORG: 'organisation',
  GPE: 'place',
  LOC: 'place',
  NORP: 'demonym',
};

/** wink-nlp's own entities with character offsets rebuilt from its lossless tokens. */
export const winkNer: NerSystem = (text) => {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  values.forEach((v, i) => {
    at += (spaces[i] ?? '').length;
    starts.push(at);
    at += v.length;
    ends.push(at);
  });
  const out: NerSpan[] = [];
  const details = doc.entities().out(its.detail) as { value: string; type: string }[];
  const spans = doc.entities().out(its.span) as [number, number][];
  details.forEach((d, i) => {
    const kind = kinds[d.type];
    const span = spans[i];
    if (!kind || !span) return;
    const start = starts[span[0]] ?? 0;
    out.push({ start, end: ends[span[1]] ?? start, kind, entity: `${kind}:${d.value.toLowerCase()}` });
  });
  return out;
};
