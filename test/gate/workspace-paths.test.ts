import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, hasStackTrace, type ProcessResult, runCli, runNode } from '../support/run-bundle.js';
import { CONFIG, makeRepo, pullRequestEvent, runnerEnv } from './action-harness.js';
import { baseResults, expectInputError, gateWorkspace, goodConfig } from './cli-harness.js';

// A value only the process environment holds: if it shows up anywhere, the environment was read out.
const SECRET = 'sprintlab-secret-7f3a9c';
const env = { SPRINTLAB_TEST_SECRET: SECRET };
const PASSWD_LINE = /root:x?:?0:0/;

let dir: string;
let remove: () => void;
beforeAll(() => {
  ({ dir, remove } = gateWorkspace('sprintlab-paths-'));
  writeFileSync(join(dir, 'baseline/cand.json'), JSON.stringify(baseResults()));
});
afterAll(() => remove());

/** The CLI gate with the demo results, a config, and extra flags (which win over the defaults). */
function gate(config: string, flags: Record<string, string> = {}): Promise<ProcessResult> {
  writeFileSync(join(dir, 'cfg.yml'), config);
  const args = {
    '--candidate': 'baseline/cand.json',
    '--baseline': 'baseline/results.json',
    '--config': 'cfg.yml',
    ...flags,
  };
  return runCli(['gate', ...Object.entries(args).flat()], { cwd: dir, env });
}

const withGolden = (ids: string) => `${goodConfig}  golden: { ids: ${JSON.stringify(ids)} }\n`;

/** Refused with exit 2, naming the key, and nothing of the file's content anywhere. */
function expectRefused(r: ProcessResult, key: string, problem: RegExp): void {
  expectInputError(r, new RegExp(`field "${key.replace(/[.[\]]/g, '\\$&')}"`), problem);
  expect(r.stderr).not.toContain(SECRET);
  expect(r.stderr).not.toMatch(PASSWD_LINE);
}

describe('every path a config, a results file or a flag names stays in the workspace', () => {
  it('gate.golden.ids: /proc/self/environ is refused, the environment is never read out', async () => {
    expectRefused(
      await gate(withGolden('/proc/self/environ')),
      'gate.golden.ids',
      /"\/proc\/self\/environ" is an absolute path/,
    );
  });

  it('gate.golden.ids: /etc/passwd is refused', async () => {
    expectRefused(await gate(withGolden('/etc/passwd')), 'gate.golden.ids', /is an absolute path/);
  });

  it('gate.golden.ids: ../../.. is refused as outside the repository', async () => {
    expectRefused(
      await gate(withGolden('../../..')),
      'gate.golden.ids',
      /"\.\.\/\.\.\/\.\." is outside the repository/,
    );
  });

  it('a symlink inside the workspace whose target is outside is refused, for golden ids and for examples', async () => {
    symlinkSync('/etc/passwd', join(dir, 'golden-link.txt'));
    expectRefused(
      await gate(withGolden('golden-link.txt')),
      'gate.golden.ids',
      /is a symbolic link that leads outside the repository/,
    );

    symlinkSync('/etc/passwd', join(dir, 'baseline/runs/out.jsonl'));
    const results = baseResults();
    results.runs[0]!.examples = 'runs/out.jsonl';
    writeFileSync(join(dir, 'baseline/linked.json'), JSON.stringify(results));
    expectRefused(
      await gate(goodConfig, { '--candidate': 'baseline/linked.json' }),
      'baseline/linked.json runs[0].examples',
      /"runs\/out\.jsonl" is a symbolic link that leads outside the repository/,
    );
  });

  it('an examples path that climbs out of the workspace is refused', async () => {
    const results = baseResults();
    results.runs[1]!.examples = '../../../../etc/passwd';
    writeFileSync(join(dir, 'baseline/climb.json'), JSON.stringify(results));
    expectRefused(
      await gate(goodConfig, { '--candidate': 'baseline/climb.json' }),
      'baseline/climb.json runs[1].examples',
      /is outside the repository/,
    );
  });

  it('a FIFO as --candidate is refused without being opened (no hang)', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    expectRefused(
      await gate(goodConfig, { '--candidate': 'pipe.json' }),
      '--candidate',
      /is a device, FIFO or socket, not a regular file/,
    );
  });

  it('/dev/urandom as --candidate is refused before a byte is read', async () => {
    expectRefused(
      await gate(goodConfig, { '--candidate': '/dev/urandom' }),
      '--candidate',
      /"\/dev\/urandom" is outside the repository/,
    );
  });

  it('a directory as --baseline is refused', async () => {
    expectRefused(
      await gate(goodConfig, { '--baseline': 'baseline' }),
      '--baseline',
      /"baseline" is a directory, not a file/,
    );
  });

  it('a results file over 256 MB is refused by its size, at open time', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 256 * 1024 * 1024 + 1); // sparse: no disk used, nothing read
    expectRefused(
      await gate(goodConfig, { '--candidate': 'big.json' }),
      '--candidate',
      /"big\.json" is 256 MB, over the 256 MB a gate input may be/,
    );
  });
});

