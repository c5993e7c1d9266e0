import {
  type CueCounts,
  closeNames,
  cueNames,
  emptyCues,
  type PreparedSentence,
  type PreparedText,
} from './prepared.js';

/**
 * The features of a (claim, text) pair: how much of the claim the text repeats (lemmas weighted by
 * rarity, bigrams, word vectors; over the whole text, its lead and its closest sentences), the
 * cues of denial, confirmation, hedging, reporting, negation and questions (in the whole text, in
 * the sentences closest to the claim, and in the claim itself), the claim's words negated in the
 * text, and what the closest sentences add beyond the claim (the mean vector of their other words).
 */
const scalarNames = [
  'cover',
  'cover-best',
  'cover-lead',
  'text-cover-best',
  'bigram-cover',
  'cos-all',
  'cos-best',
  'cos-lead',
  'align',
  'negated-cover',
  'claim-negated',
  'antonym',
  'log-words',
  'cover-sq',
  'cover-best-sq',
  'cos-best-sq',
  'cos-all-sq',
  'deny-x-cover',
  'negated-x-cover',
  ...cueNames.map((c) => `rate-${c}`),
  ...cueNames.map((c) => `near-${c}`),
  ...cueNames.map((c) => `claim-${c}`),
  ...closeNames.map((c) => `close-${c}`),
] as const;

/** The closest sentences whose cues and words count as "near" the claim. */
const NEAR = 3;
const LEAD = 2;

export const featureNames = (dimensions: number): string[] => [
  ...scalarNames,
  ...Array.from({ length: dimensions }, (_, i) => `rest-${i}`),
  ...Array.from({ length: dimensions }, (_, i) => `manner-${i}`),
];

const sum = (xs: Iterable<number>): number => {
  let s = 0;
  for (const x of xs) s += x;
  return s;
};

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

function addInto(into: Float32Array, v: Float32Array): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] ?? 0) + (v[i] ?? 0);
}

const vectorOf = (sentences: readonly PreparedSentence[], dims: number): Float32Array => {
  const v = new Float32Array(dims);
  for (const s of sentences) addInto(v, s.vector);
  return v;
};

function cueSum(sentences: readonly PreparedSentence[]): CueCounts {
  const out = emptyCues();
  for (const s of sentences) for (const c of cueNames) out[c] += s.cues[c];
  return out;
}

/** The claim's lemma weights, all sentences together. */
const claimLemmas = (claim: PreparedText): Map<string, number> =>
  new Map(claim.sentences.flatMap((s) => [...s.lemmas]));

/** The share of the claim's weight whose lemmas are in `lemmas`. */
const coverOf = (claim: ReadonlyMap<string, number>, total: number, has: (l: string) => boolean): number =>
  total > 0 ? sum([...claim].filter(([l]) => has(l)).map(([, w]) => w)) / total : 0;

/** Mean over the claim's words of their closest word in the text (word-vector alignment). */
function alignment(claim: readonly PreparedSentence[], near: readonly PreparedSentence[]): number {
  const words = near.flatMap((s) => s.words.flatMap((w) => (w.vector ? [w.vector] : [])));
  const scores = claim.flatMap((s) =>
    s.words.flatMap((w) =>
      w.vector ? [Math.max(0, ...words.map((v) => cosine(w.vector as Float32Array, v)))] : [],
    ),
  );
  return scores.length > 0 ? sum(scores) / scores.length : 0;
}

/**
 * The feature vector; `restDimensions` is how many dimensions of the "rest" vector to give (the
 * model's count: zero when it leaves them out, zeros when the texts were read without vectors).
 */
