import { resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../../config/load.js';
import { ExitCode, InputError } from '../../core/errors.js';
import { artifactMismatch } from '../../core/gate/artifact.js';
import { renderGateMarkdown } from '../../core/render/gate.js';
import { gradeFork } from '../../flows/gate/regrade.js';
import { createGitHub } from '../../github/client.js';
import { pullCommits } from '../../github/gate/gate-report.js';
import { readGateArtifact } from '../../io/results/gate-artifact.js';
import type { ActionCommand } from '../context.js';
import { readEvent, workflowRunOf } from '../event.js';
import { deniedWrites, postGateReport } from '../gate/post.js';

export const DEFAULT_ARTIFACT_PATH = 'sprintlab-gate/gate-artifact.json';

/**
 * `command: publish`, the second stage for fork pull requests: run by a `workflow_run` workflow in the
 * base repository, which never checks out or runs the PR's code. It reads the artifact the gate left,
 * checks that it is about the run's head commit and that the pull request is at that commit, grades the
 * PR itself from the base repository's config and baseline, then posts the sticky comment and the check
 * run the fork's read-only token could not.
 */
export const publish: ActionCommand = async (ctx) => {
  const run = ctx.eventName === 'workflow_run' ? workflowRunOf(readEvent(ctx)) : undefined;
  if (!run) {
    throw new InputError(`command: publish runs on workflow_run events, not "${ctx.eventName || 'local'}"`, {
      fix: 'use it in a workflow "on: workflow_run" of the gate workflow (see examples/workflows/eval-gate-publish.yml)',
    });
  }
  const token = ctx.input('github-token').trim();
  if (!ctx.repository || !token) {
    throw new InputError('no github-token (or GITHUB_REPOSITORY) to post the report with', {
      field: 'github-token',
      fix: 'keep github-token at its default and grant "pull-requests: write" and "checks: write"',
    });
  }
  const artifactPath = ctx.input('artifact').trim() || DEFAULT_ARTIFACT_PATH;
  const artifact = await readGateArtifact(resolve(ctx.workspace), artifactPath);
  const gh = createGitHub({ token, baseUrl: ctx.apiUrl });
  const commits = await pullCommits(gh, ctx.repository, artifact.pull_request.number);
  const mismatch = artifactMismatch(artifact, run.headSha, commits?.headSha);
  if (mismatch || !commits) {
    throw new InputError(`the gate artifact is not published: ${mismatch}`, {
      file: artifactPath,
      field: 'artifact',
      fix: 'publish only the artifact of the run that triggered this workflow (actions/download-artifact with run-id: github.event.workflow_run.id)',
    });
  }
  if (commits.baseSha !== artifact.pull_request.base_sha)
    ctx.info(
      `The gate run saw base ${artifact.pull_request.base_sha.slice(0, 12)}; the pull request's base is now ${commits.baseSha.slice(0, 12)}, which is graded against.`,
    );
  if ('report' in artifact)
    ctx.info('The artifact carries a report of its own; it is ignored: the verdict is computed here.');
  const results = ctx.input('results').trim();
  const settings = {
    configFile: ctx.input('config').trim() || DEFAULT_CONFIG_PATH,
    ...(results ? { results } : {}),
    root: resolve(ctx.workspace),
  };
  const report = await gradeFork(settings, gh, ctx.repository, artifact, {
    ...commits,
    headSha: run.headSha,
  });
  const pull = { number: artifact.pull_request.number, headSha: run.headSha };
  const comment = ctx.input('comment').trim() === '' ? true : ctx.booleanInput('comment');
  const outcome = await postGateReport(ctx, { token, comment }, report, pull);
  const denied = outcome && deniedWrites(outcome);
  if (denied) {
    throw new InputError(`the token may not write ${denied}`, {
      field: 'github-token',
      fix: 'grant the publishing workflow "pull-requests: write", "issues: write" and "checks: write"',
    });
  }
  ctx.setOutput('verdict', report.verdict);
  const markdown = renderGateMarkdown(report);
  await ctx.summary(markdown);
  ctx.report(markdown);
  // The verdict is the check run's to carry; publishing it is this job's only work, and it succeeded.
  return ExitCode.ok;
};
