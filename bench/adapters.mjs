// Adapter benchmark: reading a tool's output as sprintlab.eval/v1 runs, against the floor of reading
// the same file in bare Node (JSON.parse of the document, or line splitting and JSON.parse per line),
// measured in the same process. Cases: a 100,000-sample lm-eval samples_*.jsonl and a 10,000-test
// promptfoo --output JSON (2 repeats), generated under bench/data/adapters/.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;
const DATA = join(ROOT, 'bench/data/adapters');
const STAMP = '2026-01-01T00-00-00.000000';

function generate() {
  const lm = join(DATA, 'lm-eval');
  const pf = join(DATA, 'promptfoo.json');
  if (existsSync(join(DATA, 'done'))) return { lm, pf };
  mkdirSync(lm, { recursive: true });
  const SAMPLES = 100_000;
  const lines = [];
  for (let i = 0; i < SAMPLES; i++) {
    const acc = (i * 2654435761) % 7 < 5 ? 1.0 : 0.0;
    const doc = {
      id: `doc-${i}`,
      question: `Question ${i}: which option is right?`,
      choices: ['a', 'b', 'c', 'd'],
    };
    lines.push(
      JSON.stringify({
        doc_id: i,
        doc,
        target: i % 4,
        arguments: { gen_args_0: { arg_0: `Question ${i}:`, arg_1: ' a' } },
        resps: [[['-1.25', 'False']], [['-2.5', 'False']]],
        filtered_resps: [
          ['-1.25', 'False'],
          ['-2.5', 'False'],
        ],
        filter: 'none',
        metrics: ['acc', 'acc_norm'],
        doc_hash: 'a'.repeat(64),
        prompt_hash: 'b'.repeat(64),
        target_hash: 'c'.repeat(64),
        acc,
        acc_norm: 1.0 - acc,
      }),
    );
  }
  writeFileSync(join(lm, `samples_bench_${STAMP}.jsonl`), `${lines.join('\n')}\n`);
  writeFileSync(
    join(lm, `results_${STAMP}.json`),
    JSON.stringify({
      results: {
        bench: { alias: 'bench', 'acc,none': 0.71, 'acc_stderr,none': 0.001, 'acc_norm,none': 0.29 },
      },
      config: { model: 'hf', model_args: 'pretrained=bench', random_seed: 0 },
      versions: { bench: 1 },
      lm_eval_version: '0.4.9',
    }),
  );
  const TESTS = 10_000;
  const REPEATS = 2;
  const results = [];
  for (let t = 0; t < TESTS; t++) {
    for (let r = 0; r < REPEATS; r++) {
      const success = (t * 31 + r) % 5 !== 0;
      results.push({
        promptIdx: 0,
        testIdx: t * REPEATS + r,
        provider: { id: 'echo', label: '' },
        prompt: { raw: `Answer: question ${t}`, label: 'Answer: {{q}}' },
        vars: { q: `question ${t}` },
        response: { output: `Answer: question ${t}` },
        success,
        score: success ? 1 : 0,
        latencyMs: 3 + (t % 7),
        gradingResult: {
          pass: success,
          score: success ? 1 : 0,
          reason: success ? 'All assertions passed' : 'Expected output to contain "x"',
        },
      });
    }
  }
  writeFileSync(
    pf,
    JSON.stringify({
      evalId: 'eval-bench',
      results: { version: 3, timestamp: '2026-01-01T00:00:00.000Z', prompts: [], results, stats: {} },
      config: { tests: Array.from({ length: TESTS }, (_, t) => ({ vars: { q: `question ${t}` } })) },
      metadata: { promptfooVersion: '0.123.1' },
      runtimeOptions: { repeat: REPEATS },
    }),
  );
  writeFileSync(join(DATA, 'done'), '');
  return { lm, pf };
}

/** The adapters, bundled from the TypeScript sources for this run. */
async function adapters() {
  const out = join(DATA, 'adapters.bundle.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/io/adapters/sources.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    packages: 'external',
    logLevel: 'error',
  });
  return import(out);
}

function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

async function time(fn, n = 5) {
  await fn();
  const runs = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await fn();
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(runs);
}

export async function benchAdapters() {
  mkdirSync(DATA, { recursive: true });
  const { lm, pf } = generate();
  const { readEvalSources } = await adapters();
  const samples = join(lm, `samples_bench_${STAMP}.jsonl`);
  const cases = [
    {
      name: 'lm-eval samples_*.jsonl, 100,000 samples',
      file: samples,
      adapter: () => readEvalSources({ paths: [lm] }),
      floor: () => {
        let n = 0;
        for (const line of readFileSync(samples, 'utf8').split('\n'))
          if (line) n += JSON.parse(line).doc_id >= 0;
        return n;
      },
    },
    {
      name: 'promptfoo --output JSON, 10,000 tests x 2 repeats',
      file: pf,
      adapter: () => readEvalSources({ paths: [pf] }),
      floor: () => JSON.parse(readFileSync(pf, 'utf8')).results.results.length,
    },
  ];
  const lines = [
    'Adapters (median of 5, in one process)',
    '',
    '| input | MB | adapter ms | bare Node ms | ratio |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const c of cases) {
    const adapterMs = await time(c.adapter);
    const floorMs = await time(c.floor);
    const mb = statSync(c.file).size / 1e6;
    lines.push(
      `| ${c.name} | ${mb.toFixed(0)} | ${adapterMs.toFixed(0)} | ${floorMs.toFixed(0)} | ${(adapterMs / floorMs).toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}
