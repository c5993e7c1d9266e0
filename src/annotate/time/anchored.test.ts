import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { belarusCorpus, skipWithoutShared } from '../../test-support/shared.js';
import { anchoredMatches, matchesNotAfter } from './anchored.js';
import { alternation, timeLexicon } from './lexicon.js';

const skip = skipWithoutShared('corpus', 'belarus-2022-12');
const articles = (): string[] =>
  readdirSync(belarusCorpus())
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(belarusCorpus(f), 'utf8'));

const found = (ms: Iterable<RegExpMatchArray>): [number, string][] =>
  [...ms].map((m) => [m.index ?? -1, m[0]]);

/** Patterns shaped like the small parsers': lookbehinds, lookaheads, white space across lines, numbers. */
const cases: { pattern: RegExp; anchor: RegExp }[] = [
  {
    pattern:
      /(?<![\p{L}])(?:(this|last|the|(?<=\b(?:in|by)\s+))\s*)(spring|summer|fall)(?:\s+(?:of\s+)?((?:19|20)\d\d))?(?![\p{L}\d])/giu,
    anchor: /spring|summer|fall/giu,
  },
  {
    pattern:
      /(?<![\p{L}\d/-])(?:(?:the|past)\s+)?(?:(?:\d+(?:,\d{3})*(?:\.\d+)?|two|a)(?:\s+|-))?(?:day|week|year)s?(?![\p{L}\d]|\s+ago)/giu,
    anchor: /day|week|year/giu,
  },
  { pattern: /\bthe\s+(?:fiscal\s+)?(year|month)(?=,?\s+ended\b)/gi, anchor: /year|month/gi },
];

const awkward = [
  'In 1.5 years, the summer\n2022 came; by fall (the fall of 1998) "spring" ended.',
  'the year, ended March 31. The month ended. the  year ended',
  'summer',
  'Nothing here at all: no season, no span.',
  'past 3,000 days ago; two-weeks; the past week! a year-old',
  '𝐀summer 😀 summer in  \n  spring',
];

describe('anchoredMatches: the matches of matchAll, over the stretches that hold an anchor', () => {
  it('agrees with matchAll on awkward strings', () => {
    for (const text of awkward)
      for (const { pattern, anchor } of cases)
        assert.deepEqual(found(anchoredMatches(text, pattern, anchor)), found(text.matchAll(pattern)), text);
  });

  it('agrees with matchAll on the Belarus articles', { skip }, () => {
    for (const text of articles())
      for (const { pattern, anchor } of cases) {
        const expected = found(text.matchAll(pattern));
        assert.deepEqual(found(anchoredMatches(text, pattern, anchor)), expected);
      }
  });
});

describe('matchesNotAfter: a leading lookbehind tested by hand', () => {
  const words = /(?:now|nowadays|daily)(?![\p{L}\d-])/giu;
  const withLookbehind = /(?<![\p{L}\d-])(?:now|nowadays|daily)(?![\p{L}\d-])/giu;
  const notAfter = /[\p{L}\d-]/u;

  it('refuses a match after a letter, digit or hyphen and goes on from the next character', () => {
    const table = [
      'know now',
      'snow-now daily',
      '9now Now',
      '𝐀now 😀now',
      'nowadays',
      'now',
      '-daily xdaily',
    ];
    for (const text of table)
      assert.deepEqual(
        found(matchesNotAfter(text, words, notAfter)),
        found(text.matchAll(withLookbehind)),
        text,
      );
    assert.deepEqual(found(matchesNotAfter('𝐀now 😀now', words, notAfter)), [[8, 'now']]);
  });

  it('agrees with the lookbehind on the Belarus articles', { skip }, () => {
    for (const text of articles())
      assert.deepEqual(found(matchesNotAfter(text, words, notAfter)), found(text.matchAll(withLookbehind)));
  });
});

describe('alternation: grouped by first letter, the same as the flat list', () => {
  const flat = (ws: string[]) =>
    `(?:${[...ws]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/ /g, '\\s+'))
      .join('|')})`;
  const lists = [
    ['mon', 'month', 'monthly', 'may', 'm', 'a few', 'a', 'an', 'another', 'now', 'night'],
    ['Sun', 'sunday', 'summer'],
  ];

  it('matches what the flat list matches, also with first letters in two cases', () => {
    const text = 'A few months and another Monday, a night now; Sunday summer sun, m. An';
    for (const ws of lists)
      for (const flags of ['g', 'gi'])
        assert.deepEqual(
          found(text.matchAll(new RegExp(alternation(ws), flags))),
          found(text.matchAll(new RegExp(flat(ws), flags))),
        );
  });
});

describe('the anchors of the small parsers cover their word lists', () => {
  it('every year offset names the year and the period-ended units are duration units', () => {
    for (const phrase of Object.keys(timeLexicon().yearOffsets)) assert.match(phrase, /year/i);
    for (const unit of ['year', 'quarter', 'month']) assert.ok(unit in timeLexicon().durations.units, unit);
  });
});
