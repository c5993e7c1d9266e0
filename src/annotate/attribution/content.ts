import type { Span } from '../../core/index.js';
import { claimLexicon } from '../claim/lexicon.js';
import { isPunct, type Tok } from '../token-view.js';
import { isAgentNoun } from './agent-noun.js';
import type { ParseContext } from './context.js';
import { cueLexicon } from './cue-lexicon.js';
import { phraseStartingAt } from './noun-phrase.js';
import { quoteInside } from './quotes.js';
import { MIN_QUOTE, reportsProposition } from './report-shape.js';
import { onlyTime } from './speaker-reach.js';

const thatWindow = 8;
const quoteWindow = 6;
/** How far after a quoted title "that" may open the report ("“Morning Joe” on Friday that"). */
const titleReach = 3;
/** How far after a coordinator its clause's reporting verb is looked for. */
const reportReach = 8;
/** Reports are read at most this many tokens past their cue, so one endless line stays linear. */
const maxContent = 400;

/**
 * Trims spaces, edge punctuation (but not quote marks) and, outside a quote, the "that" opening a
 * clause from a span (a quote's own first word stays: "That's what will happen").
 */
export function tidy(text: string, start: number, end: number, quoted = false): Span | null {
  let a = start;
  let b = end;
  for (let guard = 0; guard < 4; guard++) {
    while (a < b && /[\s,;:.—–(-]/u.test(text[a] ?? '')) a++;
    if (!quoted && /^that\s/i.test(text.slice(a, a + 5))) a += 4;
  }
  while (b > a && /[\s,;:.!?—–()-]/u.test(text[b - 1] ?? '')) b--;
  return b > a ? { start: a, end: b } : null;
}

/**
 * What a cue ending at token `from` reports: a quote opening just after it, else the clause after
 * "that" within a few words, else the rest of the sentence, stopping at a semicolon or at a
 * participle that starts a new report (", adding that").
 */
export function contentAfter(ctx: ParseContext, from: number): Span | null {
  const { toks, sentence, quotes, text } = ctx;
  const ceiling = Math.min(sentence.last, from + maxContent);
  let end = ceiling < sentence.last ? (toks[ceiling - 1]?.end ?? sentence.end) : sentence.end;
  for (let k = from; k < ceiling; k++) {
    const t = toks[k];
    if (!t) break;
    if (k - from <= quoteWindow) {
      const q = quotes.byOpen.get(t.start);
      if (q && !seenThat(ctx, from, k) && !thatAfterTitle(ctx, q) && !quoteWithinClause(ctx, from, k, q)) {
        const inner = quoteInside(text, q);
        return tidy(text, inner.start, inner.end, true);
      }
    }
    const closes = quotes.byClose.get(t.start);
    const leavesQuote = closes !== undefined && closes.start < (toks[from]?.start ?? 0);
    const next = t.text === ',' && (startsParticiple(ctx, k + 1) || startsReport(ctx, k + 1));
    if (leavesQuote || t.text === ';' || next) {
      end = t.start;
      break;
    }
  }
  const that = thatAt(ctx, from);
  let start = that === undefined ? (toks[from]?.start ?? sentence.end) : (toks[that]?.end ?? sentence.end);
  if (from >= sentence.last) start = sentence.end;
  return tidy(text, start, Math.max(start, end));
}

const PHRASE_GOES_ON = new Set(['ADP', 'DET']);
const isVerb = (t: Tok | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX';

/**
 * A quote that is only part of what is reported: one the clause after the cue has already begun
 * ("said the fighters had “completed their mission” and ..."), or a quoted phrase without a verb
 * inside the sentence ("reported the liberation of “more than 20 villages” in the region").
 */
function quoteWithinClause(ctx: ParseContext, from: number, at: number, q: Span): boolean {
  const { toks, sentence } = ctx;
  for (let k = from; k < at; k++) if (isVerb(toks[k])) return true;
  // A quote after a preposition or an article goes on a phrase ("the liberation of “...”"); after its
  // object it is what the object is called ("called the budget “a fantasy” on Monday").
  if (!PHRASE_GOES_ON.has(toks[at - 1]?.pos ?? '')) return false;
  let k = at;
  let verb = false;
  for (; k < sentence.last && (toks[k]?.start ?? 0) < q.end; k++) if (isVerb(toks[k])) verb = true;
  if (verb) return false;
  while (k < sentence.last && isPunct(toks[k])) k++;
  return k < sentence.last;
}

const COPULAS = new Set(['is', 'was', 'are', 'were']);

/**
 * The "that" opening what a cue ending at `from` reports, within a few words ("told reporters on
 * Friday that C", "told the show “Morning Joe” that C": a quoted title on the way is passed over).
 */
export function thatAt(ctx: ParseContext, from: number): number | undefined {
  const { toks, sentence, quotes } = ctx;
  let words = 0;
  for (let k = from; k < sentence.last && words < thatWindow; k++) {
    const t = toks[k];
    const mark = t !== undefined && (quotes.byOpen.has(t.start) || quotes.byClose.has(t.start));
    if (!t || (isPunct(t) && t.text !== ',' && !mark)) return undefined;
    if (!mark) words++;
    if (t.lower === 'that' && !relativeThat(toks, k, from)) return k;
    // "The upshot, as X put it, is that C": a copula right after the aside hands on its "that".
    if (COPULAS.has(t.lower) && toks[k + 1]?.lower === 'that' && toks.slice(from, k).every((x) => isPunct(x)))
      return k + 1;
    // "said, going on to say that C": a "that" after another verb is that verb's.
    if (t.pos === 'VERB' || t.pos === 'AUX') return undefined;
  }
  return undefined;
}

/** "told “Morning Joe” that C": a quote that "that" follows at once names whom or where, not what. */
function thatAfterTitle(ctx: ParseContext, q: Span): boolean {
  let k = ctx.sentence.first;
  while (k < ctx.sentence.last && (ctx.toks[k]?.start ?? 0) < q.end) k++;
  if (k >= ctx.sentence.last) return false;
  const that = thatAt(ctx, k);
  return that !== undefined && that - k <= titleReach;
}

/**
 * "the report that came out", "blamed the fire, that spread": a "that" after a noun (or a comma after
 * one) with its verb at once opens a relative clause, not what was said.
 */
function relativeThat(toks: readonly Tok[], k: number, from: number): boolean {
  if (k === from) return false;
  const before = toks[k - 1]?.text === ',' ? toks[k - 2] : toks[k - 1];
  const next = toks[k + 1];
  const verb = next?.pos === 'ADV' ? toks[k + 2] : next;
  return (before?.pos === 'NOUN' || before?.pos === 'PROPN') && (verb?.pos === 'VERB' || verb?.pos === 'AUX');
}

/**
 * ", but B denied it", ", while B accused A": a coordinator after a comma opening a clause with a
 * reporting verb of its own starts another report, which the one before does not take in.
 */
function startsReport(ctx: ParseContext, k: number): boolean {
  const { toks, sentence } = ctx;
  if (!claimLexicon().coordinators.has(toks[k]?.lower ?? '')) return false;
  for (let i = k + 1; i < Math.min(sentence.last, k + 1 + reportReach); i++) {
    const t = toks[i];
    if (!t || isPunct(t)) return false;
    if (t.pos === 'VERB' && i > k + 1 && opensReportVerb(t.lower)) return true;
  }
  return false;
}

/** A verb form a cue of the lexicon starts with, unless it reports only after "as" ("put it"). */
function opensReportVerb(word: string): boolean {
  const phrases = cueLexicon().verbs.get(word);
  return phrases?.some((p) => !cueLexicon().needsAs.has(p.lemma)) ?? false;
}

/** ", adding that", ",” adding that" or ", even adding that": a participle that opens the next report. */
function startsParticiple(ctx: ParseContext, k: number): boolean {
  const { toks, quotes } = ctx;
  const at = quotes.byClose.has(toks[k]?.start ?? -1) ? k + 1 : k;
  const inherits = (i: number): boolean => cueLexicon().participleInherit.has(toks[i]?.lower ?? '');
  return inherits(at) || (toks[at]?.pos === 'ADV' && inherits(at + 1));
}

function seenThat(ctx: ParseContext, from: number, until: number): boolean {
  for (let k = from; k < until; k++) if (ctx.toks[k]?.lower === 'that') return true;
  return false;
}

/**
 * What a cue reports when nothing follows it: the quote that closes just before its speaker
 * ("“...,” he said"), else the sentence up to the speaker ("C (as X said.)").
 */
export function contentBefore(ctx: ParseContext, speakerFirst: number): Span | null {
  const { toks, sentence, quotes, text } = ctx;
  let k = speakerFirst - 1;
  while (k >= sentence.first && isPunct(toks[k]) && !quotes.byClose.has(toks[k]?.start ?? -1)) k--;
  const mark = toks[k];
  const q = mark ? quotes.byClose.get(mark.start) : undefined;
  if (q) {
    const inner = quoteInside(text, q);
    return tidy(text, inner.start, inner.end, true);
  }
  let end = toks[speakerFirst]?.start ?? sentence.start;
  const prev = toks[speakerFirst - 1];
  if (prev && (prev.lower === 'as' || prev.lower === 'according')) end = prev.start;
  return tidy(text, sentence.start, end);
}

/**
 * Does a cue report what came before its speaker? Yes when a quote closes just before the speaker
 * ("“C,” Ms. Ruiz said on Thursday in a speech"), or when a comma does and what follows the cue is
 * no clause ("C, the company said in a statement."); not when "that", a colon or a quote follows.
 */
export function reportsBefore(ctx: ParseContext, speakerFirst: number, cueLast: number): boolean {
  const { toks, quotes, sentence } = ctx;
  // "X insisted Friday that C": a time between the cue and "that" does not end the report.
  let next = cueLast;
  while (next < sentence.last && next - cueLast < 3 && onlyTime(toks, next, next + 1)) next++;
  if (toks[next]?.lower === 'that' && next > cueLast) return false;
  // "X told MSNBC's “Morning Joe” that C": a that-clause after the cue is what it reports.
  if (thatAt(ctx, cueLast) !== undefined) return false;
  const clause = reportsProposition(toks, cueLast - 1, sentence, quotes);
  const after = toks[cueLast];
  if (after && (after.lower === 'that' || after.text === ':' || quotes.byOpen.has(after.start))) return false;
  if (after && cueLast < sentence.last && quotes.byOpen.has(toks[cueLast + 1]?.start ?? -1)) return false;
  // "“C.” ¶ X said the plan ...": a quote that ended the sentence before is not what a cue with
  // words of its own reports.
  if (speakerFirst <= sentence.first && after && cueLast < sentence.last && !isPunct(after)) return false;
  let k = speakerFirst - 1;
  while (k >= sentence.first && toks[k]?.text === ',') k--;
  const closed = quotes.byClose.get(toks[k]?.start ?? -1);
  // "On “Fox News Sunday,” X said the plan would fail": a quoted title is not what X said.
  if (closed) return !titleInOpening(ctx, closed) && (!clause || closed.end - closed.start >= MIN_QUOTE);
  // "Though the plan costs more, one study found C": a clause after the cue is what it reports.
  if (clause || toks[speakerFirst - 1]?.text !== ',' || speakerFirst - 1 <= sentence.first + 2) return false;
  if (!after || cueLast >= sentence.last || isPunct(after) || after.pos === 'ADP' || after.pos === 'PROPN')
    return true;
  // "C, X told the local paper on Monday.": whom it was said to, and when, hold no clause.
  return addressee(toks, cueLast) && !verbFollows(ctx, cueLast);
}

/** The most words a quoted title is read to have. */
const maxTitleWords = 10;

/**
 * "In an interview on “Meet the Nation,” X said C", "In his book, “Raise a Rich Kid,” X wrote C":
 * a quote in title case inside the prepositional phrase that opens the sentence names a show, a
 * book or an article, whatever its length; it is not what the speaker after it says.
 */
function titleInOpening(ctx: ParseContext, q: Span): boolean {
  const opener = ctx.toks[ctx.sentence.first];
  if (opener?.pos !== 'ADP' || opener.start >= q.start) return false;
  const words = ctx.text.slice(q.start, q.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > maxTitleWords) return false;
  // Short words ("a", "the", "of", "and") stay in lower case in a title; every other is capitalised.
  return words.every((w) => w.length <= 3 || /^\p{Lu}/u.test(w));
}

const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/** Whether the words at `k` name whom a cue speaks to: a person or group, not a thing said. */
function addressee(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  // "her" before a noun is a possessive ("spoke of her plans").
  if (OBJECT_PRONOUNS.has(t.lower)) return !['NOUN', 'ADJ', 'PROPN'].includes(toks[k + 1]?.pos ?? '');
  const phrase = phraseStartingAt(toks, k, Math.min(toks.length, k + 8));
  const head = phrase ? toks[phrase.last - 1] : undefined;
  return head?.pos === 'PROPN' || (head?.pos === 'NOUN' && isAgentNoun(head.lemma ?? head.lower));
}

/** A verb or a quote between token `from` and the end of the sentence. */
function verbFollows(ctx: ParseContext, from: number): boolean {
  const { toks, sentence, quotes } = ctx;
  for (let k = from; k < sentence.last; k++) {
    const t = toks[k];
    if (t?.pos === 'VERB' || t?.pos === 'AUX' || quotes.byOpen.has(t?.start ?? -1)) return true;
  }
  return false;
}

/** Longest block a colon at the end of a sentence introduces ("He said:" and a quoted paragraph). */
const maxBlock = 600;

/** What "X said:" reports when its sentence ends at the colon: the next line of text. */
export function blockAfter(ctx: ParseContext, from: number): Span | null {
  const { toks, sentence, text } = ctx;
  const colon = toks[from];
  if (colon?.text !== ':' || from + 1 < sentence.last) return null;
  let start = colon.end;
  while (start < text.length && /\s/u.test(text[start] ?? '')) start++;
  const limit = Math.min(text.length, start + maxBlock);
  let end = start;
  while (end < limit && text[end] !== '\n') end++;
  return tidy(text, start, end);
}
