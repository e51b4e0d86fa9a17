import type { ProjectRef } from '../../core/board/settings.js';
import type { ReportSettings } from '../../core/report/settings.js';
import type { IssueSnapshot } from '../../core/report/snapshot.js';
import type { SprintSources } from '../../core/report/weekly.js';
import type { GitHub } from '../client.js';
import { httpStatus } from '../errors.js';
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
  if (iterationField && project) {
    try {
      sources.iterations = await readIterations(gh, project, iterationField);
    } catch (error) {
      // The workflow's GITHUB_TOKEN cannot read Projects: report on other sprints rather than not at all.
      if (!isAccessProblem(error)) throw error;
      sources.iterations = [];
      sources.problem = `could not read the board ${project.url} (${errorText(error)}); give the workflow a token that can read Projects`;
    }
  }
  // With `auto`, milestones are only read when the board has no iterations.
  if (source === 'milestones' || (source === 'auto' && !sources.iterations?.length))
    sources.milestones = await readMilestones(gh, ref);
  const useIterations = Boolean(iterationField && sources.iterations?.length);
  const issues = await readTrackedIssues(gh, ref, useIterations && iterationField ? { iterationField } : {});
  return { issues, sources };
}

/** GraphQL errors (NOT_FOUND, FORBIDDEN, a missing field) and 401/403/404 answers, but not outages. */
function isAccessProblem(error: unknown): boolean {
  const status = httpStatus(error);
  if (status === 401 || status === 403 || status === 404) return true;
  return error instanceof Error && error.name === 'GraphqlResponseError';
}

function errorText(error: unknown): string {
  const errors = (error as { errors?: { message?: string }[] }).errors;
  const first = errors?.[0]?.message ?? (error instanceof Error ? error.message : String(error));
  return first.replace(/\s+/g, ' ').slice(0, 200);
}
