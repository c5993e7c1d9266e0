import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAll, loadBelarusGold } from '../../eval/gold/belarus.js';
import { skipWithoutShared } from '../../test-support/shared.js';
import { extractTimes } from './extract.js';
import { inferReference } from './infer-reference.js';

describe('time expressions on the dated seed articles', {
  skip: skipWithoutShared('gold', 'belarus-2022-12.json'),
}, () => {
  it('finds every gold date of a document with a publication date, with its value', () => {
    const dated = loadBelarusGold().filter((e) => e.published && e.gold.dates.length > 0);
    assert.ok(dated.length > 0);
    for (const e of dated) {
      const found = extractTimes(e.text, e.published);
      for (const d of e.gold.dates) {
        const spans = findAll(e.text, d.text);
        const hit = found.find((t) => spans.some((s) => s.start < t.span.end && t.span.start < s.end));
        assert.equal(hit?.value, d.value, `${e.file}: "${d.text}"`);
      }
    }
  });

  it('infers no later reference than the stated publication date', () => {
    for (const e of loadBelarusGold().filter((x) => x.published)) {
      const inferred = inferReference(e.text);
      if (inferred && e.published) assert.ok(inferred <= e.published, `${e.file}: ${inferred}`);
    }
  });
});
