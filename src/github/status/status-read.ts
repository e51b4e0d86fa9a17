import { stageLabel } from '../../core/board/settings.js';
import { dataTaskForm, experimentForm } from '../../core/experiment/forms.js';
import { parseForm, parseIssueRefs, resolveTimeBox } from '../../core/experiment/parse.js';
import {
  COLUMNS,
  type Column,
  DATA_STAGES,
  type DataStage,
  type IssueKind,
} from '../../core/experiment/record.js';
import { decodeRecord, RECORD_BLOCK } from '../../core/experiment/record-codec.js';
import type { ExperimentForm, IssueSnapshot } from '../../core/report/snapshot.js';
import type { IterationInfo, MilestoneInfo } from '../../core/report/sprints.js';
import type { GitHub } from '../client.js';
import { stickyMarker } from '../sticky-comment.js';
import {
  type CommentNode,
  FIRST_COMMENTS,
  ISSUE_COMMENTS_QUERY,
  type IssueCommentsResult,
  type IterationsResult,
  MILESTONES_QUERY,
  type MilestonesResult,
  ORG_ITERATIONS_QUERY,
  type SearchIssueNode,
  STATUS_ISSUES_QUERY,
  type StatusIssuesResult,
  USER_ITERATIONS_QUERY,
} from './status-issues.graphql.js';

/** The app's sticky experiment-log comment; its hidden record block is what the report reads. */
const LOG_MARKER = stickyMarker('experiment-log');
const RECORD_MARKER = `<!-- sprintlab:${RECORD_BLOCK} `;
/** GitHub search returns at most 1,000 results per query; past that the reader restarts from a date. */
const SEARCH_CAP = 1000;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface ReadOptions {
  /** Also read each issue's board Iteration (for `report.sprints.source: iteration`). */
  iterationField?: string;
}

/**
 * Every experiment and data task of the repository as report snapshots: one GraphQL search per 100
 * issues and kind, plus one call per 50 issues whose experiment log was not among their first comments.
 */
export async function readTrackedIssues(
  gh: GitHub,
  ref: RepoRef,
  options: ReadOptions = {},
): Promise<IssueSnapshot[]> {
  const out: IssueSnapshot[] = [];
  for (const kind of ['experiment', 'data-task'] as const) {
    const nodes = await searchAll(gh, `repo:${ref.owner}/${ref.repo} is:issue label:${kind}`, options);
    const bodies = await recordComments(gh, nodes);
    for (const node of nodes) out.push(snapshotOf(node, kind, bodies.get(node.id), options));
  }
  return out.sort((a, b) => a.number - b.number);
}

async function searchAll(gh: GitHub, base: string, options: ReadOptions): Promise<SearchIssueNode[]> {
  const seen = new Map<number, SearchIssueNode>();
  let since: string | undefined;
  for (;;) {
    // Oldest first, so that past the search cap the next query can continue from the last creation date.
    const q = `${base} sort:created-asc${since ? ` created:>=${since}` : ''}`;
    let after: string | null = null;
    let fetched = 0;
    let hasNext = true;
    let last: string | undefined;
    let total = 0;
    while (hasNext) {
      const page: StatusIssuesResult = await gh.graphql<StatusIssuesResult>(STATUS_ISSUES_QUERY, {
        q,
        after,
        comments: FIRST_COMMENTS,
        iterationField: options.iterationField ?? 'Iteration',
        withIteration: Boolean(options.iterationField),
      });
      for (const node of page.search.nodes) {
        if (!isIssue(node)) continue;
        seen.set(node.number, node);
        last = node.createdAt;
      }
      fetched += page.search.nodes.length;
      total = page.search.issueCount;
      hasNext = page.search.pageInfo.hasNextPage && Boolean(page.search.pageInfo.endCursor);
      after = page.search.pageInfo.endCursor;
    }
    if (fetched >= total || fetched < SEARCH_CAP || !last || last === since) break;
    since = last.replace(/\.\d{3}Z$/, 'Z');
  }
  return [...seen.values()];
}

const isIssue = (node: SearchIssueNode | Record<string, never>): node is SearchIssueNode => 'number' in node;

/** Comment bodies of the issues whose experiment log was not in the first comments, 50 issues a call. */
async function recordComments(
  gh: GitHub,
  nodes: readonly SearchIssueNode[],
): Promise<Map<string, CommentNode[]>> {
  const missing = nodes.filter(
    (n) => n.comments.totalCount > n.comments.nodes.length && !findLog(n.comments.nodes),
  );
  const out = new Map<string, CommentNode[]>();
  for (let i = 0; i < missing.length; i += 50) {
    const ids = missing.slice(i, i + 50).map((n) => n.id);
    const result = await gh.graphql<IssueCommentsResult>(ISSUE_COMMENTS_QUERY, { ids });
    for (const node of result.nodes) if (node) out.set(node.id, node.comments.nodes);
  }
  return out;
}

/**
 * The app's experiment log among the comments. Only a bot's comment counts: anyone who can comment
 * could paste a record block claiming a result, and the stakeholder's line must not show it.
 */
function findLog(comments: readonly CommentNode[]): string | undefined {
  const bodies = comments.filter((c) => c.author?.__typename === 'Bot').map((c) => c.body);
  return (
    bodies.find((b) => b.includes(LOG_MARKER) && b.includes(RECORD_MARKER)) ??
    bodies.find((b) => b.includes(RECORD_MARKER))
  );
}

