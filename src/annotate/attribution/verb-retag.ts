import { memoized } from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';
import type { Tok } from '../token-view.js';
import { reportingLemmas } from './cue-lexicon.js';

/** Subject pronouns that take a verb in -s, and those that take its base form. */
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it', 'who', 'which']);
const PLURAL_SUBJECTS = new Set(['they', 'we', 'i', 'you', 'who', 'which']);
/** Subject pronouns that open a clause a verb of saying or thinking can take without "that". */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Object pronouns: a word right before one takes an object, as a verb does. */
const OBJECTS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);
/** WordNet's frames "Somebody ----s that CLAUSE" and "Somebody ----s to INFINITIVE". */
const THAT_CLAUSE = 26;
const INFINITIVE = 28;

interface VerbReading {
  readonly lemma: string;
  /** WordNet's sentence frames of the verb, over all its senses. */
  readonly frames: ReadonlySet<number>;
}

/** The verb a word in -s or in its base form can be, by WordNet: its lemma and frames. */
const verbReading = memoized((word: string): VerbReading | undefined => {
  const net = sharedWordNet();
  if (!net) return undefined;
  const forms = !word.endsWith('s')
    ? [word]
    : word.endsWith('es')
      ? [word.slice(0, -1), word.slice(0, -2)]
      : [word.slice(0, -1)];
  const lemma = forms.find((f) => f.length > 1 && net.senses(f, 'v').length > 0);
  if (!lemma) return undefined;
  const frames = new Set<number>();
  for (const offset of net.senses(lemma, 'v')) {
    const synset = net.synset(offset, 'v');
    const at = (synset?.words.indexOf(lemma) ?? -1) + 1;
    for (const f of synset?.frames ?? []) if (f.word === 0 || f.word === at) frames.add(f.frame);
  }
  return { lemma, frames };
}, 10_000);

/** A subject ending right before token `i` that agrees with a verb in -s (`singular`) or in its base form. */
function subjectBefore(toks: readonly Tok[], i: number, singular: boolean): boolean {
  let k = i - 1;
  while (toks[k]?.pos === 'ADV') k--;
  const t = toks[k];
  if (!t) return false;
  if (t.pos === 'PRON') return (singular ? SINGULAR_SUBJECTS : PLURAL_SUBJECTS).has(t.lower);
  if (t.pos === 'NOUN') return toks[k - 1]?.pos !== 'ADP' && t.lower.endsWith('s') !== singular;
  if (t.pos !== 'PROPN') return false;
  // "Obama and Clinton call ...": names joined by "and" take the base form.
  let and = false;
  for (let j = k - 1; j >= 0 && k - j <= 4 && (toks[j]?.pos === 'PROPN' || toks[j]?.lower === 'and'); j--)
    and ||= toks[j]?.lower === 'and';
  return singular !== and;
}

/**
 * A word `complementAfter` can accept for some verb: tested first, as most nouns are followed by
 * none. A clause's end counts only after a name ("The Gazette reports.").
 */
const mayTakeComplement = (toks: readonly Tok[], i: number): boolean => {
  const n = toks[i + 1];
  if (n === undefined) return false;
  if (n.text === '.' || n.text === ':') return toks[i - 1]?.pos === 'PROPN';
  return n.lower === 'that' || n.lower === 'to' || n.pos === 'PRON' || n.pos === 'DET' || n.pos === 'NUM';
};

/**
 * What follows token `i` is what the verb can take: "that" a clause, a clause without "that" ("show
 * he took"), "to" a verb, or an object; or, for a verb of reporting, nothing: "X reports." or
 * "X reports:" ends the clause it opens.
 */
function complementAfter(toks: readonly Tok[], i: number, reading: VerbReading): boolean {
  const n = toks[i + 1];
  if (!n) return false;
  if (n.lower === 'that') return reading.frames.has(THAT_CLAUSE);
  if (n.lower === 'to') return toks[i + 2]?.pos === 'VERB' && reading.frames.has(INFINITIVE);
  if (n.pos === 'PRON') {
    const verb = toks[i + 2]?.pos === 'VERB' || toks[i + 2]?.pos === 'AUX';
    return OBJECTS.has(n.lower) || (verb && CLAUSE_SUBJECTS.has(n.lower) && reading.frames.has(THAT_CLAUSE));
  }
  if (n.text === '.' || n.text === ':')
    return reportingLemmas().has(reading.lemma) && nameOpensClause(toks, i);
  return n.pos === 'DET' || n.pos === 'NUM';
}

/** "The Journal reports.": the name before token `i` opens its clause (not "citing Reuters reports."). */
function nameOpensClause(toks: readonly Tok[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.pos !== 'PROPN') return false;
  while (toks[k]?.pos === 'PROPN') k--;
  if (toks[k]?.pos === 'DET') k--;
  const before = toks[k];
  return before === undefined || before.pos === 'PUNCT' || before.pos === 'CCONJ';
}

/**
 * Tokens with the tagger's nouns read as verbs where the clause needs a verb: a lowercase word that
 * WordNet knows as a verb, right after a subject it agrees with (a name, a noun, a subject pronoun;
 * "-s" after one, the base form after several) and right before what that verb takes by WordNet's
 * frames ("that" and a clause, "to" and a verb, a determiner, a number, an object pronoun): "the
 * campaign plans to ...", "the senator charges that ...", "the group disputes the figure". The
 * tagger often reads such words as plural nouns. A word before a name stays a noun ("police Chief X").
 */
export function retagVerbs(toks: readonly Tok[]): readonly Tok[] {
  let out: Tok[] | undefined;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t?.pos !== 'NOUN' || !mayTakeComplement(toks, i) || !/^\p{Ll}+$/u.test(t.text)) continue;
    const reading = verbReading(t.lower);
    if (!reading || !complementAfter(toks, i, reading)) continue;
    if (!subjectBefore(toks, i, t.lower.endsWith('s'))) continue;
    out ??= [...toks];
    out[i] = { ...t, pos: 'VERB', lemma: reading.lemma };
  }
  return out ?? toks;
}