describe('no error quotes a file that is not in the expected format', () => {
  it('a golden ids file that is not an id list is refused by line number, unquoted', async () => {
    writeFileSync(join(dir, 'env-copy.txt'), `PATH=/usr/bin\u0000TOKEN=${SECRET}\u0000`);
    expectRefused(await gate(withGolden('env-copy.txt')), 'gate.golden.ids', /line 1 is not an eval item id/);
  });

  it('a results file that is not JSON is named without echoing its bytes', async () => {
    writeFileSync(join(dir, 'not-json.json'), `root:x:0:0:${SECRET}\n`);
    const r = await gate(goodConfig, { '--candidate': 'not-json.json' });
    expectInputError(r, /not-json\.json:1:1: the results file is not valid JSON: unexpected character/);
    expect(r.stderr).not.toContain(SECRET);
    expect(r.stderr).not.toContain('root:');
  });

  it('an examples file that is not JSONL is named by line without echoing it', async () => {
    writeFileSync(
      join(dir, 'baseline/runs/bad.jsonl'),
      `{"id": "a", "correct": true}\nroot:x:0:0:${SECRET}\n`,
    );
    const results = baseResults();
    results.runs[0]!.examples = 'runs/bad.jsonl';
    writeFileSync(join(dir, 'baseline/bad-rows.json'), JSON.stringify(results));
    const r = await gate(goodConfig, { '--candidate': 'baseline/bad-rows.json' });
    expectInputError(r, /runs\/bad\.jsonl:2: the row is not valid JSON/);
    expect(r.stderr).not.toContain(SECRET);
  });
});

describe('the gate Action with a config path pointing at the runner', () => {
  let gh: StandIn;
  let repoDir: string;
  beforeAll(async () => {
    gh = await startGitHubStandIn();
  });
  afterAll(async () => {
    await gh.close();
    rmSync(repoDir, { recursive: true, force: true });
  });
  beforeEach(() => gh.resetRecords());
  afterEach(() => gh.assertNoViolations());

  it('gate.golden.ids: /proc/self/environ at the base: exit 2, the key named, nothing posted, no secret in log or summary', async () => {
    const config = CONFIG.replace('golden: { ids: evals/golden.txt }', 'golden: { ids: /proc/self/environ }');
    const repo = makeRepo('demo', { config });
    repoDir = repo.dir;
    mkdirSync(join(repo.dir, '.runner'), { recursive: true });
    const pr = gh.state.addPull({
      head: { ref: 'feature', sha: repo.headSha },
      base: { ref: 'main', sha: repo.baseSha },
    });
    const { env: runner, temp } = runnerEnv(
      repo.dir,
      gh.url,
      pullRequestEvent(repo.dir, pr.number, repo.baseSha, repo.headSha),
      {},
    );
    const r = await runNode(ACTION, [], { cwd: repo.dir, env: { ...runner, ...env } });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toMatch(
      /::error::field "gate\.golden\.ids": "\/proc\/self\/environ" is an absolute path/,
    );
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    const everything = r.stdout + r.stderr + readFileSync(join(temp, 'summary'), 'utf8');
    expect(everything).not.toContain(SECRET);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toHaveLength(0);
  });
});

describe('the leakage check, from the gate or as its own Action command', () => {
  it('a leakage path outside the workspace is refused before the scan opens it', async () => {
    writeFileSync(join(dir, 'train.jsonl'), '{"id": "t1", "text": "a"}\n');
    const config = `${goodConfig}leakage: { train: train.jsonl, eval: /proc/self/environ }\n`;
    expectRefused(await gate(config), 'leakage.eval', /"\/proc\/self\/environ" is an absolute path/);

    writeFileSync(join(dir, 'cfg.yml'), `leakage: { train: ../../etc/passwd, eval: train.jsonl }\n`);
    const temp = join(dir, '.runner');
    mkdirSync(temp, { recursive: true });
    const r = await runNode(ACTION, [], {
      cwd: dir,
      env: {
        ...env,
        INPUT_COMMAND: 'leakage',
        INPUT_CONFIG: 'cfg.yml',
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: join(temp, 'output'),
        GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      },
    });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toMatch(
      /::error::field "leakage\.train": "\.\.\/\.\.\/etc\/passwd" is outside the repository/,
    );
    expect(r.stdout).not.toMatch(PASSWD_LINE);
  });
});
