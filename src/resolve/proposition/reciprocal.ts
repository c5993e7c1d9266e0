import { type Claim, contains, type Mention } from '../../core/index.js';
import { type Placed, tokensOf } from '../stance/claim-stance.js';
import { stanceCues } from '../stance/cues.js';
import type { CorpusDocument, Origin, ResolvedEntity } from '../types.js';
import { actAt, findWord, skipAdverbs, spanOf } from './act-at.js';
import { actorKeys } from './actor-keys.js';
import type { Frame } from './frame.js';

const QUOTE = /^["'“”‘’]$/;
/** Kinds of mention that can be a side of a dispute. */
const SIDES = new Set(['place', 'organisation', 'demonym', 'person']);

export interface Side {
  readonly origin: Origin;
  readonly frame: Frame;
}

/** "each other", "one another" right after the verb. */
const reciprocalAt = (tokens: readonly Placed[], i: number): boolean =>
  (tokens[i]?.word === 'each' && tokens[i + 1]?.word === 'other') ||
  (tokens[i]?.word === 'one' && tokens[i + 1]?.word === 'another');

/**
 * "A and B accused each other of shelling X", "A and B blamed one another for the blast": one
 * sentence reports two accusations, each side's of the other. The two sides as origins, each with
 * the act it says the other did; undefined when the clause is no such accusation or does not name
 * two sides before its verb.
 */
export function reciprocalAccusation(
  cd: CorpusDocument,
  d: number,
  claim: Claim,
  resolved: ReadonlyMap<string, ResolvedEntity>,
): readonly [Side, Side] | undefined {
  if (!claim.lemma || !stanceCues().accuse.has(claim.lemma)) return undefined;
  const { annotations, doc } = cd;
  const tokens = tokensOf(doc.text, annotations, claim.clause ?? claim.span).filter(
    (t) => !QUOTE.test(t.word),
  );
  const v = tokens.findIndex((t) => t.pos === 'VERB' && t.lemma === claim.lemma);
  if (v < 1 || !reciprocalAt(tokens, v + 1)) return undefined;
  const prep = findWord(tokens, v + 3, ['of', 'for', 'over']);
  const act = prep === undefined ? undefined : actAt(tokens, skipAdverbs(tokens, prep + 1));
  if (!act) return undefined;
  const subject = spanOf(tokens, 0, v);
  const seen = new Map<string, ResolvedEntity>();
  for (const m of annotations.mentions as readonly Mention[]) {
    if (!contains(subject, m.span) || !SIDES.has(m.kind)) continue;
    const e = resolved.get(`${d}:${m.entity}`);
    if (e && !seen.has(e.id)) seen.set(e.id, e);
  }
  const [a, b] = [...seen.values()];
  if (!a || !b || seen.size !== 2) return undefined;
  const keysOf = (e: ResolvedEntity): Set<string> => {
    const out = new Set([`e:${e.id}`]);
    for (const m of annotations.mentions as readonly Mention[]) {
      if (!contains(subject, m.span) || resolved.get(`${d}:${m.entity}`)?.id !== e.id) continue;
      for (const k of actorKeys(cd, d, m.span, resolved)) out.add(k);
    }
    return out;
  };
  const [ka, kb] = [keysOf(a), keysOf(b)];
  const objects = new Set([...actorKeys(cd, d, act.span, resolved)].filter((k) => !ka.has(k) && !kb.has(k)));
  const things = new Set(
    tokens
      .filter(
        (t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && t.lemma !== act.lemma && contains(act.span, t.span),
      )
      .map((t) => t.lemma),
  );
  const side = (by: ResolvedEntity, accuser: Set<string>, accused: Set<string>): Side => ({
    origin: { key: `entity:${by.id}`, name: by.name, kind: 'cited' },
    frame: { kind: 'accused', agent: accused, ...act, objects, things, side: 'asserts', accuser },
  });
  return [side(a, ka, kb), side(b, kb, ka)];
}
