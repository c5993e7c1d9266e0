import * as chrono from 'chrono-node';

/** Every way of writing a month that chrono's English month names take holds one of these. */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * For each parser of chrono-node's casual English configuration, a pattern its own cannot match
 * without: a word or figure that every alternative of that parser's pattern holds (read from
 * chrono-node 2.10.3; chrono-gates.test.ts fails on another version). Case-insensitive like
 * chrono's, and without the unicode flag, so a letter matches exactly the letters chrono's does.
 * A parser whose gate is not in a text finds nothing in it, so it is left out of that call: most
 * news sentences hold a figure but no month, weekday or "ago", and each parser scans the whole text.
 * A parser not named here always runs.
 */
export const chronoGates: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: /[0-9]{4}/,
  ISOFormatParser: /[0-9]{4}-/,
  SlashDateFormatParser: /[0-9][/.-][0-9]/,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENSlashMonthFormatParser: /[0-9]\/[0-9]/,
  ENTimeExpressionParser: /[0-9]/,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENYearMonthNameParser: MONTH,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENMonthNameParser: MONTH,
  ENRelativeDateFormatParser: /this|last|past|next/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|[+-]/i,
};

const casual = chrono.en.casual;
/** Each distinct gate once (the month parsers share one), and for each parser the index of its gate. */
const distinctGates = [...new Set(Object.values(chronoGates))];
const gateOf = casual.parsers.map((p) => {
  const gate = chronoGates[p.constructor.name];
  return gate ? distinctGates.indexOf(gate) : -1;
});
/** One chrono per set of parsers met so far (a bit per parser), built on first use. */
const bySet = new Map<number, chrono.Chrono>();

/**
 * chrono's casual English parser with only the parsers that can match somewhere in `text`, the
 * refiners all kept: what it finds in `text` is what the full one finds.
 */
export function chronoFor(text: string): chrono.Chrono {
  const open = distinctGates.map((gate) => gate.test(text));
  let set = 0;
  for (let k = 0; k < gateOf.length; k++) if ((gateOf[k] ?? -1) < 0 || open[gateOf[k] ?? -1]) set |= 1 << k;
  let parser = bySet.get(set);
  if (!parser) {
    parser = new chrono.Chrono({
      parsers: casual.parsers.filter((_, k) => (set & (1 << k)) !== 0),
      refiners: casual.refiners,
    });
    bySet.set(set, parser);
  }
  return parser;
}
