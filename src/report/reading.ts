import type { BottomLine, Statement } from './brief-model.js';
import { formatDate } from './format.js';

/** How to read the ACH table, said once where the table is. */
export const achHowToRead =
  'How to read it: each hypothesis is scored by how much of the evidence argues against it (weighted inconsistency); the lower the score, the better the evidence fits. The best fit is first.';

/** The parts of the first screen, titled, in reading order; empty parts left out. */
export const bottomLineParts = (line: BottomLine): [string, readonly Statement[]][] =>
  (
    [
      ['Answer', line.answer],
      ['What the sources agree on', line.agreed],
      ['Latest events', line.latest],
      ['What argues against the worst-fitting hypothesis', line.limits],
      ['Disputed', line.disputes],
      ['What would change the judgement', line.change],
    ] as [string, readonly Statement[]][]
  ).filter(([, s]) => s.length > 0);

/** A publication date as shown: an inferred one says it is a "not before" bound. */
export const publishedText = (iso: string, inferred: boolean | undefined): string =>
  inferred ? `not before ${formatDate(iso)} (inferred)` : formatDate(iso);

/** The bottom-line cell of a source that states none: said outright when a question was assessed. */
export const noViewText = (assessed: boolean): string => (assessed ? 'no view stated' : '–');
