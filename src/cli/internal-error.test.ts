import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import type { Io } from './io.js';
import { main } from './main.js';

describe('a fault of sitrep itself', () => {
  it('prints one line with code E_INTERNAL and exits 2, without a stack trace', async () => {
    const stdin = new PassThrough();
    stdin.end(
      `${JSON.stringify({ id: 'a', text: 'The ministry said on Monday that 40 trucks crossed the border.' })}\n`,
    );
    const err: string[] = [];
    const io: Io = {
      out: () => {
        throw new Error('a fault\nat its second line');
      },
      err: (l) => err.push(l),
      isTTY: false,
      stdin,
    };
    const code = await main(['node', 'sitrep', 'extract', '--jsonl'], io);
    assert.equal(code, 2);
    const lines = err.flatMap((l) => l.split('\n'));
    assert.equal(lines.length, 1, err.join('\n'));
    assert.match(
      lines[0] ?? '',
      /^error: internal error \(please report it\): a fault.*at its second line \[E_INTERNAL\]$/,
    );
  });
});
