import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import { eachRawToken } from './wink-raw.js';
import { type LearningCache, type LexemeTable, reviveLearned } from './wink-revive.js';

/** Words learned, over all documents, before the instance is rebuilt (a few dozen bytes each). */
const MAX_LEARNED = 500_000;

/**
 * wink-nlp learns every out-of-vocabulary word it meets into its lexicon, and its tokenizer takes a
 * known word whole instead of splitting it: once "Russia’s" had been learned before a comma, every
 * later "Russia’s" in every later document was one token instead of "Russia" + "’s". A document's
 * tokens, and all built on them, depended on the documents read before it.
 *
 * So each document starts from the shipped vocabulary: before a document is read, the words the
 * previous ones taught are taken out of the lexicon's hash (their entries stay in wink's lists,
 * which must keep their order; a word met again gets its earlier entry back, see wink-revive.ts).
 * The instance is rebuilt once those lists grow large, which for the same reason changes no output.
 */
export function statelessNlp(pipe: string[]): {
  readonly its: WinkMethods['its'];
  /** A document; `continued`: the next piece of the one read before (what wink learned from it stays). */
  readonly readDoc: (text: string, continued?: boolean) => ReturnType<WinkMethods['readDoc']>;
} {
  let lexeme: LexemeTable | undefined;
  let forgotten = 0;
  let revived: string[] = [];
  const build = (): WinkMethods => {
    const wrapped = {
      ...model,
      core: () => {
        const core = (model as unknown as { core: () => { features: { lexeme: LexemeTable } } }).core();
        lexeme = core.features.lexeme;
        return core;
      },
    };
    const built = winkNLP(wrapped as typeof model, pipe);
    forgotten = lexeme?.intrinsicSize ?? 0;
    // wink's cache, reached through a document of one known word (it learns nothing).
    eachRawToken(built.readDoc('the'), (_i, rdd) => {
      if (lexeme) revived = reviveLearned(rdd.cache as unknown as LearningCache, lexeme);
    });
    return built;
  };
  let nlp = build();
  const forget = (words: LexemeTable): void => {
    const drop = (word: string) => {
      if ((words.hash[word] ?? 0) >= words.intrinsicSize) delete words.hash[word];
    };
    for (let i = forgotten; i < words.list.length; i++) drop(words.list[i] as string);
    for (const word of revived) drop(word);
    revived.length = 0;
    forgotten = words.list.length;
  };
  const readDoc = (text: string, continued = false) => {
    if (continued) return nlp.readDoc(text);
    if (lexeme === undefined || lexeme.list.length - lexeme.intrinsicSize > MAX_LEARNED) nlp = build();
    else forget(lexeme);
    return nlp.readDoc(text);
  };
  return { its: nlp.its, readDoc };
}
