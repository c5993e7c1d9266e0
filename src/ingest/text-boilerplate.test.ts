import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';
import { stripTextBoilerplate } from './text-boilerplate.js';

const body = [
  'Harbour officials in the invented port of Velmora said on Monday that grain shipments rose sharply in the spring, after the new quay opened.',
  'The port authority expects traffic to keep rising through the summer as two more berths are finished and the rail link to the interior reopens.',
  'Traders in Velmora said the quay had cut waiting times for ships, though storage at the port remains short and prices for grain storage have risen.',
  'The harbour master said dredging of the outer channel would begin next month, so that larger grain carriers can reach the quay at low tide.',
  'Farmers inland welcomed the reopening of the rail link, which they said would let them sell their harvest at the port instead of to local millers.',
  'Shipping agents warned that the new berths would need more cranes before they could handle the volumes the port authority has promised buyers.',
].join('\n\n');

// [what, text, what must go, what must stay]
const cases: readonly [string, string, readonly string[], readonly string[]][] = [
  [
    'a newsletter box with its heading, mid-text',
    body.replace('\n\n', '\n\nStay in the loop\nSign up to receive our weekly emails about the harbour.\n\n'),
    ['Stay in the loop', 'Sign up to receive'],
    ['grain shipments rose', 'rail link'],
  ],
  [
    'a footer of short unpunctuated lines',
    `${body}\n\nRelated articles\n\nBack to the front page\nMore from Velmora`,
    ['Related articles', 'More from Velmora'],
    ['storage at the port remains short'],
  ],
  [
    'a contributor note and a disclaimer at the end',
    `${body}\n\nMara Quell is a fellow at the Institute of Harbours. She writes about shipping.\n\nThe opinions expressed are those of the author and do not necessarily reflect the position of the institute.`,
    ['Mara Quell is a fellow', 'opinions expressed'],
    ['Traders in Velmora'],
  ],
  [
    'an advertisement for something the article never mentions',
    body.replace(
      '\n\n',
      '\n\nDo you know how much your fridge, oven and television really cost to run? Our free guide explains every household appliance and offers clever saving tips for your kitchen and living room.\n\n',
    ),
    ['household appliance'],
    ['port authority expects'],
  ],
];

describe('text and Markdown furniture is dropped by its shape', () => {
  for (const [what, text, gone, kept] of cases) {
    it(what, () => {
      const out = stripTextBoilerplate(text);
      for (const g of gone) assert.ok(!out.includes(g), `"${g}" dropped`);
      for (const k of kept) assert.ok(out.includes(k), `"${k}" kept`);
    });
  }

  it('keeps an article with no furniture as it is, the title line included', () => {
    const text = `Grain at Velmora\n\n${body}\n`;
    assert.equal(stripTextBoilerplate(text), text);
  });

  it('keeps a paragraph that speaks to the reader about the article’s own subject', () => {
    const text = `${body}\n\nIf you ship grain through Velmora, our reporters found, you will wait less at the new quay than at the old berths this spring.\n\nOfficials will review the quay in the autumn.`;
    assert.ok(stripTextBoilerplate(text).includes('If you ship grain'));
  });
});

const skip = skipWithoutShared('corpus', 'belarus-2022-12');

describe('furniture in the real articles (../shared/corpus/belarus-2022-12)', { skip }, () => {
  it('drops a little from most articles and never more than a seventh of one', () => {
    const dir = belarusCorpus();
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    let touched = 0;
    for (const f of files) {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      const out = stripTextBoilerplate(text);
      if (out.length < text.length) touched++;
      assert.ok(out.length >= text.length * 0.85, `${f}: ${text.length - out.length} characters dropped`);
      // What is left is the text's own paragraphs, in order.
      const blocks = out.split(/\n[ \t]*\n\s*/).map((b) => b.trim());
      let at = 0;
      for (const b of blocks) {
        const found = text.indexOf(b.split('\n')[0] ?? b, at);
        assert.ok(found >= at, `${f}: a kept paragraph is in the original, in order`);
        at = found;
      }
      assert.doesNotMatch(out, /\bsign up\b|all rights reserved|views of their individual authors/i, f);
    }
    assert.ok(touched >= 4, `${touched} articles had furniture`);
  });
});
