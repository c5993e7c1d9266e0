import { basename, dirname, extname } from 'node:path';
import type { Question } from '../assess/question/index.js';
import { readQuestionFile } from '../jobs/question-file.js';

/** A watch question the server answers, under the id it is asked for by. */
export interface ServedQuestion {
  readonly id: string;
  readonly question: Question;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'question';

/**
 * Reads question files (throws E_QUESTION_FILE on the first bad one) and names each by its file name
 * (`belarus.yaml` → `belarus`); when two share a name, by folder and name, then with a number.
 */
export function readServedQuestions(paths: readonly string[]): ServedQuestion[] {
  const taken = new Set<string>();
  return paths.map((path) => {
    const stem = slug(basename(path, extname(path)));
    const candidates = [stem, `${slug(basename(dirname(path)))}-${stem}`];
    let id = candidates.find((c) => !taken.has(c));
    for (let n = 2; id === undefined; n++) if (!taken.has(`${stem}-${n}`)) id = `${stem}-${n}`;
    taken.add(id);
    return { id, question: readQuestionFile(path) };
  });
}
