import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { exampleQuestion, readBrief, runBrief } from '../test-support/run-brief.js';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';
import type { Brief, FigureRow } from './brief-model.js';

const skip = skipWithoutShared('corpus', 'belarus-2022-12');

describe('sitrep brief on the real corpus (../shared/corpus/belarus-2022-12)', { skip }, () => {
  let brief: Brief;
  let rows: (FigureRow & { measure: string })[];

  before(async () => {
    const { out } = runBrief('brief-real', [belarusCorpus(), '--question', exampleQuestion]);
    brief = await readBrief(out);
    rows = brief.numbers.flatMap((g) => g.rows.map((r) => ({ ...r, measure: g.measureKey })));
  });

  /** Each row is backed by a footnote that quotes the sentence holding the figure's words. */
  const assertSourced = (found: readonly FigureRow[], what: string) => {
    assert.ok(found.length > 0, `the key numbers hold the ${what} figures`);
    for (const r of found) {
      assert.ok(r.outlet.length > 0, `${what}: ${r.stated} names its source`);
      const note = brief.footnotes.find((f) => f.n === r.note);
      assert.ok(note, `${what}: footnote ${r.note} exists`);
      assert.ok(note.sentence.includes(r.stated), `${what}: footnote ${r.note} quotes "${r.stated}"`);
      assert.equal(note.document, r.document);
    }
  };

  const cases: readonly [string, (r: FigureRow) => boolean, number, RegExp][] = [
    // [what, which rows, how many distinct documents at least, the measure key they are grouped under]
    [
      'troop',
      (r) => r.value === 9000 && /soldier|troop|personnel|reservist/i.test(r.stated),
      2,
      /^russian-troops$/,
    ],
    ['tank (94 and 98)', (r) => (r.value === 94 || r.value === 98) && /tank/i.test(r.stated), 2, /^tanks$/],
    ['ammunition', (r) => r.value === 65000 && /ammunition/i.test(r.stated), 1, /^ammunition-/],
    [
      'poll',
      (r) => r.figure.endsWith('%') && /respondent|citizen|poll|Belarusian/i.test(r.stated),
      1,
      /^poll-share$/,
    ],
    ['loan', (r) => (r.value === 1e9 || r.value === 1.5e9) && /\$|dollar/i.test(r.stated), 1, /^loan-usd$/],
  ];

  for (const [what, pick, documents, key] of cases) {
    it(`the key numbers table holds the ${what} figures with their sources`, () => {
      const found = rows.filter(pick);
      assertSourced(found, what);
      assert.ok(
        new Set(found.map((r) => r.document)).size >= documents,
        `${what}: from ${documents}+ documents`,
      );
      for (const r of found) assert.match(r.measure, key, `${what}: "${r.stated}" under ${r.measure}`);
    });
  }

  it('keeps troops of one nation apart from other troops and from reservists', () => {
    const troops = brief.numbers.filter((g) => g.measureKey.endsWith('troops'));
    for (const g of troops)
      for (const r of g.rows)
        assert.ok((r.value ?? r.high ?? 0) < 1e6, `${r.stated} is not under ${g.measureKey}`);
    const belarusian = brief.numbers.filter((g) => g.measureKey === 'belarusian-troops');
    const rows = belarusian.flatMap((g) => g.rows);
    assert.ok(
      new Set(rows.map((r) => r.document)).size >= 2,
      'the size of the Belarusian army, from 2+ documents',
    );
    assert.ok(rows.every((r) => !/russian/i.test(r.stated)));
    // Ground forces, the combat-ready part, contract troops and those willing to fight for pay are
    // different measures (issue 4): separate groups, none a contested number.
    assert.ok(belarusian.length >= 4, `separate measures, got ${belarusian.map((g) => g.label).join('; ')}`);
    assert.ok(belarusian.every((g) => g.status !== 'contested'));
  });

  it('heads each measure with its lowest estimate and puts the measures of the indicators first', () => {
    const russian = brief.numbers.find((g) => g.measureKey === 'russian-troops');
    assert.equal(russian?.conservative?.value, 9000, 'the vague "thousands of" is no headline');
    const firstOther = brief.numbers.findIndex((g) => !g.indicators);
    const lastNamed = brief.numbers.findLastIndex((g) => g.indicators !== undefined);
    assert.ok(
      firstOther === -1 || (firstOther > 0 && lastNamed < firstOther),
      'indicator measures before the others',
    );
  });

  it('the 94 and 98 tank figures both appear, from different documents', () => {
    const t94 = rows.find((r) => r.value === 94 && /tank/i.test(r.stated));
    const t98 = rows.find((r) => r.value === 98 && /tank/i.test(r.stated));
    assert.ok(t94 && t98);
    assert.notEqual(t94.document, t98.document);
  });

  it('the timeline holds dated events from October to early December 2022, in order, none in the future', () => {
    const dates = brief.timeline.map((e) => e.date);
    assert.deepEqual(dates, [...dates].sort(), 'in date order');
    const inMonth = (m: string) => dates.filter((d) => d.startsWith(m)).length;
    assert.ok(inMonth('2022-10') >= 3, `October events: ${inMonth('2022-10')}`);
    assert.ok(inMonth('2022-11') >= 3, `November events: ${inMonth('2022-11')}`);
    assert.ok(
      dates.some((d) => d >= '2022-12-01' && d <= '2022-12-10'),
      'an early December event',
    );
    assert.ok(
      dates.every((d) => d <= '2022-12-31'),
      'forecasts ("early 2023") are not events',
    );
    for (const e of brief.timeline) {
      const note = brief.footnotes.find((f) => f.n === e.notes[0]);
      assert.ok(
        note?.sentence.replace(/\s+/g, ' ').includes(e.text.slice(0, 30)),
        `event ${e.date} quotes its sentence`,
      );
    }
  });

  it('every footnote quotes a sentence of a document in the corpus', () => {
    const ids = new Set(brief.sources.map((s) => s.document));
    assert.equal(ids.size, 5);
    for (const f of brief.footnotes) {
      assert.ok(ids.has(f.document), `footnote ${f.n}`);
      assert.ok(f.sentence.length > 0);
    }
  });
});
