import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { belarusCorpus, skipWithoutShared } from '../../test-support/shared.js';
import { mentionStage } from '../stages/mention.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const skip = skipWithoutShared('corpus', 'belarus-2022-12');

describe('mention stage on the Belarus corpus', { skip }, () => {
  const files = skip ? [] : readdirSync(belarusCorpus()).filter((f) => f.endsWith('.txt'));
  for (const file of files) {
    it(`${file}: spans are faithful and one surname never carries two person keys`, () => {
      const text = readFileSync(belarusCorpus(file), 'utf8');
      const mentions = mentionStage.run(text, sentenceStage.run(text, {}, {}), {}).mentions ?? [];
      assert.ok(mentions.length > 0);
      const keysBySurface = new Map<string, Set<string>>();
      for (const m of mentions) {
        assert.equal(text.slice(m.span.start, m.span.end), m.text);
        if (m.kind !== 'person' || m.text.includes(' ')) continue;
        const keys = keysBySurface.get(m.text) ?? new Set<string>();
        keys.add(m.entity);
        keysBySurface.set(m.text, keys);
      }
      for (const [surface, keys] of keysBySurface)
        assert.equal(keys.size, 1, `${surface}: ${[...keys].join(', ')}`);
    });
  }
});
