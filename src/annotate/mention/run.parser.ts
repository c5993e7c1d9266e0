import { fold } from './fold.js';
import { isPlaceAbbreviation, lookupDemonym, lookupPlace, placeMaxWords } from './gazetteer.js';
import { lexicon } from './lexicon.js';
import { isSurnameParticle } from './name-shape.js';
import { isCapAt, type Word, type Words, wordAt, wordsIn } from './word.js';

/** A run of capitalised words (indices into the word list), possibly joined by "of", "for the", "and". */
export interface Run {
  readonly first: number;
  readonly last: number;
}

const known = (w: Word): boolean => {
  const f = fold(w.norm);
  return (
    lexicon().firstNames.has(f) ||
    lexicon().knownSurnames.has(f) ||
    lookupPlace(w.norm) !== undefined ||
    lookupDemonym(w.norm) !== undefined ||
    lexicon().orgNames.has(f) ||
    (lexicon().orgAcronyms.has(w.text) && w.text.length > 2)
  );
};

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/;

const roleOrHead = (w: Word): boolean => {
  const f = fold(w.norm);
  return lexicon().roleWords.has(f) || lexicon().orgHeads.has(f);
};

/** Can this word be part of a name? Capitals count only where they say something. */
function eligible(words: Words, i: number, continuing: boolean): boolean {
  if (!isCapAt(words, i)) return false;
  const w = wordAt(words, i) as Word;
  if (w.shouting) {
    const prev = wordAt(words, i - 1);
    return (
      known(w) || roleOrHead(w) || (prev?.shouting === true && lexicon().firstNames.has(fold(prev.norm)))
    );
  }
  // Known short forms in capitals are names even where the word is a pronoun: WHO, US.
  if (lexicon().orgAcronyms.has(w.text) || isPlaceAbbreviation(w.text)) return true;
  const f = fold(w.text);
  // Discourse words and furniture never open a name, but may close one (Center for Policy Analysis).
  if (lexicon().notNames.has(f) && !roleOrHead(w) && !(continuing && !w.initial && !MONTHS.test(f)))
    return false;
  if (w.initial && w.pos !== 'PROPN' && !known(w) && !roleOrHead(w)) return false;
  return true;
}

const isHead = (w: Word | undefined): boolean => w !== undefined && lexicon().orgHeads.has(fold(w.norm));
const isRole = (w: Word | undefined): boolean => w !== undefined && lexicon().roleWords.has(fold(w.norm));

/** Capitalised runs over the words, merged across joiners when the result names one thing. */
export function parseRuns(words: Words): Run[] {
  const base: Run[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!eligible(words, i, false)) continue;
    let j = i;
    while (
      j + 1 < words.length &&
      eligible(words, j + 1, true) &&
      words.start[j + 1] === (words.end[j] ?? -1) + 1 &&
      // A line break ends a name: a headline's last word is no given name of the next line's person.
      words.text[words.end[j] ?? 0] !== '\n'
    )
      j++;
    base.push({ first: particlesBefore(words, i), last: j });
    i = j;
  }
  return mergeJoined(words, base);
}

/**
 * Where a run opened by a surname starts: at the one or two particles just before it ("said von
 * der Leyen"), when what precedes them is no part of a name.
 */
function particlesBefore(words: Words, first: number): number {
  let k = first;
  while (
    k > first - 2 &&
    isSurnameParticle(wordAt(words, k - 1)) &&
    words.end[k - 1] === (words.start[k] ?? 0) - 1
  )
    k--;
  if (k === first || isCapAt(words, k - 1)) return first;
  const surname = wordAt(words, first);
  return surname && !known(surname) && !roleOrHead(surname) ? k : first;
}

const hasHead = (words: Words, run: Run): boolean => {
  for (let i = Math.max(0, run.first); i <= run.last && i < words.length; i++)
    if (isHead(wordAt(words, i))) return true;
  return false;
};

/**
 * Institute + for the + Study + of + War; Deputy Prime Minister + for + Industry; Sea + of + Azov.
 * Whether the run merged so far holds a head is carried along, so that a long chain of joined runs
 * costs linear time.
 */
function mergeJoined(words: Words, runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  let current: Run | undefined;
  let currentHead = false;
  for (const run of runs) {
    if (current && joinable(words, current, currentHead, run)) {
      current = { first: current.first, last: run.last };
      currentHead ||= hasHead(words, run);
    } else {
      if (current) out.push(current);
      current = run;
      currentHead = hasHead(words, run);
    }
  }
  if (current) out.push(current);
  return out;
}

function joinable(words: Words, left: Run, leftHasHead: boolean, right: Run): boolean {
  const gapLength = right.first - left.last - 1;
  if (gapLength < 1 || gapLength > 2) return false;
  const gap = wordsIn(words, left.last + 1, right.first);
  const rightWords = wordsIn(words, right.first, right.last + 1);
  // "Ursula von der Leyen", "Mohammed bin Salman": particles join a family name to what comes before it.
  if (gap.every(isSurnameParticle) && rightWords.length <= 2 && !isHead(wordAt(words, left.last)))
    return true;
  if (!gap.every((w) => lexicon().orgJoiners.has(fold(w.text)) && !w.cap)) return false;
  const rightText = rightWords.map((w) => w.norm).join(' ');
  const joinsAnd = gap.some((w) => fold(w.text) === 'and');
  if (joinsAnd) {
    // "Strategic and International Studies", never "Russia and Belarus" or "Putin and Lukashenko".
    const leftLast = wordAt(words, left.last);
    // "the Defence Ministry and the Interior Ministry": a left side already closed by its head is a name of its own.
    if (
      !leftLast ||
      isHead(leftLast) ||
      lookupPlace(leftLast.norm) ||
      lookupPlace(rightText) ||
      lookupDemonym(leftLast.norm)
    )
      return false;
    if (
      lexicon().knownSurnames.has(fold(leftLast.norm)) ||
      lexicon().firstNames.has(fold(rightWords[0]?.norm ?? ''))
    )
      return false;
    return rightWords.some(isHead);
  }
  if (leftHasHead || isRole(wordAt(words, left.last))) return true;
  const length = left.last - left.first + 1 + gap.length + rightWords.length;
  if (length > placeMaxWords()) return false;
  const leftText = wordsIn(words, left.first, left.last + 1)
    .map((w) => w.norm)
    .join(' ');
  return lookupPlace(`${leftText} ${gap.map((w) => w.text).join(' ')} ${rightText}`) !== undefined;
}
