import { describe, expect, it } from 'vitest';
import { openAiEvalsRun } from '../../src/io/adapters/openai-evals.js';
import { readEvalSources } from '../../src/io/adapters/sources.js';
import { fixture, inputErrorOf, jsonLines } from './support.js';

const RUN1 = fixture('openai-evals/baseline/run-1.jsonl');
const RUN2 = fixture('openai-evals/baseline/run-2.jsonl');

describe('OpenAI evals record JSONL', () => {
  it('reads the final report as the run metrics and match events as items, numbering runs whose seeds repeat', async () => {
    const side = await readEvalSources({ paths: [RUN1, RUN2] });
    expect(side.provenance).toEqual({ tool: 'openai-evals', files: [RUN1, RUN2], runs: 2 });
    // Both records carry the default seed 20220722: the runs are numbered instead.
    expect(side.results.runs.map((r) => r.seed)).toEqual([1, 2]);
    expect(side.results.runs[0]!.metrics).toEqual({ accuracy: 0.6, boostrap_std: 0.2 });
    expect(side.results.model).toBe('gpt-4o-mini');
    expect(side.examples.get('1')).toContainEqual({ id: 'trivia.dev.1', correct: false, metric: 'accuracy' });
  });

  it('reads events written after the final report (the recorder flushes in batches)', () => {
    const lines = jsonLines(RUN2);
    const reportAt = lines.findIndex((l) => 'final_report' in (l as object));
    expect(reportAt).toBeLessThan(lines.length - 1);
    expect(openAiEvalsRun(lines, 'run-2.jsonl').rows).toHaveLength(5);
  });

  it('rejects a match event without a sample_id, a record without a final report, and a doubled match', async () => {
    const lines = jsonLines(RUN1) as Record<string, unknown>[];
    const noId = lines.map((l) =>
      l.type === 'match' && l.sample_id === 'trivia.dev.3' ? { ...l, sample_id: undefined } : l,
    );
    expect((await inputErrorOf(() => openAiEvalsRun(noId, 'run.jsonl'))).text).toMatch(
      /^run\.jsonl:10, field "sample_id": the sample has no "sample_id"/,
    );
    const unfinished = lines.filter((l) => !('final_report' in l));
    expect((await inputErrorOf(() => openAiEvalsRun(unfinished, 'run.jsonl'))).text).toContain(
      'the eval did not finish',
    );
    const doubled = [...lines, lines.find((l) => l.type === 'match')!];
    expect((await inputErrorOf(() => openAiEvalsRun(doubled, 'run.jsonl'))).text).toContain(
      'has two match events',
    );
  });
});
