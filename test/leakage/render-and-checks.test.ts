import { describe, expect, it } from 'vitest';
import { leakageChecks } from '../../src/core/leakage/gate-checks.js';
import { renderLeakageJson, renderLeakageMarkdown } from '../../src/core/render/leakage.js';
import { flagged, scanTexts, settings } from './scan-data.js';

const evalItems = [
  { id: 'q|1 `x` <b>@octocat</b>', text: 'What is the capital of France?' },
  { id: 'q-2', text: 'How many legs does a spider have?' },
  { id: 'q-3', text: 'Explain the difference between precision and recall in two sentences.' },
  { id: 'q-4', text: 'Name a prime number larger than one hundred.' },
];
const train = [
  { id: '@org/team | <script>', text: 'WHAT IS THE CAPITAL OF FRANCE?' },
  { id: 'q-2', text: 'Something else entirely.' },
  { id: 't-3', text: 'Explain the difference between precision and recall in three sentences.' },
];

describe('leakage report rendering', () => {
  const report = scanTexts(evalItems, train);

  it('JSON follows sprintlab.leakage-report/v1 (DESIGN 3.4)', () => {
    const json = JSON.parse(renderLeakageJson(report));
    expect(Object.keys(json)).toEqual([
      'format',
      'verdict',
      'eval_items',
      'train_items',
      'skipped_lines',
      'max_ratio',
      'max_skipped_share',
      'findings',
    ]);
    expect(json).toMatchObject({
      format: 'sprintlab.leakage-report/v1',
      verdict: 'fail',
      eval_items: 4,
      train_items: 3,
      skipped_lines: 0,
      max_ratio: 0,
      max_skipped_share: 0.01,
    });
    expect(json.findings.exact_id).toEqual({
      count: 1,
      ratio: 0.25,
      examples: [{ eval_id: 'q-2', train_id: 'q-2', train_file: 'train.jsonl', train_line: 2 }],
    });
    expect(json.findings.exact_content.count).toBe(1);
    expect(json.findings.near_duplicate).toMatchObject({ count: 1, ratio: 0.25, threshold: 0.8 });
    const near = json.findings.near_duplicate.examples[0];
    expect(Object.keys(near)).toEqual(['eval_id', 'train_id', 'train_file', 'train_line', 'similarity']);
    expect(near.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('Markdown escapes user text in table cells: pipes, backticks, HTML and mentions', () => {
    const md = renderLeakageMarkdown(report);
    expect(md).toContain('## ❌ Leakage check: fail');
    expect(md).toContain('| Same id | 1 | 25% | ❌ fail |');
    const row = md.split('\n').find((l) => l.includes('octocat'))!;
    expect(row).toBeDefined();
    // Four cells only: the pipe inside the ids did not open a new column.
    expect(row.replace(/\\\|/g, '').split('|').length).toBe(5);
    expect(row).not.toContain('<b>');
    expect(row).not.toContain('<script>');
    expect(row).not.toMatch(/@octocat|@org\/team/);
    expect(row).toContain('\\`x\\`');
    expect(md).toContain('Remove the listed rows from the training data');
  });

  it('a clean check passes and says what was compared', () => {
    const clean = scanTexts(evalItems, [{ id: 'x', text: 'nothing in common here at all' }]);
    expect(clean.verdict).toBe('pass');
    expect(renderLeakageMarkdown(clean)).toContain('4 eval items checked against 1 training rows');
    expect(flagged(clean, 'exact_content')).toEqual([]);
  });
});

describe('gate checks from a leakage report', () => {
  it('skipped rows add a blocking check that fails above leakage.max_skipped_share', () => {
    const clean = [{ id: 'x', text: 'unrelated' }];
    const withSkipped = (skipped: number, max?: number) => {
      const report = scanTexts(
        evalItems,
        clean,
        settings({ near_duplicate: undefined, ...(max === undefined ? {} : { max_skipped_share: max }) }),
      );
      return { ...report, skipped_lines: skipped };
    };
    expect(leakageChecks(withSkipped(0)).map((c) => c.id)).not.toContain('leakage:skipped');
    const over = leakageChecks(withSkipped(1)).find((c) => c.id === 'leakage:skipped');
    expect(over).toMatchObject({ status: 'fail', blocking: true, count: 1, ratio: 0.5, max_ratio: 0.01 });
    expect(over?.message).toBe(
      '1 of 2 training rows (50%) were unreadable and skipped (--skip-bad-lines), more than the allowed 1% (leakage.max_skipped_share): the check cannot vouch for rows it did not read. Fix the rows named without --skip-bad-lines, or raise leakage.max_skipped_share.',
    );
    expect(leakageChecks(withSkipped(1, 0.6)).find((c) => c.id === 'leakage:skipped')?.status).toBe('pass');
  });

  it('one blocking check per kind; fails above max_ratio, warns below it, passes at zero', () => {
    const failing = leakageChecks(scanTexts(evalItems, train));
    expect(failing.map((c) => [c.id, c.kind, c.status, c.blocking])).toEqual([
      ['leakage:exact_id', 'leakage', 'fail', true],
      ['leakage:exact_content', 'leakage', 'fail', true],
      ['leakage:near_duplicate', 'leakage', 'fail', true],
    ]);
    expect(failing[0]!.message).toBe(
      '1 of 4 eval items (25%) share an id with a training row (allowed: 0%). First: eval item "q-2" at train.jsonl:2. ' +
        'Remove them from the training data (or the eval set) and re-run the check.',
    );
    const tolerated = leakageChecks(scanTexts(evalItems, train, settings({ max_ratio: 0.3 })));
    expect(tolerated.map((c) => c.status)).toEqual(['warn', 'warn', 'warn']);
    const clean = leakageChecks(
      scanTexts(evalItems, [{ id: 'x', text: 'unrelated' }], settings({ near_duplicate: undefined })),
    );
    expect(clean.map((c) => [c.id, c.status])).toEqual([
      ['leakage:exact_id', 'pass'],
      ['leakage:exact_content', 'pass'],
    ]);
    expect(clean[0]!.message).toBe(
      'No eval item shares an id with a training row (4 eval items against 1 training rows).',
    );
  });
});