export function stanceFeatures(
  claim: PreparedText,
  text: PreparedText,
  restDimensions: number,
): Float64Array {
  const dimensions = claim.sentences[0]?.vector.length ?? 0;
  const lemmas = claimLemmas(claim);
  const total = sum(lemmas.values());
  const covers = text.sentences.map((s) => coverOf(lemmas, total, (l) => s.lemmas.has(l)));
  const order = covers.map((c, i) => [c, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const near = order.slice(0, NEAR).map(([, i]) => text.sentences[i] as PreparedSentence);
  const best = near[0];
  const lead = text.sentences.slice(0, LEAD);
  const claimVector = vectorOf(claim.sentences, dimensions);
  const cosines = text.sentences.map((s) => cosine(claimVector, s.vector));
  const bigrams = claim.sentences.flatMap((s) => [...s.bigrams]);
  const inText = (l: string): boolean => text.sentences.some((s) => s.lemmas.has(l));
  const negatedInText = (l: string): boolean => text.sentences.some((s) => s.negated.has(l));
  const negatedInClaim = (l: string): boolean => claim.sentences.some((s) => s.negated.has(l));
  const bestTotal = best ? sum(best.lemmas.values()) : 0;
  const cover = coverOf(lemmas, total, inText);
  const coverBest = covers.length > 0 ? Math.max(...covers) : 0;
  const cosAll = cosine(claimVector, vectorOf(text.sentences, dimensions));
  const cosBest = cosines.length > 0 ? Math.max(...cosines) : 0;
  const rates = cueSum(text.sentences);
  const nearCues = cueSum(near);
  const claimCues = cueSum(claim.sentences);
  const rest = new Float32Array(dimensions);
  for (const s of near)
    for (const w of s.words) if (w.vector && !lemmas.has(w.lemma)) addInto(rest, w.vector);
  const restNorm = Math.sqrt(sum(rest.map((x) => x * x))) || 1;
  const manner = new Float32Array(dimensions);
  for (const s of near)
    for (const w of s.words) if (w.vector && !w.thing && !lemmas.has(w.lemma)) addInto(manner, w.vector);
  const mannerNorm = Math.sqrt(sum(manner.map((x) => x * x))) || 1;
  const scalars: number[] = [
    cover,
    coverBest,
    coverOf(lemmas, total, (l) => lead.some((s) => s.lemmas.has(l))),
    best && bestTotal > 0
      ? sum([...best.lemmas].filter(([l]) => lemmas.has(l)).map(([, w]) => w)) / bestTotal
      : 0,
    bigrams.length > 0
      ? bigrams.filter((b) => text.sentences.some((s) => s.bigrams.has(b))).length / bigrams.length
      : 0,
    cosAll,
    cosBest,
    cosine(claimVector, vectorOf(lead, dimensions)),
    alignment(claim.sentences, near),
    coverOf(lemmas, total, (l) => negatedInText(l) !== negatedInClaim(l) && inText(l)),
    coverOf(lemmas, total, negatedInClaim),
    coverOf(lemmas, total, (l) => near.some((s) => s.antonyms.has(l))) +
      sum(
        near.map(
          (s) => [...s.lemmas.keys()].filter((l) => claim.sentences.some((c) => c.antonyms.has(l))).length,
        ),
      ),
    Math.log(1 + text.words),
    cover * cover,
    coverBest * coverBest,
    cosBest * cosBest,
    cosAll * cosAll,
    (nearCues.deny + nearCues.unconfirm) * coverBest,
    coverOf(lemmas, total, (l) => near.some((s) => s.negated.has(l)) !== negatedInClaim(l)) * coverBest,
    ...cueNames.map((c) => rates[c] / text.sentences.length),
    ...cueNames.map((c) => nearCues[c] / Math.max(1, near.length)),
    ...cueNames.map((c) => claimCues[c]),
    ...closeNames.map((c) => Math.max(0, ...near.map((s) => s.close[c]))),
  ];
  const out = new Float64Array(scalars.length + 2 * restDimensions);
  out.set(scalars);
  for (let i = 0; i < restDimensions; i++) {
    out[scalars.length + i] = (rest[i] ?? 0) / restNorm;
    out[scalars.length + restDimensions + i] = (manner[i] ?? 0) / mannerNorm;
  }
  return out;
}
