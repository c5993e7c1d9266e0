import { z } from 'zod';
import { isTimeNoun } from '../../annotate/attribution/index.js';
import { type Annotations, loadModel, once, type Span } from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';
import type { CorpusDocument } from '../../resolve/types.js';
import { bottomLineLexicon as lex } from '../bottom-line/lexicon.js';
import { termAt } from '../bottom-line/relevance.js';
import { type SentenceTokens, sentenceTokens } from '../bottom-line/sentence-tokens.js';
import type { Topic, TopicTerm } from '../bottom-line/topic.js';
import { wordKey } from '../bottom-line/word-key.js';
import { dateAt, stanceAt } from '../evidence/context.js';
import { clauseAround, modalityAt, negatedAt } from '../evidence/modality.js';
import type { OriginFinder } from '../evidence/origins.js';
import { baseForms } from '../meaning/word-forms.js';
import type { OutcomeReport } from '../types.js';
import { verbKin } from './verb-kin.js';

const lexicon = once(() =>
  loadModel(
    'assess-outcome',
    z.object({
      about: z.string(),
      unrealised: z.array(z.string().min(1)).transform((w) => new Set(w)),
      infinitive: z.string().min(1),
      clauseOpeners: z.array(z.string().min(1)).transform((w) => new Set(w)),
      passive: z.array(z.string().min(1)).transform((w) => new Set(w)),
    }),
  ),
);

/** The object of an active verb follows it within this many tokens ("suspended natural gas supplies to ..."). */
const OBJECT_WINDOW = 8;
/** A passive verb's subject ends at most this many tokens before it ("gas deliveries to X were halted"). */
const PASSIVE_REACH = 6;
/** Words of the clause before the verb read for what leaves it undone ("could have", "failed to"). */
const BEFORE = 3;

interface Candidate {
  readonly cd: CorpusDocument;
  readonly s: SentenceTokens;
  readonly verb: number;
  readonly lemma: string;
}

/** Reads a collection one document at a time for reports of the outcome done. */
export interface OutcomeReader {
  /** Reads one document (its sentence tokens are those the views built just before, when they did). */
  readonly read: (cd: CorpusDocument) => void;
  /** The reports among the sentences read: those whose verb names the question's act. */
  readonly reports: (originOf: OriginFinder) => OutcomeReport[];
}

/**
 * Sentences that report the question's outcome as done: a past form of the question's verb or of a
 * verb of the same act ("Gazprom suspended gas supplies" for "halt gas deliveries"), with the
 * question's subject before it and one of the question's own words as its object (before it, in
 * the passive: "flows were halted"), as a report (not a plan, forecast or condition), not negated
 * or hedged, and dated no later than the horizon.
 */
export function outcomeReader(
  topic: Topic,
  question: { readonly question: string; readonly horizon: string },
): OutcomeReader {
  const net = sharedWordNet();
  const verb = [...topic.terms.values()].find((t) => t.kind === 'event' && t.verb && !t.hypothesis)?.word;
  // The outcome's verb follows "Will ..." in its base form; a participle ("a ship carrying grain")
  // modifies a noun and is no act of the outcome.
  if (!net || !verb || net.senses(verb, 'v').length === 0) return { read: () => {}, reports: () => [] };
  const own = ownWords(question.question);
  const object = objectOf(question.question, verb);
  const candidates: Candidate[] = [];
  const read = (cd: CorpusDocument) => {
    for (const s of sentenceTokens(cd.doc.text, cd.annotations))
      candidates.push(...candidatesIn(cd, s, topic, own, object));
  };
  const reports = (originOf: OriginFinder) => {
    const kin = verbKin(net, verb, new Set(candidates.map((c) => c.lemma)));
    const seen = new Set<string>();
    return candidates.flatMap((c) => {
      const key = `${c.cd.doc.id}:${c.s.span.start}`;
      if (!kin.has(c.lemma) || seen.has(key)) return [];
      const report = reportOf(c, question.horizon, originOf);
      if (report.length > 0) seen.add(key);
      return report;
    });
  };
  return { read, reports };
}

