import { z } from 'zod';
import { annotate } from '../../annotate/index.js';
import { loadModel, once } from '../../core/index.js';
import type { Indicator } from '../question/index.js';
import { isParticipantWord } from './participants.js';
import { wn, wordForms } from './word-forms.js';

const evidenceFile = z.object({
  functionWords: z.array(z.string()),
  targetPrepositions: z.array(z.string()),
});
const functionWords = once(() => new Set(loadModel('assess-evidence', evidenceFile).functionWords));
/** Prepositions that give a name its role in a cue ("in Ukraine", "to Russia"). */
const rolePrepositions = once(() => new Set(loadModel('assess-evidence', evidenceFile).targetPrepositions));

/** A phrase read for its meaning: every term must occur in a sentence, each in any of its forms. */
export interface Phrase {
  /** Where it comes from: `cue:<cue>`, `name` or `description:<chunk>`. */
  readonly source: string;
  readonly terms: readonly ReadonlySet<string>[];
  /** At most this many tokens from the first term matched to the last (cues are written as phrases). */
  readonly window: number;
  /**
   * The preposition a cue puts before a name, by term ("in" for "Ukraine" in "used in Ukraine"):
   * the name must stand in that role, not as the object of the act ("using Ukraine").
   */
  readonly roles?: readonly (string | undefined)[];
  /** A sentence this matches is no match ("levels above normal" for the phrase "levels normal"). */
  readonly unless?: RegExp;
  /**
   * The cue is stated negated ("will not send tanks"): its content words match only where the
   * sentence negates them too, and that negation is the cue's, not a report of it not holding.
   */
  readonly negated?: boolean;
}

export interface IndicatorPhrases {
  /** Phrases whose match is evidence of the indicator holding (or, negated, of it not holding). */
  readonly for: readonly Phrase[];
  /** Phrases the description says count against ("reports that the connection is restored count against"). */
  readonly against: readonly Phrase[];
}

