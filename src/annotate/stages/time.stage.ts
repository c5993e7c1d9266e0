import { defineStage } from '../stage.js';
import { parseIsoDay } from '../time/calendar.js';
import { extractTimes } from '../time/extract.js';

/**
 * Time expressions: chrono-node (the one place it is used, with src/annotate/time) plus small
 * parsers for years, quarters and numeric dates, then refiners so that news dates point backwards
 * from the publication date (`ctx.referenceDate`). Without a reference only fully stated dates
 * are kept. Decisions: early/mid/late are thirds of the month or year, "since X" is open-ended
 * (`X/`), "by X" runs from the reference to the end of X. Besides calendar dates it writes, in
 * TimeML form, durations ("the last seven months" = P7M, granularity `duration`), sets ("daily" =
 * P1D), references ("now" = PRESENT_REF), decades ("the 1990s" = 199), seasons (2022-SU) and
 * weekends (2022-W48-WE); code that needs a date reads only values that start with a year.
 */
export const timeStage = defineStage({
  name: 'times',
  module: import.meta.url,
  needs: [],
  provides: ['times'],
  run: (text, _layers, ctx) => {
    const reference = ctx.referenceDate && parseIsoDay(ctx.referenceDate) ? ctx.referenceDate : undefined;
    if (ctx.referenceDate !== undefined && reference === undefined)
      ctx.report?.({
        ruleId: 'times/reference-not-a-day',
        severity: 'warning',
        message: `the reference date ${JSON.stringify(ctx.referenceDate)} is no calendar day: only fully stated dates are kept`,
      });
    return { times: extractTimes(text, reference, ctx.report) };
  },
});
