import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../core/shared-data.js';
import { parseQuestion } from './load-question.js';

const examplePath = join(projectRoot, 'examples', 'belarus', 'question.yaml');

describe('parseQuestion on the embedded Belarus example', () => {
  const text = readFileSync(examplePath, 'utf8');
  const result = parseQuestion(text, 'question.yaml');

  it('parses without errors', () => {
    assert.equal(result.ok, true, result.ok ? '' : result.errors.map((e) => e.message).join('\n'));
  });

  it('holds the four required hypotheses and at least six indicators', () => {
    assert.ok(result.ok);
    const labels = result.question.hypotheses.map((h) => h.label.toLowerCase());
    for (const words of ['ground offensive', 'material and training', 'regime protection', 'pin ukrainian']) {
      assert.ok(
        labels.some((l) => l.includes(words)),
        `no hypothesis about "${words}"`,
      );
    }
    assert.ok(result.question.indicators.length >= 6);
    assert.equal(result.question.horizon, '2023-03-31');
  });

  it('documents every measure key it uses in its header comment', () => {
    assert.ok(result.ok);
    const header = text.slice(0, text.indexOf('\nquestion:'));
    const used = new Set(result.question.indicators.flatMap((i) => i.match.measureKeys ?? []));
    assert.ok(used.has('russian-troops') && used.has('tanks') && used.has('ammunition'));
    for (const key of used) assert.match(header, new RegExp(`^#\\s+${key}\\s`, 'm'), `${key} undocumented`);
  });
});

/** A small valid question; cases below change a line or two and mark the line to blame with `#<`. */
const valid = [
  'question: Will the bridge reopen?',
  'horizon: 2023-03-31',
  'hypotheses:',
  '  - id: h1',
  '    label: It reopens',
  '  - id: h2',
  '    label: It stays shut',
  'indicators:',
  '  - id: repairs',
  '    name: Repair crews on site',
  '    match: { measureKeys: [crews], cues: [repair crews] }',
  '    direction:',
  '      h1: consistent',
  '      h2: inconsistent',
  '    thresholds:',
  "      - { level: watch, op: '>=', value: 10 }",
];

const edit = (replace: Record<number, string>, extra: string[] = []): string =>
  [...valid.map((line, i) => replace[i + 1] ?? line), ...extra].join('\n');

