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
  const iterationField = source === 'iteration' && project ? settings.sprints.field : undefined;
  const issues = await readTrackedIssues(gh, ref, iterationField ? { iterationField } : {});
  const sources: SprintSources = {};
  if (source === 'milestones') sources.milestones = await readMilestones(gh, ref);
  if (iterationField && project) sources.iterations = await readIterations(gh, project, iterationField);
  return { issues, sources };
}
