import { isPunct, type Tok } from '../token-view.js';
import { contentAfter, contentBefore, reportsBefore } from './content.js';
import type { AttributionParser, Candidate, ParseContext } from './context.js';
import { cueLexicon } from './cue-lexicon.js';
import { outerPhrase, phraseEndingAt, phraseStartingAt } from './noun-phrase.js';
import { speakerFrom, widened } from './speaker.js';
import { isStatementNoun } from './statement-noun.js';

const possessivePronouns = new Set(['his', 'her', 'their']);
const SAYING = /^(saying|stating|telling)$/;
/** The auxiliaries of a passive report: "X was quoted as saying". */
const PASSIVE = new Set(['is', 'was', 'were', 'are', 'been', 'being']);

/**
 * Noun-led forms: "(there were) reports that C" (the noun is both cue and vague speaker),
 * "in X's view, C" / "in his view C" / "X's assessment is that C", "cited X as saying C", and
 * the passive "X was quoted as saying C".
 */
export const nounCueParser: AttributionParser = (ctx, before) => {
  const { toks, sentence, text, mentions } = ctx;
  const taken = new Set(before.map((c) => c.cue.first));
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = toks[i];
    if (!t || taken.has(i)) continue;
    const next = toks[i + 1];
    // The neighbour tests come first: they are cheaper than the lexicon lookups and rarely pass.
    if (next?.lower === 'that' && cueLexicon().nounCues.has(t.lower)) {
      const before = i > sentence.first ? phraseEndingAt(toks, i - 1, sentence.first) : null;
      const phrase = { first: before?.first ?? i, last: i + 1 };
      const speaker = speakerFrom(text, toks, phrase, mentions);
      const content = contentAfter(ctx, i + 2);
      if (speaker && content)
        out.push({ cue: { first: i, last: i + 2 }, speaker, content, rule: 'noun-cue' });
    } else if (
      toks[i - 1]?.lower === "'s" &&
      ((cueLexicon().possessive.has(t.lower) && opensReport(ctx, i + 1)) ||
        (t.pos === 'NOUN' && thatClause(toks, i + 1) && isStatementNoun(t.lemma ?? t.lower)))
    ) {
      const phrase = phraseEndingAt(toks, i - 2, sentence.first);
      const speaker = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
      const content = contentAfter(ctx, i + 1) ?? (phrase ? contentBefore(ctx, phrase.first) : null);
      if (speaker && content)
        out.push({ cue: { first: i - 1, last: i + 1 }, speaker, content, rule: 'possessive' });
    } else if (
      toks[i - 2]?.lower === 'in' &&
      possessivePronouns.has(toks[i - 1]?.lower ?? '') &&
      cueLexicon().possessive.has(t.lower)
    ) {
      // "In his view C": the pronoun is the speaker, taken up like any pronoun speaker.
      const speaker = speakerFrom(text, toks, { first: i - 1, last: i }, mentions);
      const content = contentAfter(ctx, toks[i + 1]?.text === ',' ? i + 2 : i + 1);
      if (speaker && content)
        out.push({ cue: { first: i - 2, last: i + 1 }, speaker, content, rule: 'possessive' });
    } else if (
      possessivePronouns.has(toks[i - 1]?.lower ?? '') &&
      t.pos === 'NOUN' &&
      thatClause(toks, i + 1) &&
      isStatementNoun(t.lemma ?? t.lower)
    ) {
      // "her warning that C": the pronoun is the speaker, taken up like any pronoun speaker.
      const speaker = speakerFrom(text, toks, { first: i - 1, last: i }, mentions);
      const content = contentAfter(ctx, i + 1);
      if (speaker && content)
        out.push({ cue: { first: i - 1, last: i + 1 }, speaker, content, rule: 'possessive' });
    } else if (cueLexicon().cite.has(t.lower) && PASSIVE.has(toks[i - 1]?.lower ?? '')) {
      // "X was quoted (by the agency) as saying C", "“C,” X was quoted as saying": X speaks.
      const by = toks[i + 1]?.lower === 'by' ? phraseStartingAt(toks, i + 2, sentence.last) : null;
      const as = by ? by.last : i + 1;
      if (toks[as]?.lower !== 'as' || !SAYING.test(toks[as + 1]?.lower ?? '')) continue;
      const inner = i - 2 >= sentence.first ? phraseEndingAt(toks, i - 2, sentence.first) : null;
      // "a source in the ministry was quoted as saying": the source speaks, from the ministry.
      const outer = outerPhrase(toks, inner, sentence.first);
      const phrase = outer ?? inner;
      const named = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
      if (!phrase || !inner || !named) continue;
      const speaker = outer ? widened(text, named, toks[inner.last - 1]?.end ?? 0, mentions) : named;
      // "... was quoted as saying by an agency": a by-phrase after the cue is who quoted, not what.
      const after = toks[as + 2]?.lower === 'by' ? null : contentAfter(ctx, as + 2);
      const content = reportsBefore(ctx, phrase.first, as + 2)
        ? (contentBefore(ctx, phrase.first) ?? after)
        : (after ?? contentBefore(ctx, phrase.first));
      if (content)
        out.push({ cue: { first: i - 1, last: as + 2 }, speaker, content, rule: 'quoted-as-saying' });
    } else if (cueLexicon().cite.has(t.lower)) {
      const phrase = phraseStartingAt(toks, i + 1, sentence.last);
      const as = phrase ? toks[phrase.last] : undefined;
      if (!phrase || as?.lower !== 'as' || !SAYING.test(toks[phrase.last + 1]?.lower ?? '')) continue;
      const speaker = speakerFrom(text, toks, phrase, mentions);
      const content = contentAfter(ctx, phrase.last + 2);
      if (speaker && content)
        out.push({ cue: { first: i, last: i + 1 }, speaker, content, rule: 'cited-as-saying' });
    }
  }
  return out;
};

/**
 * "that" opening a clause of its own ("that prices would rise"), not a relative clause, whose verb
 * follows at once ("the plan that failed").
 */
function thatClause(toks: readonly Tok[], k: number): boolean {
  const that = toks[k];
  const next = toks[k + 1];
  return (
    that?.lower === 'that' &&
    next !== undefined &&
    !isPunct(next) &&
    next.pos !== 'VERB' &&
    next.pos !== 'AUX' &&
    next.pos !== 'ADV'
  );
}

/**
 * What may follow "X's claim" for it to report: "that", a colon, a quote, a comma ("in X's view,
 * C") or "is/was that"; not "Ryan's statement was a reminder" nor "cheers Trump's words".
 */
function opensReport(ctx: ParseContext, k: number): boolean {
  const t = ctx.toks[k];
  if (!t) return false;
  if (t.lower === 'that' || t.text === ':' || t.text === ',' || ctx.quotes.byOpen.has(t.start)) return true;
  return (t.lower === 'is' || t.lower === 'was') && ctx.toks[k + 1]?.lower === 'that';
}