/** The words of a text that carry meaning: lower case, without function words or figures. */
export const contentWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, '').replace(/['\u2019]s$/, ''))
    .filter((w) => w.length > 1 && !functionWords().has(w) && !/^\d/.test(w));

/** Whether WordNet knows a word as the base form of a verb ("recruit", "withdraw"; not "recruited"). */
function isVerbLemma(word: string): boolean {
  const net = wn();
  return net !== undefined && net.senses(word, 'v').length > 0;
}

/** The capitalised words of a phrase, lower-cased (the phrase's first word too: cues are no sentences). */
const namesOf = (text: string): string[] =>
  [...text.matchAll(/\p{Lu}[\p{L}-]*/gu)].map((m) => m[0].toLowerCase());

function phraseOf(source: string, text: string, synonyms: boolean, window: number): Phrase | undefined {
  const words = contentWords(text);
  if (words.length === 0) return undefined;
  // A name keeps its own form: "to Russia" is a place, and "Russian" another thing.
  const names = new Set(namesOf(text));
  // An irregular form WordNet cannot take back to its lemma ("sent", "stole") is read through
  // the tagger's lemma too.
  const lemmas = lemmasOf(text);
  const terms = words.map((w) => {
    if (names.has(w)) return new Set([w]);
    const forms = wordForms(synonyms ? `+${w}` : w);
    const lemma = lemmas.get(w);
    return lemma && !forms.has(lemma)
      ? new Set([...forms, ...wordForms(synonyms ? `+${lemma}` : lemma)])
      : forms;
  });
  // The word written right before a name, when it is a preposition of place or direction.
  const tokens = text.toLowerCase().split(/\s+/u);
  const roles = words.map((w) => {
    if (!names.has(w)) return undefined;
    const before = tokens[tokens.indexOf(w) - 1];
    return before !== undefined && rolePrepositions().has(before) ? before : undefined;
  });
  return { source, terms, window, ...(roles.some((r) => r !== undefined) ? { roles } : {}) };
}

const BEYOND = /^(.*?)\s+(above|over|beyond|exceeding|higher than)\s+(\p{L}+)$/iu;

/**
 * A description that puts the indicator beyond a norm ("radiation levels above normal") counts a
 * sentence that puts the measure at its norm against it ("the radiation level is normal"): a word
 * of the measure and the norm, unless the sentence says the measure is beyond it.
 */
function atNorm(chunk: string): Phrase | undefined {
  const m = BEYOND.exec(chunk.replace(/^(?:or|and)\s+|[.;:]+$/giu, '').trim());
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const measure = contentWords(m[1]).flatMap((w) => [...wordForms(w)]);
  if (measure.length === 0) return undefined;
  return {
    source: `against:${m[1]} ${m[3]}`,
    terms: [new Set(measure), wordForms(m[3].toLowerCase())],
    window: 8,
    unless: new RegExp(`\\b${m[2]}\\s+${m[3]}\\b`, 'iu'),
  };
}

const AGAINST = /^(?:reports?\s+(?:that|of)\s+)?(.+?)\s+counts?\s+against\b/i;
/** A clause that says nothing was done: "none have been sent or agreed", "nothing has yet been delivered". */
const NONE_DONE =
  /^(?:none|nothing|no\s+\p{L}+)\s+(?:has|have|had|was|were|is|are)\s+(?:yet\s+|so\s+far\s+)?(?:been\s+)?(.+)$/iu;

/** The tagger's lemma of each lower-case word of a short text that has one of its own. */
function lemmasOf(text: string): ReadonlyMap<string, string> {
  const ann = annotate(text);
  const out = new Map<string, string>();
  for (const t of ann.tokens) {
    const word = text.slice(t.span.start, t.span.end).toLowerCase();
    const lemma = t.lemma?.toLowerCase();
    if (lemma && lemma !== word) out.set(word, lemma);
  }
  return out;
}

/** Lemmas of the verbs of a short text, and of its common nouns, in order (read once per indicator). */
function verbsAndNouns(text: string): { verbs: string[]; nouns: string[] } {
  const ann = annotate(text);
  const lemma = (t: (typeof ann.tokens)[number]) =>
    (t.lemma ?? text.slice(t.span.start, t.span.end)).toLowerCase();
  return {
    // A verb inside a compound ("Western-made") is no act of the text's.
    verbs: ann.tokens
      .filter(
        (t) =>
          t.pos === 'VERB' &&
          !/-$|^-/u.test(text.slice(t.span.start - 1, t.span.end + 1).replace(/^\p{L}|\p{L}$/gu, '')),
      )
      .map(lemma),
    nouns: ann.tokens
      .filter((t) => t.pos === 'NOUN' && /^\p{Ll}/u.test(text.slice(t.span.start, t.span.end)))
      .map((t) => text.slice(t.span.start, t.span.end).toLowerCase()),
  };
}

/**
 * A description's "reports that none have been sent or agreed count against" as a phrase against
 * the indicator: one of those acts (or the name's) done to the name's thing ("tanks"), where the
 * sentence negates or refuses it ("could not send tanks", "refuses to send its tanks").
 */
function undone(indicator: Indicator, clause: string): Phrase | undefined {
  const m = NONE_DONE.exec(clause.trim());
  if (!m?.[1]) return undefined;
  const name = verbsAndNouns(indicator.name);
  const verbs = [...verbsAndNouns(m[1]).verbs, ...name.verbs].filter((v) => contentWords(v).length > 0);
  const thing = name.nouns.filter(isParticipantWord).at(-1);
  if (verbs.length === 0 || thing === undefined) return undefined;
  return {
    source: `against:not ${verbs.join('/')} ${thing}`,
    terms: [new Set(verbs.flatMap((v) => [...wordForms(`+${v}`)])), wordForms(thing)],
    window: 8,
    negated: true,
  };
}

/** The description's clauses: split at , ; . and before "or"/"and" that start a new clause. */
const chunks = (description: string): string[] =>
  description
    .split(/[.;:]\s+|,\s+|\s+(?:or|and)\s+(?=\p{Ll}+\s+\p{Ll})/u)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);

/**
 * What an indicator means, as phrases: each cue of two content words or more, every word in its
 * forms and synonyms ("refuse to fight" finds "refusing to fight", "strike force" a "strike
 * group"); and the description's clauses that end "count(s) against", as phrases against it
 * ("reports that the connection is restored count against"). Measured on the question golds, the
 * indicator's name and the description's other clauses as phrases cost more precision than they
 * gave recall, so they are not read. A single-word cue that is a verb's base form matches in its
 * inflections ("recruit" finds "recruited", not "recruiter"); other single words stay with the
 * surface matcher.
 */
export function indicatorPhrases(indicator: Indicator, negated: (cue: string) => boolean): IndicatorPhrases {
  const pro: Phrase[] = [];
  const against: Phrase[] = [];
  for (const cue of indicator.match.cues ?? []) {
    const words = contentWords(cue);
    if (words.length >= 2) {
      const p = phraseOf(`cue:${cue}`, cue, true, words.length * 2 + 1);
      if (p) pro.push(negated(cue) ? { ...p, negated: true } : p);
    } else if (words[0] !== undefined && words[0] === cue.trim() && isVerbLemma(words[0])) {
      // A verb written in its base form matches in any inflection ("recruit": recruited, recruiting);
      // a form the user chose ("controls", "advanced") stays as written.
      pro.push({ source: `cue:${cue}`, terms: [new Set([words[0]])], window: 1 });
    }
  }
  for (const c of chunks(indicator.description ?? '')) {
    const norm = atNorm(c);
    if (norm) against.push(norm);
  }
  for (const sentence of (indicator.description ?? '').split(/(?<=[.;])\s+/)) {
    const contra = AGAINST.exec(sentence.replace(/[.;]$/, ''));
    const none = contra?.[1] ? undone(indicator, contra[1]) : undefined;
    if (none) against.push(none);
    else if (contra?.[1]) {
      for (const c of chunks(contra[1])) {
        const p = phraseOf(`against:${c}`, c, true, 1000);
        if (p && p.terms.length >= 2) against.push(p);
      }
    }
  }
  return { for: pro, against };
}
