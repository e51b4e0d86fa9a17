import type { ProjectRef } from '../core/board/settings.js';
import type { ReportSettings } from '../core/report/settings.js';
import type { IssueSnapshot } from '../core/report/snapshot.js';
import type { SprintSources } from '../core/report/weekly.js';
import type { GitHub } from './client.js';
import { type RepoRef, readIterations, readMilestones, readTrackedIssues } from './status-read.js';

/**
 * Everything the weekly report reads from GitHub: the tracked issues and, when sprints come from
 * milestones or the board's Iteration field, their dates. Nothing is written here.
 */
export async function gatherStatusData(
  gh: GitHub,
  ref: RepoRef,
  settings: ReportSettings,
  project: ProjectRef | undefined,
): Promise<{ issues: IssueSnapshot[]; sources: SprintSources }> {
  const source = settings.sprints.source;
  const iterationField =
    (source === 'iteration' || source === 'auto') && project ? settings.sprints.field : undefined;
  const sources: SprintSources = {};
  if (iterationField && project) sources.iterations = await readIterations(gh, project, iterationField);
  // With `auto`, milestones are only read when the board has no iterations.
  if (source === 'milestones' || (source === 'auto' && !sources.iterations?.length))
    sources.milestones = await readMilestones(gh, ref);
  const useIterations = Boolean(iterationField && sources.iterations?.length);
  const issues = await readTrackedIssues(gh, ref, useIterations && iterationField ? { iterationField } : {});
  return { issues, sources };
}
