import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from './index.js';

const speakers = (text: string): string[] =>
  annotate(text).attributions.map((a) => text.slice(a.speaker.span.start, a.speaker.span.end));

describe('an accent, backtick or opening quote between letters is read as an apostrophe (invented sentences)', () => {
  it('keeps the owner in a speaker written with an acute accent ("Norway´s minister")', () => {
    const text = 'Norway´s fisheries minister Ola Berg said the quota would be cut in spring.';
    assert.deepEqual(speakers(text), ['Norway´s fisheries minister Ola Berg']);
  });

  it('reads a backtick the same way, offsets unchanged', () => {
    const text = 'Chile`s central bank said inflation had peaked.';
    assert.deepEqual(speakers(text), ['Chile`s central bank']);
  });

  it('reads an opening single quote between letters the same way', () => {
    const text = 'Peru‘s foreign minister said talks would resume.';
    assert.deepEqual(speakers(text), ['Peru‘s foreign minister']);
  });

  it('leaves an accent that stands alone as it is', () => {
    const text = 'The mark ´ is no apostrophe here, the editor said.';
    assert.deepEqual(speakers(text), ['the editor']);
  });
});
