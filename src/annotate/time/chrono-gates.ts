import * as chrono from 'chrono-node';

/**
 * A month as chrono's English month names write it ("mar", "mar.", "march", "sept") where one of its
 * four month parsers could read it: after the name they read no letter, digit or underscore but a
 * figure (day or year), "of" (before a year) or an ordinal word ("first", "eleventh", "twenty-third":
 * each opens with one of the two-letter openings below). Words that open like a month ("Mariupol",
 * "mayor", "decided", "separatist") then run none of them.
 */
const MONTH =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?=[^a-z_]|$|of|ei|el|fi|fo|ni|se|si|te|th|tw)/i;

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
  // A weekday (or "weekend", "weekday") that ends where chrono's pattern lets it end: before a
  // character that is no ASCII word character, or "of", "this", "last", "past", "next" ("month",
  // "satellite", "Africa", "friend" run none of it).
  ENWeekdayParser:
    /(?:sun(?:day)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|weekend|weekday)(?=\W|$|of|this|last|past|next)/i,
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
