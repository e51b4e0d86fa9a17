import { describe, expect, it } from 'vitest';
import { inspectRuns } from '../../src/io/adapters/inspect.js';
import { readEvalSources } from '../../src/io/adapters/sources.js';
import { fixture, inputErrorOf, readJson } from './support.js';

const LOG = fixture('inspect/baseline/2026-11-30T10-00-00+00-00_support-qa_baseline.json');
type Log = Record<string, unknown> & { samples: Record<string, unknown>[] };
const log = () => readJson(LOG) as Log;

describe('Inspect JSON logs', () => {
  it('makes each epoch a run and each sample an item, with one metric per scorer', async () => {
    const side = await readEvalSources({ paths: [LOG] });
    expect(side.provenance).toEqual({ tool: 'inspect', version: '0.3.60', files: [LOG], runs: 3 });
    expect(side.results.model).toBe('openai/gpt-4o-mini');
    expect(side.results.runs.map((r) => r.seed)).toEqual([1, 2, 3]);
    expect(side.results.runs.map((r) => r.metrics)).toEqual([
      { 'match/accuracy': 0.5, 'includes/accuracy': 0.75 },
      { 'match/accuracy': 0.75, 'includes/accuracy': 0.75 },
      { 'match/accuracy': 0.25, 'includes/accuracy': 0.75 },
    ]);
    expect(side.examples.get('2')).toContainEqual({ id: 'q-ship', correct: false, metric: 'match/accuracy' });
  });

  it('takes per-epoch values from the samples, not from results.scores (reduced across epochs)', () => {
    const data = log() as Log & { results: { scores: { metrics: { accuracy: { value: number } } }[] } };
    data.results.scores[0]!.metrics.accuracy.value = 0.99;
    const { runs } = inspectRuns(data, 'log.json');
    expect(runs.map((r) => r.metrics['match/accuracy'])).toEqual([0.5, 0.75, 0.25]);
  });

  it('rejects a sample without an epoch, a sample without an id, and a grade it cannot read', async () => {
    const noEpoch = log();
    delete noEpoch.samples[4]!.epoch;
    expect((await inputErrorOf(() => inspectRuns(noEpoch, 'log.json'))).text).toMatch(
      /^log\.json, field "samples\[4\]\.epoch": the sample has no epoch/,
    );
    const noId = log();
    delete noId.samples[1]!.id;
    expect((await inputErrorOf(() => inspectRuns(noId, 'log.json'))).text).toContain('field "samples[1].id"');
    const badValue = log();
    (badValue.samples[0]!.scores as { match: { value: unknown } }).match.value = [1];
    expect((await inputErrorOf(() => inspectRuns(badValue, 'log.json'))).text).toContain(
      'field "samples[0].scores.match.value": the score value is a list',
    );
  });

  it('rejects a log of an eval that did not finish, and a log written without samples', async () => {
    const failed = { ...log(), status: 'error' };
    expect((await inputErrorOf(() => inspectRuns(failed, 'log.json'))).text).toContain(
      'the eval did not finish',
    );
    const bare = { ...log(), samples: [] };
    expect((await inputErrorOf(() => inspectRuns(bare, 'log.json'))).text).toContain('--no-log-samples');
  });
});
