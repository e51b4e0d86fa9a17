import type { Status } from '../../core/gate/types.js';
import type { GitHub } from '../client.js';
import { httpStatus, isPermissionDenied } from '../errors.js';
import type { RepoRef } from '../files/contents.js';
import { upsertStickyComment } from '../sticky-comment.js';
import { type Conclusion, createCheckRun } from './check-run.js';

const CONCLUSION: Record<Status, Conclusion> = {
  pass: 'success',
  warn: 'neutral',
  insufficient_data: 'neutral',
  fail: 'failure',
};

export interface GatePublication {
  repo: RepoRef;
  pullNumber: number;
  headSha: string;
  verdict: Status;
  title: string;
  markdown: string;
  /** Machine-readable block for the check run's text (read by the app to link the experiment). */
  summaryBlock: string;
  comment: boolean;
}

export interface PublishOutcome {
  comment: 'created' | 'updated' | 'unchanged' | 'skipped' | 'denied';
  checkRun: number | 'denied';
}

/**
 * Posts the one report to the PR: a sticky comment (updated in place) and a check run. A token that
 * may not write (a fork PR's read-only GITHUB_TOKEN) is not an error: the caller tells the user
 * the report is in the job summary instead.
 */
export async function publishGateReport(gh: GitHub, p: GatePublication): Promise<PublishOutcome> {
  let comment: PublishOutcome['comment'] = 'skipped';
  if (p.comment) {
    try {
      comment = (
        await upsertStickyComment(gh, { ...p.repo, issue_number: p.pullNumber }, 'gate-report', p.markdown)
      ).action;
    } catch (error) {
      if (!isPermissionDenied(error)) throw error;
      comment = 'denied';
    }
  }
  let checkRun: PublishOutcome['checkRun'];
  try {
    checkRun = await createCheckRun(gh, p.repo, p.headSha, CONCLUSION[p.verdict], {
      title: p.title,
      summary: p.markdown,
      text: p.summaryBlock,
    });
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    checkRun = 'denied';
  }
  return { comment, checkRun };
}

/** A pull request's head and base commits in this repository, or undefined when there is no such PR. */
export async function pullCommits(
  gh: GitHub,
  repo: RepoRef,
  pullNumber: number,
): Promise<{ headSha: string; baseSha: string } | undefined> {
  try {
    const { data } = await gh.rest.pulls.get({ ...repo, pull_number: pullNumber });
    return { headSha: data.head.sha, baseSha: data.base.sha };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}
