import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/io/adapters/detect.js';
import { readEvalSources } from '../../src/io/adapters/sources.js';
import { fixture, inputErrorOf, scratch, write } from './support.js';

describe('format detection from the content', () => {
  it.each([
    ['lm-eval/baseline/seed-1/EleutherAI__pythia-160m/results_2026-11-30T10-15-02.118304.json', 'lm-eval'],
    ['promptfoo/baseline/results.json', 'promptfoo'],
    ['inspect/baseline/2026-11-30T10-00-00+00-00_support-qa_baseline.json', 'inspect'],
    ['openai-evals/baseline/run-1.jsonl', 'openai-evals'],
    ['table/long-baseline.csv', 'table'],
    ['table/wide-baseline.jsonl', 'table'],
  ])('detects %s as %s', async (path, format) => {
    expect((await detect(fixture(path))).format).toBe(format);
  });

  it('detects by content, not by name: a promptfoo output renamed to results.jsonl is still promptfoo', async () => {
    const dir = scratch();
    const renamed = write(
      dir,
      'results.jsonl',
      readFileSync(fixture('promptfoo/baseline/results.json'), 'utf8'),
    );
    expect((await detect(renamed)).format).toBe('promptfoo');
  });

  it('names an Inspect .eval log (a zip) and a gzip file as such, with the conversion to make', async () => {
    const dir = scratch();
    const zip = write(dir, 'log.eval', 'PK\u0003\u0004rest-of-archive');
    expect((await inputErrorOf(() => readEvalSources({ paths: [zip] }))).text).toContain(
      'inspect log convert --to json',
    );
    const gz = join(dir, 'samples.jsonl.gz');
    writeFileSync(gz, gzipSync('{"doc_id": 0}\n'));
    expect((await inputErrorOf(() => readEvalSources({ paths: [gz] }))).text).toContain(
      'a gzip-compressed file',
    );
  });

  it('detects a sprintlab.eval/v1 file and reads it as the gate does', async () => {
    const side = await readEvalSources({ paths: ['fixtures/demo/baseline/results.json'] });
    expect(side.provenance.tool).toBe('sprintlab');
    expect(side.results.runs.length).toBeGreaterThan(1);
  });

  it('refuses a file of another tool when a format is named', async () => {
    const { text } = await inputErrorOf(() =>
      readEvalSources({ from: 'inspect', paths: [fixture('promptfoo/baseline/results.json')] }),
    );
    expect(text).toContain('field "from": this is a promptfoo output, not inspect');
  });

  it('refuses a JSON document of no known tool, without quoting it', async () => {
    const dir = scratch();
    const path = write(dir, 'mystery.json', '{\n  "secret-marker-4711": {"value": 1}\n}\n');
    const { text } = await inputErrorOf(() => readEvalSources({ paths: [path] }));
    expect(text).toContain('a JSON document of no known eval tool');
    expect(text).not.toContain('secret-marker-4711');
  });

  it('names the line of a JSONL line that is not JSON, without quoting it', async () => {
    const dir = scratch();
    const good = '{"spec": {"completion_fns": ["m"], "run_config": {}}}';
    const path = write(
      dir,
      'run.jsonl',
      `${good}\n{"final_report": {"accuracy": 1}}\n{"secret-marker-4711": tru}\n`,
    );
    const { text } = await inputErrorOf(() => readEvalSources({ paths: [path] }));
    expect(text).toMatch(/run\.jsonl:3: the line is not valid JSON/);
    expect(text).not.toContain('secret-marker-4711');
  });

  it('reads a directory of runs: lm-eval output directories, or the log files of another tool', async () => {
    const lm = await readEvalSources({ paths: [fixture('lm-eval/candidate')] });
    expect(lm.provenance).toMatchObject({ tool: 'lm-eval', runs: 2 });
    const evals = await readEvalSources({ paths: [fixture('openai-evals/candidate')] });
    expect(evals.provenance).toMatchObject({ tool: 'openai-evals', runs: 2 });
  });
});
