import type { Stage } from '../stage.js';
import { parseIsoDay } from '../time/calendar.js';
import { extractTimes } from '../time/extract.js';

/**
 * Time expressions: chrono-node (the one place it is used, with src/annotate/time) plus small
 * parsers for years, quarters and numeric dates, then refiners so that news dates point backwards
 * from the publication date (`ctx.referenceDate`). Without a reference only fully stated dates
 * are kept. Decisions: early/mid/late are thirds of the month or year, "since X" is open-ended
 * (`X/`), "by X" runs from the reference to the end of X, and vague spans ("in the coming weeks",
 * "the last seven months") are left out.
 */
export const timeStage: Stage = {
  name: 'times',
  needs: ['sentences', 'tokens'],
  provides: ['times'],
  run: (text, _layers, ctx) => {
    const reference = ctx.referenceDate && parseIsoDay(ctx.referenceDate) ? ctx.referenceDate : undefined;
    return { times: extractTimes(text, reference) };
  },
};
