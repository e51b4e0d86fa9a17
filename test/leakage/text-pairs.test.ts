import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flagged, scanTexts } from './scan-data.js';

interface Pair {
  kind: string;
  eval: string;
  train: string;
  expect: 'exact_content' | 'near_duplicate' | 'none';
}

const pairs: Pair[] = readFileSync(new URL('../../fixtures/leakage/pairs.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Pair);

describe('realistic text pairs (fixtures/leakage/pairs.jsonl)', () => {
  it('covers every expectation', () => {
    expect(new Set(pairs.map((p) => p.expect))).toEqual(new Set(['exact_content', 'near_duplicate', 'none']));
  });

  for (const pair of pairs) {
    it(`${pair.kind}: ${pair.expect}`, () => {
      const report = scanTexts([{ id: 'e', text: pair.eval }], [{ id: 't', text: pair.train }]);
      const found = (['exact_content', 'near_duplicate'] as const).filter(
        (k) => flagged(report, k).length > 0,
      );
      expect(found).toEqual(pair.expect === 'none' ? [] : [pair.expect]);
      if (pair.expect === 'near_duplicate') {
        expect(report.findings.near_duplicate.examples[0]!.similarity).toBeGreaterThanOrEqual(0.8);
      }
    });
  }
});