/** A candidate as a report: dated no later than the horizon, told as done. */
function reportOf({ cd, s, verb: i }: Candidate, horizon: string, originOf: OriginFinder): OutcomeReport[] {
  const { text } = cd.doc;
  const span = s.tokens[i]?.span ?? s.span;
  // A time in another clause ("the city Russia had held since February") does not date the act.
  const clause = clauseAround(text, s.span, span);
  const date = dateAt(cd.annotations, clause, cd.doc.meta.published?.value);
  if (date && date.value.slice(0, horizon.length) > horizon) return [];
  if (!realis(text, cd.annotations, s.span, span)) return [];
  return [
    {
      document: cd.doc.id,
      span,
      sentence: s.span,
      text: text.slice(s.span.start, s.span.end),
      ...(date ? { date } : {}),
      origin: originOf(cd, span, s.span),
    },
  ];
}

/** A report of the act done: not a plan, forecast or condition, not negated, not hedged. */
const realis = (text: string, ann: Annotations, sentence: Span, at: Span): boolean =>
  modalityAt(text, ann, sentence, at) === 'report' &&
  !negatedAt(text, sentence, at) &&
  !stanceAt(ann, at).hedged;

/** The keys of a word and of its base forms ("deliveries" -> delivery), no wider family. */
function keysOf(word: string): string[] {
  const net = sharedWordNet();
  return [wordKey(word), ...(net ? baseForms(word, net).map(([lemma]) => wordKey(lemma)) : [])];
}

/** The keys of the question's own words. */
const ownWords = (question: string): Set<string> =>
  new Set(
    question
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .flatMap(keysOf),
  );

/** What the question says its verb acts on. */
interface ObjectOf {
  /** The object is a name ("withdraw from Snake Island"): a name of the question may stand for it. */
  readonly name: boolean;
  /** The keys of the object phrase's words ("gas deliveries"; "participation" in "suspend its participation in ..."). */
  readonly words: ReadonlySet<string>;
  /** The keys of the words before the head of a compound object ("gas" in "gas deliveries"): the specific part, which a report must name. */
  readonly modifiers: ReadonlySet<string>;
  /** The names after the verb ("Europe", "Nord"): a report names one of them, when there are any. */
  readonly names: ReadonlySet<string>;
}

/**
 * The object of the question's verb: the first phrase after it, past prepositions, determiners and
 * possessive names ("join Russia's war" acts on a war), and the names that follow the verb.
 */
function objectOf(question: string, verb: string): ObjectOf {
  const words = question.split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase().replace(/[^\p{L}]/gu, '') === verb);
  const phrase: string[] = [];
  const names = new Set<string>();
  let name: boolean | undefined;
  let phraseDone = false;
  for (const raw of words.slice(at + 1)) {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '');
    const own = word.replace(/['’]s$/u, '');
    const lower = word.toLowerCase();
    const capital = /^\p{Lu}/u.test(word) && !isTimeNoun(own);
    const possessive = own !== word;
    const functionWord = lex().prepositions.has(lower) || lex().questionStopwords.has(lower);
    if (capital) names.add(own);
    if (name === undefined) {
      if (!word || functionWord || possessive) continue;
      name = capital;
    }
    if (name || phraseDone) continue;
    if (!word || functionWord || capital || possessive) phraseDone = true;
    else phrase.push(lower);
    // Punctuation after a word ("deliveries,") ends the phrase too.
    if (/[^\p{L}]$/u.test(raw)) phraseDone = true;
  }
  return {
    name: name === true,
    words: new Set(phrase.flatMap(keysOf)),
    modifiers: new Set(phrase.slice(0, -1).flatMap(keysOf)),
    names,
  };
}