const brokenCases: { name: string; yaml: string; path: string; reason: RegExp }[] = [
  {
    name: 'direction names an unknown hypothesis',
    yaml: edit({ 14: '      h5: inconsistent #<' }),
    path: 'indicators[0].direction.h5',
    reason: /unknown hypothesis id "h5"/,
  },
  {
    name: 'an unknown ACH grade',
    yaml: edit({ 13: '      h1: somewhat consistent #<' }),
    path: 'indicators[0].direction.h1',
    reason: /expected one of/,
  },
  {
    name: 'duplicate hypothesis id',
    yaml: edit({ 6: '  - id: h1 #<' }),
    path: 'hypotheses[1].id',
    reason: /duplicate hypothesis id "h1"/,
  },
  {
    name: 'duplicate indicator id',
    yaml: edit({}, [
      '  - id: repairs #<',
      '    name: Again',
      '    match: { cues: [x] }',
      '    direction: { h1: neutral }',
    ]),
    path: 'indicators[1].id',
    reason: /duplicate indicator id/,
  },
  {
    name: 'an impossible horizon date',
    yaml: edit({ 2: 'horizon: 2023-02-30 #<' }),
    path: 'horizon',
    reason: /YYYY-MM-DD/,
  },
  {
    name: 'a typo in a field name',
    yaml: edit({ 15: '    treshold: #<' }),
    path: 'indicators[0].treshold',
    reason: /unknown field/,
  },
  {
    name: 'a threshold operator that does not exist',
    yaml: edit({ 16: "      - { level: watch, op: '=>', value: 10 } #<" }),
    path: 'indicators[0].thresholds[0].op',
    reason: /expected one of/,
  },
  {
    name: 'a threshold value that is not a number',
    yaml: edit({ 16: '      - { level: watch, op: ">=", value: many } #<' }),
    path: 'indicators[0].thresholds[0].value',
    reason: /expected number/,
  },
  {
    name: 'a threshold on a measure the indicator does not match',
    yaml: edit({ 16: "      - { level: watch, op: '>=', value: 10, measureKey: tanks } #<" }),
    path: 'indicators[0].thresholds[0].measureKey',
    reason: /not one of this indicator's measure keys/,
  },
  {
    name: 'a warning level short of the watch level',
    yaml: edit({}, ["      - { level: warning, op: '>', value: 5 } #<"]),
    path: 'indicators[0].thresholds[1].value',
    reason: /must lie beyond the watch level/,
  },
  {
    name: 'thresholds on an indicator without measure keys',
    yaml: edit({ 11: '    match: { cues: [repair crews] }', 15: '    thresholds: #<' }),
    path: 'indicators[0].thresholds',
    reason: /need match.measureKeys/,
  },
  {
    name: 'a threshold that must name one of several measure keys',
    yaml: edit({
      11: '    match: { measureKeys: [crews, cranes] }',
      16: "      - { level: watch, op: '>=', value: 10 } #<",
    }),
    path: 'indicators[0].thresholds[0]',
    reason: /name a measureKey/,
  },
  {
    name: 'a match that matches nothing',
    yaml: edit({ 11: '    match: {} #<', 15: '', 16: '' }),
    path: 'indicators[0].match',
    reason: /matches nothing/,
  },
  {
    name: 'a hypothesis without a label',
    yaml: edit({ 6: '  - id: h2 #<', 7: '    description: no label' }),
    path: 'hypotheses[1].label',
    reason: /missing required field/,
  },
  {
    name: 'a missing horizon',
    yaml: edit({ 1: 'question: Will the bridge reopen? #<', 2: '' }),
    path: 'horizon',
    reason: /missing required field/,
  },
  {
    name: 'a single hypothesis',
    yaml: edit({ 3: 'hypotheses: #<', 6: '', 7: '', 14: '' }),
    path: 'hypotheses',
    reason: /at least two/,
  },
  { name: 'a blank question', yaml: edit({ 1: "question: '  ' #<" }), path: 'question', reason: /non-empty/ },
  {
    name: 'an id with spaces',
    yaml: edit({ 4: '  - id: hypothesis one #<' }),
    path: 'hypotheses[0].id',
    reason: /expected an id/,
  },
  {
    name: 'a measure key in capitals',
    yaml: edit({ 11: '    match: { measureKeys: [Russian_Troops] } #<', 15: '', 16: '' }),
    path: 'indicators[0].match.measureKeys[0]',
    reason: /kebab-case/,
  },
  // YAML syntax errors: no path, the parser's own line.
  {
    name: 'an unclosed flow sequence',
    yaml: edit({ 11: '    match: { measureKeys: [crews, cues: [x] }', 12: '    direction: #<' }),
    path: '',
    reason: /./,
  },
  {
    name: 'a key given twice',
    yaml: edit({ 10: '    name: Repair crews', 11: '    name: Twice #<' }),
    path: '',
    reason: /unique|duplicate/i,
  },
  { name: 'a tab used for indentation', yaml: edit({ 5: '\tlabel: It reopens #<' }), path: '', reason: /./ },
];

const markedLine = (yaml: string): number => yaml.split('\n').findIndex((l) => l.includes('#<')) + 1;

describe('parseQuestion on broken files', () => {
  it('accepts the unbroken base document', () => {
    const result = parseQuestion(edit({}), 'q.yaml');
    assert.equal(result.ok, true, result.ok ? '' : result.errors.map((e) => e.message).join('\n'));
  });

  for (const c of brokenCases) {
    it(`reports ${c.name} on its line`, () => {
      const result = parseQuestion(c.yaml, 'question.yaml');
      assert.equal(result.ok, false);
      if (result.ok) return;
      const line = markedLine(c.yaml);
      assert.ok(line > 0, 'case has no #< marker');
      const hit = result.errors.find((e) => e.line === line && e.path === c.path && c.reason.test(e.reason));
      assert.ok(
        hit,
        `expected line ${line} ${c.path} ~ ${c.reason}, got:\n${result.errors.map((e) => e.message).join('\n')}`,
      );
      const prefix = c.path === '' ? `question.yaml:${line}: ` : `question.yaml:${line}: ${c.path}: `;
      assert.ok(hit.message.startsWith(prefix), hit.message);
    });
  }

  it('reports every problem of a file, in line order', () => {
    const yaml = edit({ 6: '  - id: h1', 14: '      h9: neutral' });
    const result = parseQuestion(yaml, 'q.yaml');
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => [e.line, e.path]),
      [
        [6, 'hypotheses[1].id'],
        [14, 'indicators[0].direction.h9'],
      ],
    );
  });

  it('calls an empty file empty', () => {
    const result = parseQuestion('# nothing here\n', 'q.yaml');
    assert.ok(!result.ok);
    assert.match(result.errors[0]?.message ?? '', /^q\.yaml:1: the file is empty/);
  });
});
