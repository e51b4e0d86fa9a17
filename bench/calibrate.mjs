// `npm run calibrate`: simulates at least 2,000 gates per scenario (10,000 when nothing changed) through the real evaluation code
// (src/core/gate, bundled here with esbuild) and writes the table into the README's statistics
// section, between the calibration markers. Not run in CI: it takes a few minutes on two cores.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench/data/calibration.mjs');
const RUNS = Number(process.env.CALIBRATE_RUNS ?? 2000);
// Null scenarios get five times as many gates: their 95 % interval must fit under alpha + 0.01, and
// at 2,000 gates an exact 5 % test reaches 6 % by chance in about one scenario of fifty.
const NULL_RUNS = 5 * RUNS;

mkdirSync(join(ROOT, 'bench/data'), { recursive: true });
await build({
  entryPoints: [join(ROOT, 'bench/calibration/worker.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: OUT,
  logLevel: 'warning',
  // @stdlib pulls in `debug`, which requires Node built-ins at run time.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
const { SCENARIOS, renderTable } = await import(OUT);

const started = Date.now();
const workers = Math.max(1, Math.min(2, availableParallelism()));
const queue = SCENARIOS.map((scenario, index) => ({ scenario, index }));
const rows = new Array(SCENARIOS.length);
await Promise.all(
  Array.from({ length: workers }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const tally = await new Promise((resolve, reject) => {
        const runs = job.scenario.nullTrue ? NULL_RUNS : RUNS;
        const worker = new Worker(OUT, { workerData: { index: job.index, runs } });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      rows[job.index] = { scenario: job.scenario, tally };
      console.error(`${job.scenario.name}: ${tally.fails} fails, ${tally.warns} warns of ${tally.runs}`);
    }
  }),
);
const table = renderTable(rows);
console.log(table);
console.error(`${SCENARIOS.length} scenarios in ${((Date.now() - started) / 1000).toFixed(0)} s`);

const readmePath = join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const START = '<!-- calibration:start -->';
const END = '<!-- calibration:end -->';
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} markers`);
writeFileSync(readmePath, `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`);
