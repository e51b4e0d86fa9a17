import type { SprintlabConfig } from '../../config/types.js';
import type { IssueSnapshot } from '../../core/report/snapshot.js';
import { type WeeklyStatus, weeklyStatus } from '../../core/report/weekly.js';
import type { GitHub } from '../../github/client.js';
import {
  findWeekIssue,
  listStatusIssues,
  type PublishResult,
  previousIssue,
  publishStatusIssue,
  type StatusIssueRef,
} from '../../github/status-issue.js';
import type { RepoRef } from '../../github/status-read.js';
import { gatherStatusData } from '../../github/status-run.js';
import { statusSettings } from './settings.js';

export interface WeeklyStatusRead {
  repository: string;
  /** The label every status issue carries. */
  label: string;
  /** The tracked issues as read, for an export. */
  issues: IssueSnapshot[];
  result: WeeklyStatus;
  /** This week's status issue, when one exists, and every status issue (to close the older ones). */
  existing?: StatusIssueRef;
  statusIssues: StatusIssueRef[];
}

/**
 * Reads the repository's experiments and computes this week's status report. With `statusIssues`
 * the earlier status issues are read too, so the report links the previous one and can be published.
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
  return {
    repository,
    label: settings.label,
    issues,
    result,
    statusIssues,
    ...(existing ? { existing } : {}),
  };
}

/** Creates or updates this week's status issue and closes the earlier ones with a link to it. */
export function publishWeeklyStatus(
  gh: GitHub,
  ref: RepoRef,
  read: WeeklyStatusRead,
): Promise<PublishResult> {
  return publishStatusIssue(gh, ref, {
    title: read.result.title,
    body: read.result.markdown,
    label: read.label,
    existing: read.existing,
    others: read.statusIssues,
  });
}
