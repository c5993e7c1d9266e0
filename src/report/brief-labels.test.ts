import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { exampleQuestion, readBrief, runBrief } from '../test-support/run-brief.js';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';
import type { Brief } from './brief-model.js';

const skip = skipWithoutShared('corpus', 'belarus-2022-12');

/** Lower case, curly quotes straightened, whitespace collapsed: how a phrase is compared with its source. */
const fold = (s: string) =>
  s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

describe('labels in the brief are phrases of the sources or of the question (real corpus)', { skip }, () => {
  let brief: Brief;
  let sources: string;

  before(async () => {
    const { out } = runBrief('brief-labels', [belarusCorpus(), '--question', exampleQuestion]);
    brief = await readBrief(out);
    const dir = belarusCorpus();
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    sources = fold([...texts, readFileSync(exampleQuestion, 'utf8')].join('\n'));
  });

  /** A label, with the ellipsis of a cut removed, must occur in the source texts or the question file. */
  const assertPhrase = (label: string, where: string) => {
    const phrase = fold(label.replace(/…$/, ''));
    assert.ok(phrase.split(' ').length >= 2, `${where}: "${label}" is a phrase, not a word`);
    assert.ok(
      sources.includes(phrase),
      `${where}: "${label}" is not a phrase of the sources or the question`,
    );
  };

  it('names every measure of the key numbers by a phrase', () => {
    assert.ok(brief.numbers.length > 0);
    for (const g of brief.numbers) assertPhrase(g.label, `measure ${g.measureKey}`);
  });

  it('names every dispute by a phrase', () => {
    for (const c of brief.contested) assertPhrase(c.label, 'dispute');
  });

  it('quotes a phrase in every judgement built from clusters', () => {
    const quoted = brief.judgements
      .filter((j) => j.basis === 'cluster' || j.basis === 'figures')
      .flatMap((j) => [...j.text.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? ''));
    assert.ok(quoted.length > 0, 'cluster judgements quote their sentence');
    for (const q of quoted) assertPhrase(q, 'judgement');
  });

  it('quotes phrases of the sources or the question on the first screen', () => {
    const line = brief.bottomLine;
    assert.ok(line, 'a bottom line');
    const parts = [...line.agreed, ...line.limits];
    const quoted = parts.flatMap((s) => [...s.text.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? ''));
    assert.ok(quoted.length >= 3);
    for (const q of quoted) assertPhrase(q, 'first screen');
  });
});

describe('the first screen answers the question (real corpus)', { skip }, () => {
  let brief: Brief;

  before(async () => {
    const { out } = runBrief('brief-first-screen', [belarusCorpus(), '--question', exampleQuestion]);
    brief = await readBrief(out);
  });

  it('states the pooled view with its spread and the best-fitting hypothesis', () => {
    const [view, fit] = brief.bottomLine?.answer ?? [];
    assert.match(view?.text ?? '', /judge it (unlikely|very unlikely|roughly even|likely)/);
    assert.match(view?.text ?? '', /\d+ independent views? pooled give \d+%/);
    assert.ok((view?.notes.length ?? 0) >= 3, 'the views are cited');
    assert.match(
      fit?.text ?? '',
      /fits best “[^”]+”.* and worst “Belarus joins a ground offensive against Ukraine”/,
    );
  });

  it('says what the sources agree on, the latest events, the limits, the disputes and what would change it', () => {
    const line = brief.bottomLine;
    assert.ok(line);
    assert.ok(line.agreed.length >= 2, 'agreement');
    assert.ok(
      line.latest.some((s) => /3 Dec 2022/.test(s.text)),
      'the 3 December visit is among the latest events',
    );
    assert.ok(
      line.limits.some((s) => /public opinion|Size of the Belarusian army/.test(s.text)),
      'limits',
    );
    assert.ok(line.disputes.length >= 1, 'a real dispute');
    assert.ok(
      line.change.some((s) => /watch from/.test(s.text)),
      'the thresholds',
    );
    for (const s of [...line.agreed, ...line.latest, ...line.limits, ...line.disputes])
      assert.ok(s.notes.length > 0 || /independent views/.test(s.text), `"${s.text}" has a footnote`);
  });

  it('orders the hypotheses from best to worst fit', () => {
    const scores = brief.hypotheses.map((h) => h.inconsistency);
    assert.deepEqual(
      scores,
      [...scores].sort((x, y) => x - y),
    );
  });

  it('shows real disputes only, and says how many differences it explained away', () => {
    for (const c of brief.contested) assert.equal(c.verdict, 'conflict');
    assert.match(brief.leftOut.contested ?? '', /only looked different/);
  });

  it('names sources from their metadata, never by file name, and marks inferred dates', () => {
    for (const s of brief.sources) {
      assert.doesNotMatch(`${s.outlet} ${s.title}`, /\.txt\b/, 'no file names');
      if (s.publishedInferred) assert.ok(s.published);
    }
    assert.ok(
      brief.sources.some((s) => s.publishedInferred),
      'the inferred date is marked',
    );
    for (const f of brief.footnotes) assert.doesNotMatch(`${f.outlet ?? ''} ${f.title}`, /\.txt\b/);
  });

  it('dates figures honestly: a deadline says "by", a cumulative figure says "since", a month-end is a period', () => {
    const rows = brief.numbers.flatMap((g) => g.rows);
    const stated = (re: RegExp) => rows.find((r) => re.test(r.stated));
    assert.match(stated(/one and a half million/)?.when ?? '', /^by /);
    assert.match(stated(/thousands of Russian/)?.when ?? '', /^since /);
    const end = brief.timeline.find((e) => /At the end of October/.test(e.text));
    assert.equal(end?.when, 'late Oct 2022');
    assert.ok(!brief.timeline.some((e) => /By the end of the year/.test(e.text)), 'a deadline is no event');
  });
});
