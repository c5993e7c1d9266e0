import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Annotations } from './annotations.js';
import { SharedStrings } from './shared-strings.js';

const text = 'The ministry said the convoy of forty trucks crossed the northern border on Monday.';
const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

const annotations = (): Annotations => ({
  sentences: [{ span: { start: 0, end: text.length } }],
  tokens: [],
  mentions: [
    {
      span: at('ministry'),
      text: 'ministry',
      rule: 'org:head',
      kind: 'organisation',
      name: 'ministry',
      entity: 'org:ministry',
    },
  ],
  quantities: [],
  times: [],
  attitudes: [],
  attributions: [
    {
      span: at('The ministry said the convoy'),
      text: 'The ministry said the convoy',
      rule: 'verb-cue',
      cue: { span: at('said'), text: 'said' },
      speaker: { span: at('The ministry'), text: 'The ministry', vague: false },
      content: at('the convoy'),
    },
  ],
  certainty: [],
  claims: [
    {
      span: { start: 0, end: text.length },
      text,
      predicate: 'cross',
      polarity: 'positive',
      mentions: [0],
      rule: 'claim:event',
    },
    // A text that is not the span's (a repaired quote, say) is kept as it is.
    {
      span: at('convoy'),
      text: 'a convoy',
      predicate: 'cross',
      polarity: 'positive',
      mentions: [],
      rule: 'claim:event',
    },
  ],
});

describe('SharedStrings: one copy of each string across a collection, values unchanged', () => {
  it('gives back the same values, keys and order, a text that differs from its span included', () => {
    const given = annotations();
    const shared = new SharedStrings().share(text, annotations());
    assert.deepEqual(shared, given);
    assert.equal(JSON.stringify(shared), JSON.stringify(given));
  });

  it('shares across documents and keeps long strings as they are', () => {
    const strings = new SharedStrings();
    const first = strings.share(text, annotations());
    const second = strings.share(text, annotations());
    assert.deepEqual(second, first);
    assert.equal(second.claims[0]?.text, text);
  });
});
