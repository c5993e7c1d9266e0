import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contains } from '../../core/index.js';
import { annotate } from '../index.js';

const at = (text: string, span: { start: number; end: number } | undefined) =>
  span ? text.slice(span.start, span.end) : undefined;

describe('claim fields', () => {
  it('reads a passive: grammatical subject, agent and its mention, the verb token', () => {
    const text = 'Fresh troops were deployed by Russia along the northern border.';
    const a = annotate(text);
    const [c] = a.claims;
    assert.equal(c?.voice, 'passive');
    assert.equal(c?.subject, 'Fresh troops');
    assert.equal(c?.agent, 'Russia');
    assert.equal(a.mentions[c?.agentMention ?? -1]?.name, 'Russia');
    assert.equal(at(text, c?.verb), 'deployed');
    assert.equal(c?.lemma, 'deploy');
  });

  it('points the subject at its mention, the head of the phrase and not a possessor', () => {
    const withHead = annotate('Defence minister Viktar Khrenin has called the checks routine.');
    assert.equal(withHead.mentions[withHead.claims[0]?.subjectMention ?? -1]?.name, 'Viktar Khrenin');
    const possessor = annotate("Poland's deputy foreign minister visited Vilnius on Monday.");
    assert.equal(possessor.claims[0]?.subject, "Poland's deputy foreign minister");
    assert.equal(possessor.claims[0]?.subjectMention, undefined);
  });

  it('gives each clause of a coordinated sentence its own span, mentions and polarity', () => {
    const text = 'Minsk denied the report, but Kyiv did not withdraw its troops from the border.';
    const a = annotate(text);
    assert.deepEqual(
      a.claims.map((c) => [at(text, c.clause), c.polarity]),
      [
        ['Minsk denied the report,', 'positive'],
        ['Kyiv did not withdraw its troops from the border.', 'negative'],
      ],
    );
    for (const c of a.claims) {
      assert.equal(c.text, text);
      for (const i of c.mentions) assert.ok(c.clause && contains(c.clause, a.mentions[i]?.span ?? c.span));
    }
  });

  it('flags a verbless figure as a fragment and keeps its measure', () => {
    const a = annotate('Russian soldiers in Belarus: about 9,000.');
    const [c] = a.claims;
    assert.equal(c?.fragment, true);
    assert.equal(c?.quantity, 0);
    assert.equal(c?.lemma, undefined);
  });

  it('keeps every span inside its sentence on a long, mixed text', () => {
    const text = [
      'MINSK, Dec 3 (Wire) - Troops were moved by rail, and Belarus said it would hold drills; Kyiv did not comment.',
      'Photos posted by residents showed tanks, trucks and guns.',
      'If Minsk joins, "we will respond," a Ukrainian officer said.',
      'About 40 helicopters. Nothing unusual is happening, officials insist.',
    ].join(' ');
    const a = annotate(text);
    assert.ok(a.claims.length >= 4);
    for (const c of a.claims) {
      assert.equal(text.slice(c.span.start, c.span.end), c.text);
      if (c.clause) assert.ok(contains(c.span, c.clause));
      if (c.verb) assert.ok(contains(c.clause ?? c.span, c.verb));
      if (c.subjectMention !== undefined) assert.ok(a.mentions[c.subjectMention]);
    }
  });
});
