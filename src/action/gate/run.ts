import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../../config/load.js';
import { ExitCode, InputError } from '../../core/errors.js';
import { evaluateGate } from '../../core/gate/evaluate.js';
import { gateSummaryBlock, headline, renderGateMarkdown } from '../../core/render/gate.js';
import { createGitHub } from '../../github/client.js';
import { mergeBaseCommit, readFileAt } from '../../github/contents.js';
import { publishGateReport } from '../../github/gate-report.js';
import { type BaselineSource, prepareGate } from '../../io/gate-inputs.js';
import { mergeBase } from '../../io/git.js';
import { textExamples } from '../../io/results.js';
import type { ActionCommand, ActionContext } from '../context.js';
import { type PullRequestInfo, pullRequestOf, readEvent } from '../event.js';

/** Under GitHub's 65,535 characters for a comment or a check run summary, with room for the marker. */
const POSTED_MAX_LENGTH = 60_000;

/** The Action's inputs for the gate, as one settings object. */
interface GateInputs {
  configFile: string;
  results?: string;
  baseline?: string;
  token: string;
  comment: boolean;
}

function gateInputs(ctx: ActionContext): GateInputs {
  const results = ctx.input('results').trim();
  const baseline = ctx.input('baseline').trim();
  return {
    configFile: ctx.input('config').trim() || DEFAULT_CONFIG_PATH,
    ...(results ? { results } : {}),
    ...(baseline ? { baseline } : {}),
    token: ctx.input('github-token').trim(),
    comment: ctx.input('comment').trim() === '' ? true : ctx.booleanInput('comment'),
  };
}

/**
 * The baseline is the results file where the PR branched off: read with local git when the checkout has
 * history (fetch-depth: 0), else through the API. No results there yet (the first PR that adds them)
 * gives an empty baseline: thresholds still apply, statistical checks report insufficient data.
 */
async function baselineForPull(
  ctx: ActionContext,
  inputs: GateInputs,
  pr: PullRequestInfo,
  path: string,
): Promise<BaselineSource> {
  const local = await mergeBase(pr.baseSha, pr.headSha, ctx.workspace);
  if (local) return { commit: local, path, label: `merge base ${local.slice(0, 7)}` };
  if (!ctx.repository || !inputs.token) {
    throw new InputError('cannot find the merge base: the checkout has no history and no token was given', {
      fix: 'use actions/checkout with fetch-depth: 0, or pass github-token',
    });
  }
  ctx.info(
    'No local history for the merge base; reading the baseline through the API (use fetch-depth: 0 to avoid it).',
  );
  const gh = createGitHub({ token: inputs.token, baseUrl: ctx.apiUrl });
  const repo = ctx.repository;
  const commit = await mergeBaseCommit(gh, repo, pr.baseSha, pr.headSha);
  const text = await readFileAt(gh, repo, path, commit);
  if (text === undefined) return { none: `no ${path} at the merge base ${commit.slice(0, 7)}`, ref: commit };
  return {
    text,
    source: `${path}@${commit.slice(0, 7)}`,
    ref: commit,
    examples: textExamples(path, (file) => readFileAt(gh, repo, file, commit)),
  };
}

export const gate: ActionCommand = async (ctx) => {
  const inputs = gateInputs(ctx);
  const root = resolve(ctx.workspace);
  const config = await loadConfigFile(resolve(root, inputs.configFile), inputs.configFile);
  const results = inputs.results ?? config.gate?.results;
  if (!results) {
    throw new InputError('no results file to gate', {
      fix: `set the "results" input, or gate.results in ${inputs.configFile}`,
    });
  }
  const pr = pullRequestOf(readEvent(ctx));
  let baseline: BaselineSource;
  if (inputs.baseline) baseline = { file: resolve(root, inputs.baseline) };
  else if (pr) baseline = await baselineForPull(ctx, inputs, pr, results);
  else {
    throw new InputError(`no baseline: this is a "${ctx.eventName || 'local'}" run, not a pull request`, {
      fix: 'run the gate on pull_request events, or set the "baseline" input to a results file',
    });
  }

  // Everything the gate reads is validated here, before anything is posted.
  const prepared = await prepareGate({
    config,
    configFile: inputs.configFile,
    root,
    candidate: resolve(root, results),
    ...(pr ? { candidateRef: pr.headSha } : {}),
    baseline,
  });
  const report = evaluateGate(prepared);
  const markdown = renderGateMarkdown(report);

  const dir = join(ctx.runnerTemp, 'sprintlab');
  await mkdir(dir, { recursive: true });
  const jsonPath = join(dir, 'gate-report.json');
  const markdownPath = join(dir, 'gate-report.md');
  await writeFile(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdownPath, markdown);
  ctx.setOutput('verdict', report.verdict);
  ctx.setOutput('report-json', jsonPath);
  ctx.setOutput('report-markdown', markdownPath);
  await ctx.summary(markdown);
  ctx.info(markdown);

  if (pr && ctx.repository && inputs.token) {
    const gh = createGitHub({ token: inputs.token, baseUrl: ctx.apiUrl });
    const outcome = await publishGateReport(gh, {
      repo: ctx.repository,
      pullNumber: pr.number,
      headSha: pr.headSha,
      verdict: report.verdict,
      title: `${report.verdict}: ${headline(report)}`,
      // The job summary takes the whole report; a comment or a check run holds 65,535 characters.
      markdown: renderGateMarkdown(report, {
        maxLength: POSTED_MAX_LENGTH,
        fullReportAt: 'the job summary of this run (and its report-json output)',
      }),
      summaryBlock: gateSummaryBlock(report),
      comment: inputs.comment,
    });
    if (outcome.comment === 'denied' || outcome.checkRun === 'denied') {
      ctx.notice(
        `The token may not write ${[outcome.comment === 'denied' && 'comments', outcome.checkRun === 'denied' && 'check runs'].filter(Boolean).join(' or ')} here (a fork PR's read-only token?): the report is in the job summary.`,
      );
    }
  } else if (pr && !inputs.token) {
    ctx.notice('No github-token: the report is in the job summary only.');
  }

  if (report.verdict === 'fail') {
    ctx.error(`Sprintlab gate failed: ${headline(report)}`);
    return ExitCode.fail;
  }
  return ExitCode.ok;
};
