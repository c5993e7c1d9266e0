import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Io, progress } from './io.js';

const captured = (): { io: Io; lines: string[] } => {
  const lines: string[] = [];
  return { io: { out: () => {}, err: (l) => lines.push(l), isTTY: false, stdin: process.stdin }, lines };
};

describe('progress piped into a log', () => {
  it('writes a line at each tenth of a known total, none in between', () => {
    const { io, lines } = captured();
    const bar = progress(io, 'annotate', 250);
    for (let done = 1; done <= 250; done++) bar.update(done, 250);
    bar.stop();
    assert.equal(lines.length, 10);
    assert.equal(lines[0], 'annotate: 25/250');
    assert.equal(lines.at(-1), 'annotate: 250/250');
  });

  it('writes a line every 1,000 items while the total grows with the count', () => {
    const { io, lines } = captured();
    const bar = progress(io, 'ingest', 0);
    for (let seen = 1; seen <= 2500; seen++) bar.update(seen, seen);
    assert.deepEqual(lines, ['ingest: 1000', 'ingest: 2000']);
  });

  it('stays silent for a short run', () => {
    const { io, lines } = captured();
    const bar = progress(io, 'ingest', 0);
    for (let seen = 1; seen <= 12; seen++) bar.update(seen, seen);
    assert.deepEqual(lines, []);
  });
});
