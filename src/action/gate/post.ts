import type { GateReport } from '../../core/gate/types.js';
import { gateSummaryBlock, headline, renderGateMarkdown } from '../../core/render/gate.js';
import { createGitHub } from '../../github/client.js';
import { type PublishOutcome, publishGateReport } from '../../github/gate/gate-report.js';
import type { ActionContext } from '../context.js';

/** Under GitHub's 65,535 characters for a comment or a check run summary, with room for the marker. */
const POSTED_MAX_LENGTH = 60_000;

/**
 * Posts the report as the sticky PR comment and the check run on the head commit. Returns what was
 * done, or undefined when there is no token or repository to post with.
 */
export async function postGateReport(
  ctx: ActionContext,
  options: { token: string; comment: boolean },
  report: GateReport,
  pull: { number: number; headSha: string },
): Promise<PublishOutcome | undefined> {
  if (!ctx.repository || !options.token) return undefined;
  const gh = createGitHub({ token: options.token, baseUrl: ctx.apiUrl });
  return publishGateReport(gh, {
    repo: ctx.repository,
    pullNumber: pull.number,
    headSha: pull.headSha,
    verdict: report.verdict,
    title: `${report.verdict}: ${headline(report)}`,
    // The job summary takes the whole report; a comment or a check run holds 65,535 characters.
    markdown: renderGateMarkdown(report, {
      maxLength: POSTED_MAX_LENGTH,
      fullReportAt: 'the job summary of this run (and its report-json output)',
    }),
    summaryBlock: gateSummaryBlock(report),
    comment: options.comment,
  });
}

/** What could not be written, for a notice: "comments or check runs", or undefined when all went out. */
export function deniedWrites(outcome: PublishOutcome): string | undefined {
  const denied = [outcome.comment === 'denied' && 'comments', outcome.checkRun === 'denied' && 'check runs'];
  return denied.filter(Boolean).join(' or ') || undefined;
}
