import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/io/data/leakage-parallel.js';
import { forEachLine } from '../../src/io/data/lines.js';
import { workspace } from './cli-run.js';
import { rng } from './scan-data.js';

/** Lines of random lengths around the 4 MB read size, one longer than two reads, CRLF and LF mixed. */
function content(): { text: string; lines: string[] } {
  const random = rng(3);
  const lines: string[] = [];
  let total = 0;
  while (total < 11e6) {
    const len = lines.length === 7 ? 9_000_000 : Math.floor(random() * 20_000);
    const line = String.fromCharCode(97 + (lines.length % 26)).repeat(len);
    lines.push(line);
    total += len + 1;
  }
  const text = lines.map((l, i) => (i % 3 === 0 ? `${l}\r\n` : `${l}\n`)).join('');
  return { text: `\ufeff${text.slice(0, -1)}`, lines };
}

async function collect(path: string, range?: { start: number; end: number }) {
  const seen: string[] = [];
  const count = await forEachLine(
    path,
    (buf, start, end) => seen.push(buf.toString('latin1', start, end)),
    undefined,
    range,
  );
  return { seen, count };
}

describe('streaming lines', () => {
  const { text, lines } = content();
  const dir = workspace({});
  const path = join(dir, 'big.txt');
  writeFileSync(path, text);

  it('gives every line across read boundaries, with CRLF, a BOM and no final newline', async () => {
    const { seen, count } = await collect(path);
    expect(count).toBe(lines.length);
    expect(seen.length).toBe(lines.length);
    expect(seen.every((l, i) => l === lines[i])).toBe(true);
  });

  it('line-aligned ranges give the same lines, in order, whatever the number of parts', async () => {
    for (const parts of [2, 3, 8]) {
      const ranges = await splitLines(path, parts);
      const seen: string[] = [];
      for (const range of ranges) seen.push(...(await collect(path, range)).seen);
      // The BOM is only skipped at the start of the file.
      expect(seen.length).toBe(lines.length);
      expect(seen.every((l, i) => l === lines[i])).toBe(true);
    }
  });
});
