import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalystDecision } from './analyst-decision.js';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';
import type { ResolvedEntity } from './types.js';

// Hand-written sentences (invented, not from any article).
const corpus = memoryCorpus([
  'Alexander Lukashenko met the generals in Minsk on Monday. Lukashenko said the army was ready.',
  'Aliaksandr Lukashenka spoke to reporters in Minsk. Lukashenka promised new drills.',
  'Viktor Khrenin inspected a brigade near Brest. Khrenin praised the troops.',
  'Sergei Ivanov visited the border on Tuesday. Petr Sidorov stayed in Moscow.',
]);

const personsNamed = (entities: readonly ResolvedEntity[], pattern: RegExp) =>
  entities.filter((e) => e.kind === 'person' && [e.name, ...e.aliases].some((n) => pattern.test(n)));

describe('analyst decisions always win', () => {
  it('without decisions the machine joins the transliterations and keeps strangers apart', () => {
    const { entities } = resolveEntities(corpus);
    assert.equal(personsNamed(entities, /Lukashen/).length, 1);
    assert.equal(personsNamed(entities, /Ivanov|Sidorov/).length, 2);
  });

  it('a merge joins two entities the machine keeps apart, and says who merged them', () => {
    const decisions: AnalystDecision[] = [
      { kind: 'merge', target: 'Sergei Ivanov', after: { with: 'Petr Sidorov' }, who: 'analyst-7' },
    ];
    const { entities, byLocal } = resolveEntities(corpus, decisions);
    const found = personsNamed(entities, /Ivanov|Sidorov/);
    assert.equal(found.length, 1, found.map((e) => e.name).join(' / '));
    const merged = found[0] as ResolvedEntity;
    assert.ok([merged.name, ...merged.aliases].some((n) => /Sidorov/.test(n)));
    const why = merged.evidence.find((e) => e.rule === 'analyst' && /Sidorov/.test(e.alias));
    assert.ok(why, JSON.stringify(merged.evidence));
    assert.match(why.detail, /analyst-7/);
    const locals = [...byLocal.entries()].filter(([, e]) => e === merged).map(([k]) => k);
    assert.ok(locals.length >= 2);
  });

  it('a merge accepts an entity id as target and a bare string as operand', () => {
    const before = resolveEntities(corpus).entities;
    const khrenin = personsNamed(before, /Khrenin/)[0] as ResolvedEntity;
    const { entities } = resolveEntities(corpus, [
      { kind: 'merge', target: khrenin.id, after: 'Sergei Ivanov' },
    ]);
    const found = personsNamed(entities, /Khrenin|Ivanov/);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.id, khrenin.id);
  });

  it('a split takes a transliteration match out, overriding the machine evidence', () => {
    const before = personsNamed(resolveEntities(corpus).entities, /Lukashen/)[0] as ResolvedEntity;
    assert.ok(before.evidence.some((e) => e.rule !== 'analyst' && /Lukashenk[ao]/.test(e.alias)));
    const { entities } = resolveEntities(corpus, [
      {
        kind: 'split',
        target: 'Alexander Lukashenko',
        after: { alias: 'Aliaksandr Lukashenka' },
        who: 'desk-lead',
      },
    ]);
    const found = personsNamed(entities, /Lukashen/);
    assert.equal(found.length, 2, found.map((e) => `${e.name} [${e.aliases}]`).join(' / '));
    const split = found.find((e) => e.name === 'Aliaksandr Lukashenka') as ResolvedEntity;
    const rest = found.find((e) => e !== split) as ResolvedEntity;
    assert.ok(split, 'the split-off entity is named by the alias taken out');
    assert.ok(!rest.aliases.includes('Aliaksandr Lukashenka'));
    assert.ok(!rest.evidence.some((e) => e.alias === 'Aliaksandr Lukashenka'), 'machine evidence removed');
    const why = split.evidence.find((e) => e.rule === 'analyst');
    assert.ok(why);
    assert.match(why.detail, /split from .*desk-lead/);
    assert.notEqual(split.id, rest.id);
    assert.equal(rest.id, before.id, 'the entity that keeps its members keeps its id');
  });

  it('a later merge undoes an earlier split: decisions apply in order', () => {
    const { entities } = resolveEntities(corpus, [
      { kind: 'split', target: 'Alexander Lukashenko', after: 'Aliaksandr Lukashenka' },
      { kind: 'merge', target: 'Alexander Lukashenko', after: { into: 'Aliaksandr Lukashenka' } },
    ]);
    assert.equal(personsNamed(entities, /Lukashen/).length, 1);
  });

  const ignored: [string, AnalystDecision][] = [
    ['an unknown target', { kind: 'merge', target: 'Nobody Atall', after: 'Sergei Ivanov' }],
    ['an unknown operand', { kind: 'merge', target: 'Sergei Ivanov', after: 'Nobody Atall' }],
    ['an operand of the wrong shape', { kind: 'merge', target: 'Sergei Ivanov', after: 42 }],
    ['a split of every member', { kind: 'split', target: 'Viktor Khrenin', after: 'Viktor Khrenin' }],
    ['an unknown kind', { kind: 'rename', target: 'Sergei Ivanov', after: 'Petr Sidorov' }],
  ];
  for (const [what, decision] of ignored) {
    it(`ignores ${what} without throwing`, () => {
      const plain = resolveEntities(corpus)
        .entities.map((e) => e.id)
        .sort();
      const after = resolveEntities(corpus, [decision])
        .entities.map((e) => e.id)
        .sort();
      assert.deepEqual(after, plain);
    });
  }
});