/** Past verbs of a sentence with the question's subject before them and its object beside them. */
function candidatesIn(
  cd: CorpusDocument,
  s: SentenceTokens,
  topic: Topic,
  own: ReadonlySet<string>,
  objectSpec: ObjectOf,
): Candidate[] {
  const { text } = cd.doc;
  const out: Candidate[] = [];
  // The object is one of the question's own words: a sentence without any has no report.
  if (!s.keys.some((keys) => keys.some((k) => own.has(k)))) return out;
  const terms = s.tokens.map((_, j) => termAt(topic, s, j));
  s.tokens.forEach((t, i) => {
    if (t.pos !== 'VERB') return;
    const lower = s.lower[i] ?? '';
    const lemma = (t.lemma ?? lower).toLowerCase();
    // A past form: not a present -s or an -ing form; the lemma itself only after a singular
    // subject ("Gazprom shut", where the present would be "shuts"); not the end of "Moscow-held".
    if (lower.endsWith('ing') || /^(?:s|es)$/.test(lower.slice(lemma.length))) return;
    if (lower === lemma && !singularBefore(s, i)) return;
    if (text[t.span.start - 1] === '-') return;
    const clause = clauseAround(text, s.span, t.span);
    const before = s.lower.slice(0, i).filter((_, j) => (s.tokens[j]?.span.start ?? 0) >= clause.start);
    if (before.slice(-BEFORE).some((w) => lexicon().unrealised.has(w))) return;
    const passive = lexicon().passive.has(before.at(-1) ?? '') || lexicon().passive.has(before.at(-2) ?? '');
    const { infinitive } = lexicon();
    // "to halt", "to be halted", "claimed to have halted": an infinitive is no report of the act.
    if (before.at(-1) === infinitive || before.at(-2) === infinitive) return;
    let subject = false;
    let object = false;
    // The subject is the verb's own: no other verb stands between them ("Turkey hosted Russian
    // officials and played ..."); the object comes before the next verb or clause ("made the claim
    // that Ukraine ...").
    const lastVerbBefore = s.tokens.findLastIndex(
      (u, j) => j < i && u.pos === 'VERB' && isVerbToken(text, u),
    );
    const nextVerbAfter = s.tokens.findIndex(
      (u, j) => j > i && (isVerbToken(text, u) || lexicon().clauseOpeners.has(s.lower[j] ?? '')),
    );
    const objectEnd = Math.min(i + OBJECT_WINDOW, nextVerbAfter < 0 ? s.tokens.length : nextVerbAfter - 1);
    s.tokens.forEach((u, j) => {
      if (j === i || u.span.start < clause.start || u.span.end > clause.end) return;
      // The first part of a hyphenated word ("nuclear-capable") is not the word.
      if (text[u.span.end] === '-') return;
      const term = terms[j];
      if (!term || term.hypothesis) return;
      // The object: one of the question's own words that is not its verb or its subject ("gas",
      // "Snake Island"), before a passive verb and after an active one.
      const keys = s.keys[j] ?? [];
      const isObject =
        !term.verb &&
        !term.subject &&
        (term.kind === 'actor' ? objectSpec.name : isObjectWord(keys, objectSpec)) &&
        keys.some((k) => own.has(k));
      if (j < i) {
        if (term.kind === 'actor' && term.subject && j > lastVerbBefore) subject = true;
        // A passive verb's object is its subject, just before it ("gas deliveries were halted");
        // not a name ("strikes carried out by Ukrainian ...").
        if (isObject && passive && term.kind !== 'actor' && j >= i - PASSIVE_REACH) object = true;
      } else if (isObject && !passive && j <= objectEnd) object = true;
    });
    if (object && (subject || passive) && namesOne(s, terms, objectSpec.names))
      out.push({ cd, s, verb: i, lemma });
  });
  return out;
}

/** Whether the token before is a singular noun or a name: its verb, in its base form, is past. */
function singularBefore(s: SentenceTokens, i: number): boolean {
  const t = s.tokens[i - 1];
  const word = s.lower[i - 1] ?? '';
  if (t?.pos === 'PROPN') return true;
  return t?.pos === 'NOUN' && (t.lemma ?? word).toLowerCase() === word;
}

/** A verb or auxiliary that is its own word, not the end of a hyphenated one ("U.N.-brokered"). */
const isVerbToken = (text: string, t: { readonly pos?: string; readonly span: Span }): boolean =>
  (t.pos === 'VERB' || t.pos === 'AUX') && text[t.span.start - 1] !== '-';

/**
 * A word of the object phrase: its specific part where it is a compound ("nuclear" of "nuclear
 * weapon": a "chemical weapon" is another thing), else any of its words; any word of the
 * question where the object is a name.
 */
const isObjectWord = (keys: readonly string[], o: ObjectOf): boolean =>
  o.words.size === 0 || keys.some((k) => (o.modifiers.size > 0 ? o.modifiers : o.words).has(k));

/** Whether the sentence names one of `names` (its demonym counts), or there are none to name. */
function namesOne(
  s: SentenceTokens,
  terms: readonly (TopicTerm | undefined)[],
  names: ReadonlySet<string>,
): boolean {
  if (names.size === 0) return true;
  const lower = new Set([...names].map((n) => n.toLowerCase()));
  return s.tokens.some((_, j) => {
    const term = terms[j];
    return (term !== undefined && names.has(term.word)) || lower.has(s.lower[j] ?? '');
  });
}
