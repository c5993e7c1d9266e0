import { z } from 'zod';
import type { Band, Polarity } from '../../core/index.js';
import { bands, loadModel, once } from '../../core/index.js';
import { phraseWords } from '../attribution/cue-lexicon.js';

const words = z.array(z.string());
const band = z.enum(bands);
const lexiconFile = z.object({
  bands: z.record(band, z.tuple([z.number(), z.number()])),
  flip: z.record(band, band),
  negators: words,
  markers: z.array(
    z.object({
      phrase: z.string(),
      band,
      polarity: z.enum(['positive', 'negative']).optional(),
      scope: z.literal('following').optional(),
      modal: z.boolean().optional(),
      notAfter: words.optional(),
      notBefore: words.optional(),
      onlyAfter: words.optional(),
    }),
  ),
  monthGuard: z.object({ before: words }),
  clauseStarts: words,
  clauseEnds: words,
  clauseEndOpeners: z.record(z.string(), z.string()),
  clauseEndsAfterComma: words,
});

export interface Marker {
  readonly words: readonly string[];
  readonly phrase: string;
  readonly band: Band;
  readonly polarity: Polarity;
  readonly following: boolean;
  readonly modal: boolean;
  readonly notAfter: ReadonlySet<string>;
  readonly notBefore: ReadonlySet<string>;
  /** When set, the marker counts only right after one of these words. */
  readonly onlyAfter?: ReadonlySet<string>;
}

export interface CertaintyLexicon {
  /** Markers by first word, longest first. */
  readonly markers: ReadonlyMap<string, readonly Marker[]>;
  readonly flip: Readonly<Record<Band, Band>>;
  readonly negators: ReadonlySet<string>;
  readonly monthBefore: ReadonlySet<string>;
  readonly clauseStarts: ReadonlySet<string>;
  readonly clauseEnds: ReadonlySet<string>;
  /** The mark that opens a closing mark of clauseEnds ("”" -> "“"). */
  readonly clauseEndOpeners: ReadonlyMap<string, string>;
  readonly clauseEndsAfterComma: ReadonlySet<string>;
  probability(band: Band): number;
  /** The band's [low, high] probabilities as ICD 203 gives them. */
  range(band: Band): readonly [number, number];
}

function build(): CertaintyLexicon {
  const file = loadModel('certainty-lexicon', lexiconFile);
  const markers = new Map<string, Marker[]>();
  for (const e of file.markers) {
    const words = phraseWords(e.phrase);
    const first = words[0];
    if (!first) continue;
    const marker: Marker = {
      words,
      phrase: e.phrase,
      band: e.band,
      polarity: e.polarity ?? 'positive',
      following: e.scope === 'following',
      modal: e.modal ?? false,
      notAfter: new Set(e.notAfter ?? []),
      notBefore: new Set(e.notBefore ?? []),
      ...(e.onlyAfter ? { onlyAfter: new Set(e.onlyAfter) } : {}),
    };
    markers.set(first, [...(markers.get(first) ?? []), marker]);
  }
  for (const list of markers.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    markers,
    flip: file.flip,
    negators: new Set(file.negators),
    monthBefore: new Set(file.monthGuard.before),
    clauseStarts: new Set(file.clauseStarts),
    clauseEnds: new Set(file.clauseEnds),
    clauseEndOpeners: new Map(Object.entries(file.clauseEndOpeners)),
    clauseEndsAfterComma: new Set(file.clauseEndsAfterComma),
    // The band's midpoint, rounded to three places.
    probability: (band) => {
      const [low, high] = file.bands[band];
      return Math.round(((low + high) / 2) * 1000) / 1000;
    },
    range: (band) => file.bands[band],
  };
}

/** Built on first use from `model/certainty-lexicon.json`. */
export const certaintyLexicon: () => CertaintyLexicon = once(build);
