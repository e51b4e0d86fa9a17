import { randomBytes } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../../config/load.js';
import { ExitCode, InputError } from '../../core/errors.js';
import { renderGateJson, renderGateMarkdown } from '../../core/render/gate.js';
import { commandSafe } from '../../core/render/workflow-commands.js';
import {
  type BaselineSource,
  baselineAtMergeBase,
  mergeBaseOfRef,
  type NamedPath,
} from '../../flows/gate/baseline.js';
import { gateConfig } from '../../flows/gate/config.js';
import { runGate } from '../../flows/gate/run-gate.js';
import { repositoryRoot, showFile } from '../../io/files/git.js';
import { workspaceFile } from '../../io/files/workspace-path.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../io.js';

const HELP = `Usage: sprintlab gate [options]

Compares candidate eval results (sprintlab.eval/v1) with the baseline and prints the gate report.

Options:
  --candidate FILE     candidate results (default: gate.results from the config)
  --baseline FILE      baseline results file
  --baseline-ref REF   read the baseline from git at the merge base of REF and HEAD (e.g. origin/main)
  --config FILE        configuration (default: ${DEFAULT_CONFIG_PATH})
  --config-ref REF     gate with the config at the merge base of REF and HEAD, as a pull request is,
                       and list what this branch changes in it
  --format FORMAT      markdown (default) or json (sprintlab.gate-report/v1)
  -h, --help           show this help

Exit codes: 0 pass or warn, 1 fail, 2 usage or input error.
`;

/** The config where this branch started (what a pull request is gated with), and what the branch changes. */
async function configAtMergeBase(ref: string, configFile: string, root: string, cwd: string) {
  const { commit } = await mergeBaseOfRef(ref, cwd, '--config-ref');
  const base = { commit, read: (path: string) => showFile(commit, path, root) };
  return gateConfig(root, relative(root, resolve(cwd, configFile)), base, '--config');
}

export const gate: Command = async (argv, io) => {
  const { values } = parseCommandArgs('gate', argv, {
    candidate: { type: 'string' },
    baseline: { type: 'string' },
    'baseline-ref': { type: 'string' },
    config: { type: 'string' },
    'config-ref': { type: 'string' },
    format: { type: 'string', default: 'markdown' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return ExitCode.ok;
  }
  if (values.format !== 'markdown' && values.format !== 'json') {
    throw new InputError(`unknown --format "${values.format}"`, {
      fix: 'use --format markdown or --format json',
    });
  }
  const cwd = process.cwd();
  // Paths in the config (golden ids, leakage files) are relative to the repository root, as in the Action,
  // and no path, from a flag or from a file, may lead outside it.
  const root = resolve((await repositoryRoot(cwd)) ?? cwd);
  const configFile = values.config ?? DEFAULT_CONFIG_PATH;
  const { config, provenance } = values['config-ref']
    ? await configAtMergeBase(values['config-ref'], configFile, root, cwd)
    : {
        config: await loadConfigFile(
          await workspaceFile(root, configFile, { key: '--config', origin: 'argument', from: cwd }),
          configFile,
        ),
        provenance: undefined,
      };
  const candidate: NamedPath | undefined = values.candidate
    ? { path: values.candidate, key: '--candidate', origin: 'argument', from: cwd }
    : config.gate?.results
      ? { path: config.gate.results, key: 'gate.results', from: cwd }
      : undefined;
  if (!candidate) {
    throw new InputError('no candidate results given', {
      fix: 'pass --candidate FILE, or set gate.results in the config',
    });
  }
  let baseline: BaselineSource;
  if (values.baseline)
    baseline = { file: { path: values.baseline, key: '--baseline', origin: 'argument', from: cwd } };
  else if (values['baseline-ref'])
    baseline = await baselineAtMergeBase(values['baseline-ref'], candidate.path, cwd);
  else {
    throw new InputError('no baseline given', {
      fix: 'pass --baseline FILE, or --baseline-ref origin/main to compare with the results where your branch started',
    });
  }
  const { report } = await runGate({
    config,
    configFile,
    root,
    candidate,
    baseline,
    ...(provenance ? { provenance } : {}),
  });
  const markdown = renderGateMarkdown(report);
  io.stdout.write(
    values.format === 'json'
      ? renderGateJson(report)
      : // Run as a workflow step, the report's untrusted names must not read as workflow commands.
        process.env.GITHUB_ACTIONS === 'true'
        ? `${commandSafe(markdown, () => randomBytes(16).toString('hex'))}\n`
        : markdown,
  );
  return report.verdict === 'fail' ? ExitCode.fail : ExitCode.ok;
};
