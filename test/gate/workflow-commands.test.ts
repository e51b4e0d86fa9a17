import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandSafe } from '../../src/core/render/workflow-commands.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, runCli, runNode } from '../support/run-bundle.js';
import { readOutputs } from '../support/runner.js';
import { makeRepo, pullRequestEvent, runnerEnv } from './action-harness.js';
import { baseResults, gateWorkspace, goodConfig } from './cli-harness.js';

/**
 * The commands the Actions runner would act on in a step's log, as the runner reads it: a line starting
 * "::" (or the older "##[") after leading blanks is a command, except between `::stop-commands::TOKEN`
 * and `::TOKEN::`, where nothing is.
 */
function runnerCommands(log: string): { name: string; line: string }[] {
  const commands: { name: string; line: string }[] = [];
  let stopToken: string | undefined;
  for (const raw of log.split(/\r?\n|\r/)) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const command = /^::([^\s:]+)|^##\[([^\]\s]+)/.exec(line);
    if (!command) continue;
    const name = (command[1] ?? command[2])!;
    commands.push({ name, line });
    if (name === 'stop-commands') stopToken = line.slice('::stop-commands::'.length);
  }
  return commands;
}

const INJECTED = {
  metric: 'acc\n::add-mask::x',
  slice: 'lang\n::stop-commands::y',
  model: 'm\n::error::z',
  dataset: '::set-output name=verdict::pass',
  version: 'v\n##[set-env name=NODE_OPTIONS;]--require=/tmp/x',
};

let gh: StandIn;
let dir: string;
beforeAll(async () => {
  gh = await startGitHubStandIn();
});
afterAll(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('untrusted names cannot become workflow commands', () => {
  it('the checker sees commands outside a stop-commands block and none inside', () => {
    const fenced = commandSafe('::add-mask::a\n::error::b', () => 'T0K3N');
    expect(runnerCommands(`::warning::w\n${fenced}\n  ::add-mask::after`).map((c) => c.name)).toEqual([
      'warning',
      'stop-commands',
      'add-mask',
    ]);
  });

  it('metric, slice, model and dataset names holding commands reach the log only inside a one-time stop-commands block', async () => {
    const inject = (candidate: boolean) => (d: string) => {
      const file = join(d, 'evals/results.json');
      const results = JSON.parse(readFileSync(file, 'utf8'));
      results.model = INJECTED.model;
      // Only the candidate's dataset differs: the report names both to say they are not comparable.
      if (candidate) results.dataset = { name: INJECTED.dataset, version: INJECTED.version };
      for (const run of results.runs) {
        run.metrics[INJECTED.metric] = 1;
        run.slices[INJECTED.slice] = { n: 100, metrics: { accuracy: 0.9 } };
      }
      writeFileSync(file, JSON.stringify(results));
    };
    const repo = makeRepo('regression', { onBase: inject(false), onBranch: inject(true) });
    dir = repo.dir;
    const pr = gh.state.addPull({
      head: { ref: 'feature', sha: repo.headSha },
      base: { ref: 'main', sha: repo.baseSha },
    });
    const { env, temp } = runnerEnv(
      dir,
      gh.url,
      pullRequestEvent(dir, pr.number, repo.baseSha, repo.headSha),
      {},
    );
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(1);

    // The names were printed (the report shows them), yet the runner acts on no command they hold.
    for (const text of [
      '::add-mask::x',
      '::stop-commands::y',
      '::error::z',
      '::set-output name=verdict::pass',
    ])
      expect(r.stdout).toContain(text);
    for (const log of [r.stdout, r.stderr]) {
      const commands = runnerCommands(log);
      const names = commands.map((c) => c.name);
      expect(names.filter((n) => !['stop-commands', 'error', 'notice', 'warning'].includes(n))).toEqual([]);
      // The only error annotation is the gate's own, with the untrusted names kept on its one line.
      for (const c of commands.filter((c) => c.name === 'error'))
        expect(c.line).toMatch(/^::error::Sprintlab gate failed: /);
      // Each stop-commands token is fresh, and appears only where it opens and closes its block.
      for (const c of commands.filter((c) => c.name === 'stop-commands')) {
        const token = c.line.slice('::stop-commands::'.length);
        expect(token).toMatch(/^[0-9a-f]{32}$/);
        expect(log.split(token).length - 1).toBe(2);
        expect(readFileSync(join(temp, 'summary'), 'utf8')).not.toContain(token);
        expect(readFileSync(env.GITHUB_OUTPUT!, 'utf8')).not.toContain(token);
      }
    }
    expect(runnerCommands(r.stdout).filter((c) => c.name === 'stop-commands')).toHaveLength(1);
    expect(readOutputs(env.GITHUB_OUTPUT!).verdict).toBe('fail');
  });

  it('the CLI run as a workflow step fences its Markdown report too; on a terminal it prints it plain', async () => {
    const { dir: work, remove } = gateWorkspace('sprintlab-cli-commands-');
    try {
      const results = baseResults();
      for (const run of results.runs) run.metrics![INJECTED.metric] = 1;
      writeFileSync(join(work, 'baseline/cand.json'), JSON.stringify(results));
      writeFileSync(join(work, 'cfg.yml'), goodConfig);
      const args = [
        'gate',
        '--candidate',
        'baseline/cand.json',
        '--baseline',
        'baseline/results.json',
        '--config',
        'cfg.yml',
      ];
      const step = await runCli(args, { cwd: work, env: { GITHUB_ACTIONS: 'true' } });
      expect(step.code, step.stderr).toBe(0);
      expect(step.stdout).toContain('::add-mask::x');
      expect(runnerCommands(step.stdout).map((c) => c.name)).toEqual(['stop-commands']);
      const terminal = await runCli(args, { cwd: work });
      expect(terminal.stdout).toMatch(/^## /);
      expect(terminal.stdout).not.toContain('::stop-commands::');
    } finally {
      remove();
    }
  });
});
