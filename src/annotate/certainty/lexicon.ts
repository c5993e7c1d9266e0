import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Band, Polarity } from '../../core/index.js';
import { projectRoot } from '../../core/index.js';
import { phraseWords } from '../attribution/cue-lexicon.js';

interface MarkerEntry {
  readonly phrase: string;
  readonly band: Band;
  readonly polarity?: Polarity;
  readonly scope?: 'following';
  readonly modal?: boolean;
  readonly notAfter?: string[];
  readonly notBefore?: string[];
  readonly onlyAfter?: string[];
}

interface LexiconFile {
  readonly bands: Record<Band, [number, number]>;
  readonly flip: Record<Band, Band>;
  readonly negators: string[];
  readonly markers: MarkerEntry[];
  readonly monthGuard: { readonly before: string[] };
  readonly clauseStarts: string[];
  readonly clauseEnds: string[];
  readonly clauseEndsAfterComma: string[];
}

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
  readonly clauseEndsAfterComma: ReadonlySet<string>;
  probability(band: Band): number;
}

function load(): CertaintyLexicon {
  const file = JSON.parse(
    readFileSync(join(projectRoot, 'model', 'certainty-lexicon.json'), 'utf8'),
  ) as LexiconFile;
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
    clauseEndsAfterComma: new Set(file.clauseEndsAfterComma),
    // The band's midpoint, rounded to three places.
    probability: (band) => {
      const [low, high] = file.bands[band];
      return Math.round(((low + high) / 2) * 1000) / 1000;
    },
  };
}

/** Loaded once at module load (the only I/O of the certainty stage). */
export const certaintyLexicon: CertaintyLexicon = load();
