import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../../config/load.js';
import type { SprintlabConfig } from '../../config/types.js';
import { ExitCode, InputError } from '../../core/errors.js';
import { headline, renderGateJson, renderGateMarkdown } from '../../core/render/gate.js';
import { type BaselineSource, baselineAt, type NamedPath } from '../../flows/gate/baseline.js';
import { gateConfig, type MergeBase } from '../../flows/gate/config.js';
import { forkArtifact } from '../../flows/gate/fork-artifact.js';
import { runGate } from '../../flows/gate/run-gate.js';
import type { ActionCommand, ActionContext } from '../context.js';
import { pullRequestOf, readEvent } from '../event.js';
import { writeReportOutputs } from '../report-outputs.js';
import { mergeBaseOf } from './merge-base.js';
import { deniedWrites, postGateReport } from './post.js';

/** The Action's inputs for the gate, as one settings object. */
interface GateInputs {
  configFile: string;
  results?: string;
  baseline?: string;
  token: string;
  comment: boolean;
  /** "artifact": leave the report for a `command: publish` workflow instead of posting it. */
  publish: 'auto' | 'artifact';
}

function gateInputs(ctx: ActionContext): GateInputs {
  const results = ctx.input('results').trim();
  const baseline = ctx.input('baseline').trim();
  const publish = ctx.input('publish').trim() || 'auto';
  if (publish !== 'auto' && publish !== 'artifact') {
    throw new InputError(`unknown publish mode "${publish.slice(0, 40)}"`, {
      field: 'publish',
      fix: 'set "publish" to auto (post the report, or leave an artifact on a fork PR) or artifact',
    });
  }
  return {
    configFile: ctx.input('config').trim() || DEFAULT_CONFIG_PATH,
    ...(results ? { results } : {}),
    ...(baseline ? { baseline } : {}),
    token: ctx.input('github-token').trim(),
    comment: ctx.input('comment').trim() === '' ? true : ctx.booleanInput('comment'),
    publish,
  };
}

/** The candidate results (an input, else gate.results) and the baseline (an input, else the merge base). */
async function comparedFiles(
  inputs: GateInputs,
  config: SprintlabConfig,
  base: MergeBase | undefined,
  eventName: string,
): Promise<{ results: NamedPath; baseline: BaselineSource }> {
  const results: NamedPath | undefined = inputs.results
    ? { path: inputs.results, key: 'results' }
    : config.gate?.results
      ? { path: config.gate.results, key: 'gate.results' }
      : undefined;
  if (!results) {
    throw new InputError('no results file to gate', {
      fix: `set the "results" input, or gate.results in ${inputs.configFile}`,
    });
  }
  let baseline: BaselineSource;
  if (inputs.baseline) baseline = { file: { path: inputs.baseline, key: 'baseline' } };
  else if (base) baseline = await baselineAt(base, results.path);
  else {
    throw new InputError(`no baseline: this is a "${eventName || 'local'}" run, not a pull request`, {
      fix: 'run the gate on pull_request events, or set the "baseline" input to a results file',
    });
  }
  return { results, baseline };
}

export const gate: ActionCommand = async (ctx) => {
  const inputs = gateInputs(ctx);
  const root = resolve(ctx.workspace);
  const pr = pullRequestOf(readEvent(ctx));
  // On a pull request the settings and the baseline come from where the PR branched off, never from it.
  const base = pr ? await mergeBaseOf(ctx, inputs.token, pr, root) : undefined;
  const { config, provenance } = await gateConfig(root, inputs.configFile, base);
  const { results, baseline } = await comparedFiles(inputs, config, base, ctx.eventName);

  // Everything the gate reads is validated here, before anything is posted.
  const { report, candidate } = await runGate({
    config,
    configFile: provenance.path,
    root,
    candidate: results,
    ...(pr ? { candidateRef: pr.headSha } : {}),
    baseline,
    provenance,
  });
  const markdown = renderGateMarkdown(report);

  const dir = join(ctx.runnerTemp, 'sprintlab');
  await writeReportOutputs(
    ctx,
    { verdict: report.verdict, json: renderGateJson(report), markdown },
    { json: join(dir, 'gate-report.json'), markdown: join(dir, 'gate-report.md') },
  );
  ctx.report(markdown);

  if (pr && (pr.fromFork || inputs.publish === 'artifact')) {
    // A fork's token cannot comment or create check runs: a workflow_run job in the base repository
    // grades the PR again from its own config and posts the result. The artifact carries only inputs.
    const artifactDir = join(dir, 'artifact');
    await mkdir(artifactDir, { recursive: true });
    const artifactPath = join(artifactDir, 'gate-artifact.json');
    const artifact = await forkArtifact(root, results, candidate, pr);
    await writeFile(artifactPath, `${JSON.stringify(artifact)}\n`);
    ctx.setOutput('report-artifact', artifactPath);
    ctx.notice(
      'The gate inputs are left as the report-artifact output: the "command: publish" workflow grades this pull request and posts the report.',
    );
  } else if (pr) {
    const outcome = await postGateReport(ctx, { token: inputs.token, comment: inputs.comment }, report, pr);
    const denied = outcome && deniedWrites(outcome);
    if (denied)
      ctx.notice(
        `The token may not write ${denied} here (a fork PR's read-only token?): the report is in the job summary.`,
      );
    else if (!outcome) ctx.notice('No github-token: the report is in the job summary only.');
  }
  if (report.verdict !== 'fail') return ExitCode.ok;
  ctx.error(`Sprintlab gate failed: ${headline(report)}`);
  return ExitCode.fail;
};
