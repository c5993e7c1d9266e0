import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineCounter, parseDocument } from 'yaml';
import { formatYamlPath, lineOfPath, type YamlPath } from './yaml-position.js';

describe('formatYamlPath', () => {
  const table: [YamlPath, string][] = [
    [[], ''],
    [['horizon'], 'horizon'],
    [['indicators', 2, 'direction', 'h5'], 'indicators[2].direction.h5'],
    [['indicators', 0, 'thresholds', 1, 'value'], 'indicators[0].thresholds[1].value'],
  ];
  for (const [path, text] of table)
    it(`writes ${text || '(root)'}`, () => assert.equal(formatYamlPath(path), text));
});

describe('lineOfPath', () => {
  const text = [
    '# a comment first', //  1
    'a:', //                 2
    '  - x: 1', //           3
    '    y:', //             4
    '      deep: true', //   5
    '  - { x: 2, y: 3 }', // 6
    'b:', //                 7
    '  - one', //            8
    '  - two', //            9
  ].join('\n');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const table: [YamlPath, number][] = [
    [['a'], 2],
    [['a', 0], 3],
    [['a', 0, 'y'], 4], // the key, not its value on the next line
    [['a', 0, 'y', 'deep'], 5],
    [['a', 1, 'y'], 6], // inside a flow map
    [['b', 1], 9],
    [['a', 0, 'missing'], 3], // a missing field: its parent
    [['a', 7], 2], // past the end of a sequence: the sequence's key
    [['nowhere', 'at', 'all'], 2], // nothing matches: the document's first node
  ];
  for (const [path, line] of table) {
    it(`puts ${formatYamlPath(path)} on line ${line}`, () =>
      assert.equal(lineOfPath(doc, path, lines), line));
  }
});
