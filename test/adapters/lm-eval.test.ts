import { describe, expect, it } from 'vitest';
import { lmEvalRun, lmEvalSampleRows, lmEvalSummary } from '../../src/io/adapters/lm-eval.js';
import { readEvalSources } from '../../src/io/adapters/sources.js';
import { fixture, inputErrorOf, jsonLines, readJson } from './support.js';

const RUN = fixture('lm-eval/baseline/seed-1/EleutherAI__pythia-160m');
const STAMP = '2026-11-30T10-15-02.118304';

describe('lm-evaluation-harness output', () => {
  it('names metrics <task>/<metric>, drops the filter "none", keeps other filters, and skips stderrs, alias and sample_len', () => {
    const summary = lmEvalSummary(readJson(`${RUN}/results_${STAMP}.json`), 'results.json');
    expect(Object.keys(summary.metrics).sort()).toEqual([
      'arc_easy/acc',
      'arc_easy/acc_norm',
      'gsm8k/exact_match,flexible-extract',
      'gsm8k/exact_match,strict-match',
    ]);
    expect(summary).toMatchObject({ model: 'EleutherAI/pythia-160m', seed: 1, version: '0.4.9' });
  });

  it('reads each run directory as one seed, with per-document rows that carry their metric and task', async () => {
    const side = await readEvalSources({
      paths: [fixture('lm-eval/baseline/seed-1'), fixture('lm-eval/baseline/seed-2')],
    });
    expect(side.results.runs.map((r) => r.seed)).toEqual([1, 2]);
    expect(side.provenance).toMatchObject({ tool: 'lm-eval', version: '0.4.9', runs: 2 });
    expect(side.provenance.files).toHaveLength(6);
    const rows = side.examples.get('1')!;
    // 6 arc documents x (acc, acc_norm) + 6 gsm8k documents x one line per filter.
    expect(rows).toHaveLength(24);
    expect(rows.find((r) => r.id === 'gsm8k/2' && r.metric === 'gsm8k/exact_match,strict-match')).toEqual({
      id: 'gsm8k/2',
      correct: false,
      slice: 'gsm8k',
      metric: 'gsm8k/exact_match,strict-match',
    });
    // Each metric's rows average to the run's value for it: the rows measure that metric.
    for (const [metric, value] of Object.entries(side.results.runs[0]!.metrics)) {
      const of = rows.filter((r) => r.metric === metric);
      expect(of.filter((r) => r.correct).length / of.length).toBeCloseTo(value, 12);
    }
  });

  it('reads one sample line per filter: the same document under two filters is two rows, not a duplicate', () => {
    const lines = jsonLines(`${RUN}/samples_gsm8k_${STAMP}.jsonl`);
    const run = lmEvalRun({ file: 'r.json', data: readJson(`${RUN}/results_${STAMP}.json`) }, [
      { file: 's.jsonl', task: 'gsm8k', lines },
    ]);
    expect(run.rows.filter((r) => r.id === 'gsm8k/0').map((r) => r.metric)).toEqual([
      'gsm8k/exact_match,strict-match',
      'gsm8k/exact_match,flexible-extract',
    ]);
  });

  it('rejects a metric that is not a number, naming the file, the task and the fix', async () => {
    const data = { results: { arc_easy: { alias: 'arc_easy', 'acc,none': 'N/A' } }, config: {} };
    const { text } = await inputErrorOf(() => lmEvalSummary(data, 'out/results_x.json'));
    expect(text).toContain('out/results_x.json, field "results.arc_easy.acc,none"');
    expect(text).toContain('not a finite number');
    expect(text).toMatch(/Fix: /);
  });

  it('escapes a task name with a line break in its message, so it cannot start a workflow command', async () => {
    const data = { results: { 'evil\n::error::owned': { 'acc,none': 'high' } } };
    const { text } = await inputErrorOf(() => lmEvalSummary(data, 'results.json'));
    expect(text.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    expect(text).toContain('evil\\u000a::error::owned');
  });

  it('rejects a sample without a doc_id, naming the line', async () => {
    const { text } = await inputErrorOf(() =>
      lmEvalSampleRows({ filter: 'none', metrics: ['acc'], acc: 1 }, 'arc_easy', 'samples.jsonl', 7),
    );
    expect(text).toMatch(/^samples\.jsonl:7, field "doc_id": the sample has no "doc_id"/);
  });

  it('rejects a document logged twice for one metric (two runs concatenated into one file)', async () => {
    const line = { doc_id: 3, filter: 'none', metrics: ['acc'], acc: 1 };
    const { text } = await inputErrorOf(() =>
      lmEvalRun({ file: 'r.json', data: { results: { arc_easy: { 'acc,none': 1 } } } }, [
        { file: 's.jsonl', task: 'arc_easy', lines: [line, line] },
      ]),
    );
    expect(text).toContain('document arc_easy/3 is logged twice for arc_easy/acc (lines 1 and 2)');
  });

  it('refuses a samples file given on its own: it holds no run-level results', async () => {
    const { text } = await inputErrorOf(() =>
      readEvalSources({ paths: [`${RUN}/samples_arc_easy_${STAMP}.jsonl`] }),
    );
    expect(text).toContain('lm-eval samples file');
    expect(text).toContain('results_*.json');
  });
});
