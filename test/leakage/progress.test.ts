import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Progress } from '../../src/io/data/progress.js';
import { jsonl, workspace } from './cli-run.js';

describe('progress', () => {
  it('on a terminal: a live line with MB read, rows and rows/s, cleared before the final line', async () => {
    let out = '';
    let rows = 0;
    const progress = new Progress({ write: (s: string) => (out += s), isTTY: true }, () => rows, 'leakage');
    rows = 1000;
    await new Promise((r) => setTimeout(r, 300));
    progress.addBytes(5_000_000);
    const CLEAR = '\r\u001b[K';
    expect(out.startsWith(CLEAR)).toBe(true);
    expect(out.slice(CLEAR.length)).toMatch(/^leakage: 5\.0 MB read, 1,000 rows \([\d,]+ rows\/s\)$/);
    progress.finish('pass');
    const final = out.slice(out.lastIndexOf(CLEAR) + CLEAR.length);
    expect(final).toMatch(/^leakage: pass: 1,000 rows, 5\.0 MB in [\d.]+ s \(\d+ MB\/s\)\n$/);
  });

  it('in CI (not a terminal): only the final line', async () => {
    const dir = workspace({
      'eval.jsonl': jsonl([{ id: 'q', text: 'hello there' }]),
      'train.jsonl': jsonl([{ id: 't', text: 'other' }]),
    });
    let stderr = '';
    const before = process.cwd();
    process.chdir(dir);
    try {
      const code = await main(['leakage', '--train', 'train.jsonl', '--eval', 'eval.jsonl'], {
        stdout: { write: () => true },
        stderr: { write: (s: string) => (stderr += s), isTTY: false },
      });
      expect(code).toBe(0);
    } finally {
      process.chdir(before);
    }
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).not.toContain('\r');
    expect(stderr).toMatch(/^leakage: pass, 1 eval items checked: 1 rows, 0\.0 MB in/);
  });
});
