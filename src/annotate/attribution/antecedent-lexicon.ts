import { z } from 'zod';
import { loadModel, once } from '../../core/index.js';

export type Gender = 'male' | 'female';
/** What a pronoun or description may stand for: a person of one gender, or a group. */
export type AntecedentKind = Gender | 'group' | 'organisation';

const words = z.array(z.string());
const genderCues = z.object({ titles: words, nouns: words, names: words });
const antecedentFile = z.object({
  pronouns: z.record(z.string(), z.enum(['male', 'female', 'group', 'organisation'])),
  female: genderCues,
  male: genderCues,
  personHeads: words,
  groupHeads: words,
});

export interface AntecedentLexicon {
  readonly pronouns: ReadonlyMap<string, AntecedentKind>;
  /** Title, person noun or given name (lowercase) -> the gender it marks. */
  readonly gendered: ReadonlyMap<string, Gender>;
  readonly personHeads: ReadonlySet<string>;
  readonly groupHeads: ReadonlySet<string>;
}

function build(): AntecedentLexicon {
  const file = loadModel('attribution-antecedents', antecedentFile);
  const gendered = new Map<string, Gender>();
  for (const gender of ['female', 'male'] as const) {
    const cues = file[gender];
    for (const w of [...cues.titles, ...cues.nouns, ...cues.names]) gendered.set(w.toLowerCase(), gender);
  }
  return {
    pronouns: new Map(Object.entries(file.pronouns)),
    gendered,
    personHeads: new Set(file.personHeads),
    groupHeads: new Set(file.groupHeads),
  };
}

/** Built on first use. */
export const antecedentLexicon: () => AntecedentLexicon = once(build);
