import type { SprintlabConfig } from '../../config/types.js';
import type { IssueSnapshot } from '../../core/report/snapshot.js';
import {
  findWeekIssue,
  planStatusIssue,
  previousIssue,
  type StatusIssuePlan,
} from '../../core/report/status-issue.js';
import { type WeeklyStatus, weeklyStatus } from '../../core/report/weekly.js';
import type { GitHub } from '../../github/client.js';
import {
  applyStatusIssuePlan,
  listStatusIssues,
  type PublishResult,
} from '../../github/status/status-issue.js';
import type { RepoRef } from '../../github/status/status-read.js';
import { gatherStatusData } from '../../github/status/status-run.js';
import { statusSettings } from './settings.js';

export interface WeeklyStatusRead {
  repository: string;
  /** The tracked issues as read, for an export. */
  issues: IssueSnapshot[];
  result: WeeklyStatus;
  /** What publishing would write: this week's status issue and the earlier ones to close. */
  plan: StatusIssuePlan;
}

/**
 * Reads the repository's experiments and computes this week's status report. With `statusIssues`
 * the earlier status issues are read too, so the report links the previous one and the plan updates
 * this week's issue instead of opening a second one.
 */
export async function readWeeklyStatus(
  gh: GitHub,
  ref: RepoRef,
  options: { config: SprintlabConfig | undefined; now: Date; statusIssues: boolean },
): Promise<WeeklyStatusRead> {
  const { board, report: settings } = statusSettings(options.config);
  const { now } = options;
  const repository = `${ref.owner}/${ref.repo}`;
  const { issues, sources } = await gatherStatusData(gh, ref, settings, board.project);
  const statusIssues = options.statusIssues ? await listStatusIssues(gh, ref, settings.label) : [];
  const draft = weeklyStatus({ repository, issues, settings, now, sources });
  const existing = findWeekIssue(statusIssues, draft.week, draft.title);
  const previous = previousIssue(statusIssues, existing);
  const result = previous
    ? weeklyStatus({
        repository,
        issues,
        settings,
        now,
        sources,
        previous: { number: previous.number, url: previous.url },
      })
    : draft;
  const plan = planStatusIssue({
    title: result.title,
    body: result.markdown,
    label: settings.label,
    existing,
    others: statusIssues,
  });
  return { repository, issues, result, plan };
}

/** Writes the plan: creates or updates this week's status issue and closes the earlier ones. */
export function publishWeeklyStatus(
  gh: GitHub,
  ref: RepoRef,
  read: WeeklyStatusRead,
): Promise<PublishResult> {
  return applyStatusIssuePlan(gh, ref, read.plan);
}
