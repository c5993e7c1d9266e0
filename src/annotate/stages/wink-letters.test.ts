import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../pipeline.js';
import { winkReadable } from './wink-letters.js';

describe('letters wink-nlp does not know', () => {
  it('stand in with letters of the same length, and Latin-1 and Cyrillic stay as they are', () => {
    const text = 'Çavuşoğlu, Wałęsa, Dvořák, Ceaușescu, Əliyev, Müller, Путин';
    const readable = winkReadable(text);
    assert.equal(readable.length, text.length);
    assert.equal(readable, 'Çavusoglu, Waxesa, Dvorák, Ceausescu, Xliyev, Müller, Путин');
  });

  it('no longer cut a name: the whole name is one mention, the tokens keep their own letters', () => {
    const text = 'The Turkish foreign minister, Mevlüt Çavuşoğlu, met Lech Wałęsa in Gdańsk on Monday.';
    const layers = annotate(text);
    const people = (layers.mentions ?? []).filter((m) => m.kind === 'person').map((m) => m.text);
    assert.ok(people.includes('Mevlüt Çavuşoğlu'), JSON.stringify(people));
    assert.ok(people.includes('Lech Wałęsa'), JSON.stringify(people));
    const words = (layers.tokens ?? []).map((t) => text.slice(t.span.start, t.span.end));
    assert.ok(words.includes('Gdańsk'), JSON.stringify(words));
  });
});
