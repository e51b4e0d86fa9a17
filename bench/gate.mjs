// Gate benchmark: the whole `sprintlab gate` process, as a user runs it, against a bare Node start
// measured in the same run. Cases: the demo data, and a large case (10 metrics x 50 slices x 10 seeds,
// 100k per-item rows per seed and side) generated under bench/data/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DATA = join(ROOT, 'bench/data/gate-large');
const CLI = join(ROOT, 'bin/sprintlab.js');
const hasTime = existsSync('/usr/bin/time');

/** Wall time (ms) and peak RSS (MB, when /usr/bin/time is there) of one child process. */
function measure(args) {
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-f', '%M', process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = hasTime ? Number(r.stderr.trim().split('\n').at(-1)) / 1024 : Number.NaN;
  return { ms, rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function repeat(args, n) {
  const runs = Array.from({ length: n }, () => measure(args));
  return { ms: median(runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.rss)) };
}

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateLarge() {
  if (existsSync(join(DATA, 'done'))) return;
  const METRICS = 10;
  const SLICES = 50;
  const SEEDS = 10;
  const ROWS = 100_000;
  const rand = prng(42);
  for (const side of ['baseline', 'candidate']) {
    const dir = join(DATA, side);
    mkdirSync(join(dir, 'runs'), { recursive: true });
    const runs = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const rows = [];
      for (let i = 0; i < ROWS; i++) {
        rows.push(
          `{"id":"q-${i}","correct":${rand() < (side === 'candidate' ? 0.905 : 0.9)},"slice":"s${i % SLICES}"}`,
        );
      }
      writeFileSync(join(dir, 'runs', `seed${seed}.jsonl`), `${rows.join('\n')}\n`);
      const metrics = {};
      for (let m = 0; m < METRICS; m++) metrics[`metric_${m}`] = 0.8 + rand() * 0.01;
      const slices = {};
      for (let s = 0; s < SLICES; s++) {
        const sm = {};
        for (let m = 0; m < METRICS; m++) sm[`metric_${m}`] = 0.8 + rand() * 0.02;
        slices[`s${s}`] = { n: ROWS / SLICES, metrics: sm };
      }
      runs.push({ seed, metrics, slices, examples: `runs/seed${seed}.jsonl` });
    }
    writeFileSync(
      join(dir, 'results.json'),
      JSON.stringify({ format: 'sprintlab.eval/v1', model: side, runs }),
    );
  }
  const metrics = Array.from(
    { length: 10 },
    (_, m) => `    metric_${m}: { goal: maximize, max_regression: 0.005 }`,
  ).join('\n');
  writeFileSync(join(DATA, 'golden.txt'), Array.from({ length: 1000 }, (_, i) => `q-${i * 97}`).join('\n'));
  writeFileSync(
    join(DATA, 'sprintlab.yml'),
    `gate:\n  metrics:\n${metrics}\n  consistency: { max_std: 0.05 }\n  slices: { min_size: 30 }\n  golden: { ids: bench/data/gate-large/golden.txt, max_flips: 1000 }\n`,
  );
  writeFileSync(join(DATA, 'done'), '');
}

export function benchGate() {
  const demo = [
    'gate',
    '--candidate',
    'fixtures/demo/candidate/results.json',
    '--baseline',
    'fixtures/demo/baseline/results.json',
    '--config',
    'fixtures/demo/sprintlab.yml',
  ];
  const large = [
    'gate',
    '--candidate',
    `${DATA}/candidate/results.json`,
    '--baseline',
    `${DATA}/baseline/results.json`,
    '--config',
    `${DATA}/sprintlab.yml`,
  ];
  generateLarge();
  // Warm the file cache, then measure.
  measure([CLI, ...demo]);
  measure([CLI, ...large]);
  const floor = repeat(['-e', '0'], 15);
  const demoRun = repeat([CLI, ...demo], 15);
  const largeRun = repeat([CLI, ...large], 3);
  const row = (name, r, target) =>
    `| ${name} | ${r.ms.toFixed(0)} ms | ${(r.ms / floor.ms).toFixed(2)}x | ${Number.isNaN(r.rss) ? '–' : `${r.rss.toFixed(0)} MB`} | ${target} |`;
  return [
    `Gate (node ${process.version}, ${new Date().toISOString().slice(0, 10)}; medians of 15 runs, 3 for the large case)`,
    '',
    '| case | wall time | vs `node -e 0` | peak RSS | target |',
    '|---|---|---|---|---|',
    row('`node -e 0` (floor)', floor, '–'),
    row('`sprintlab gate`, demo data (5 seeds, 3 metrics, 500 items)', demoRun, 'under 3x the floor'),
    row(
      '`sprintlab gate`, large (10 metrics x 50 slices x 10 seeds, 100k rows per seed)',
      largeRun,
      'under 5 s',
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchGate());