function columnFromLabels(labels: readonly string[]): Column | undefined {
  return COLUMNS.find((c) => labels.includes(`status:${c.toLowerCase()}`));
}

/** The form's answers, read with the app's parser but kept field by field: one bad field loses only itself. */
function experimentFormOf(body: string, createdAt: string): ExperimentForm {
  const { values } = parseForm(experimentForm, body);
  const text = (id: string) => {
    const v = values[id];
    const s = typeof v === 'string' ? v : Array.isArray(v) ? v[0] : undefined;
    return s?.trim() || undefined;
  };
  const num = (id: string) => {
    const s = text(id);
    const n = s === undefined ? Number.NaN : Number(s);
    return Number.isFinite(n) ? n : undefined;
  };
  const goal = text('goal');
  const mode = text('mode');
  const timeBoxText = text('time_box');
  const timeBox = timeBoxText ? resolveTimeBox(timeBoxText, new Date(createdAt)) : undefined;
  const form: ExperimentForm = {};
  const metric = text('metric');
  if (metric) form.metric = metric;
  if (goal === 'maximize' || goal === 'minimize') form.goal = goal;
  const baseline = num('baseline');
  if (baseline !== undefined) form.baseline = baseline;
  const target = num('target');
  if (target !== undefined) form.target = target;
  const budget = num('budget');
  if (budget !== undefined && budget > 0) form.budgetGpuHours = budget;
  if (timeBox) form.timeBox = timeBox;
  if (mode === 'explore' || mode === 'exploit') form.mode = mode;
  return form;
}

function snapshotOf(
  node: SearchIssueNode,
  kind: IssueKind,
  later: CommentNode[] | undefined,
  options: ReadOptions,
): IssueSnapshot {
  const labels = (node.labels?.nodes ?? []).map((l) => l.name);
  const record = decodeRecord(findLog([...node.comments.nodes, ...(later ?? [])]));
  const column = record.history.at(-1)?.column ?? columnFromLabels(labels);
  const iteration = options.iterationField
    ? node.projectItems?.nodes.map((i) => i.fieldValueByName).find((v) => v?.title && v.startDate)
    : undefined;
  const snapshot: IssueSnapshot = {
    number: node.number,
    title: node.title,
    url: node.url,
    kind,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    createdAt: node.createdAt,
    ...(node.closedAt ? { closedAt: node.closedAt } : {}),
    labels,
    ...(column ? { column } : {}),
    form: kind === 'experiment' ? experimentFormOf(node.body, node.createdAt) : {},
    record,
    ...(iteration?.title
      ? { sprint: iteration.title }
      : node.milestone
        ? { sprint: node.milestone.title }
        : {}),
  };
  if (kind === 'data-task') {
    const { values } = parseForm(dataTaskForm, node.body);
    const formStage =
      typeof values.stage === 'string'
        ? values.stage
        : Array.isArray(values.stage)
          ? values.stage[0]
          : undefined;
    const stage =
      record.stages?.at(-1)?.stage ??
      DATA_STAGES.find((st) => labels.includes(stageLabel(st))) ??
      ((DATA_STAGES as readonly string[]).includes(formStage ?? '') ? (formStage as DataStage) : undefined);
    const readyAt =
      record.stages?.find((s) => s.stage === 'Ready')?.at ??
      (node.state === 'CLOSED' && node.stateReason === 'COMPLETED'
        ? (node.closedAt ?? undefined)
        : undefined);
    const due = iterationEnd(iteration) ?? node.milestone?.dueOn ?? undefined;
    const blocks = parseIssueRefs(
      typeof values.blocking_experiments === 'string' ? values.blocking_experiments : undefined,
    );
    snapshot.data = {
      ...(stage ? { stage } : {}),
      ...(due ? { due } : {}),
      ...(readyAt ? { readyAt } : {}),
      blocks,
    };
  }
  return snapshot;
}

/** The last day of an iteration, which is when data planned for it is due. */
function iterationEnd(it: { startDate?: string; duration?: number } | null | undefined): string | undefined {
  if (!it?.startDate || !it.duration) return undefined;
  return new Date(Date.parse(it.startDate) + (it.duration - 1) * 86_400_000).toISOString().slice(0, 10);
}

export async function readMilestones(gh: GitHub, ref: RepoRef): Promise<MilestoneInfo[]> {
  const result = await gh.graphql<MilestonesResult>(MILESTONES_QUERY, { owner: ref.owner, repo: ref.repo });
  return result.repository?.milestones.nodes ?? [];
}

/** The iterations of the board's Iteration field, past and planned. */
export async function readIterations(
  gh: GitHub,
  project: { ownerType: 'organization' | 'user'; owner: string; number: number },
  field: string,
): Promise<IterationInfo[]> {
  const query = project.ownerType === 'organization' ? ORG_ITERATIONS_QUERY : USER_ITERATIONS_QUERY;
  const result = await gh.graphql<IterationsResult>(query, {
    owner: project.owner,
    number: project.number,
    field,
  });
  const config = (project.ownerType === 'organization' ? result.organization : result.user)?.projectV2?.field
    ?.configuration;
  return config ? [...config.completedIterations, ...config.iterations] : [];
}
