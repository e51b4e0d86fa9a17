import type { IssueSnapshot } from '../../core/board/events.js';
import { stageOfLabels } from '../../core/board/plan-data-task.js';
import { type BoardSettings, statusLabel } from '../../core/board/settings.js';
import { dataTaskForm } from '../../core/experiment/forms.js';
import { parseForm, parseIssueRefs } from '../../core/experiment/parse.js';
import { COLUMNS, type Column } from '../../core/experiment/record.js';
import type { GitHub } from '../client.js';
import { findStickyComment, type IssueRef, type StickyComment, stickyComments } from '../sticky-comment.js';
import {
  type CardFieldValue,
  ISSUE_STATE_QUERY,
  type IssueStateResult,
  OPEN_EXPERIMENTS_QUERY,
  type OpenExperimentsResult,
} from './issue-state.graphql.js';

/** An issue as Sprintlab sees it before deciding: the issue, our comments, its card, and context. */
export interface IssueState {
  nodeId: string;
  snapshot: IssueSnapshot;
  /** Our sticky comments by key (only those present). */
  comments: Map<string, StickyComment>;
  /** Whether every comment was read; if not, stickies not found are looked up again before writing. */
  commentsComplete: boolean;
  /** The card on the configured board, if any, and the column it shows. */
  card?: { itemId: string; column: string | undefined; values: Map<string, string | number> };
  wipCounts: Partial<Record<Column, number>>;
  openDataTasks: { number: number; blocks: number[] }[];
}

export interface ReadOptions {
  board: BoardSettings;
  /** The project id when the board is configured and its ids are known. */
  projectId?: string;
  /** Count cards in this column (for a WIP limit). */
  wipColumn?: Column;
  withDataTasks?: boolean;
}

/** Reads everything an event needs in one GraphQL call. */
export async function readIssueState(
  gh: GitHub,
  ref: IssueRef,
  opts: ReadOptions,
): Promise<IssueState | undefined> {
  const wipColumn =
    opts.wipColumn && opts.board.wip[opts.wipColumn] !== undefined ? opts.wipColumn : undefined;
  const labelsMode = !opts.board.project;
  const result = await gh.graphql<IssueStateResult>(ISSUE_STATE_QUERY, {
    owner: ref.owner,
    repo: ref.repo,
    number: ref.issue_number,
    field: opts.board.field,
    wipQuery: wipColumn
      ? `repo:${ref.owner}/${ref.repo} is:issue is:open label:"${statusLabel(wipColumn)}"`
      : '',
    withWipSearch: Boolean(wipColumn && labelsMode),
    projectId: opts.projectId ?? '',
    withProjectItems: Boolean(wipColumn && !labelsMode && opts.projectId),
    withDataTasks: Boolean(opts.withDataTasks),
    withCardFields: Boolean(opts.projectId && opts.board.cardFields.length),
    withCard: Boolean(opts.projectId),
  });
  const issue = result.repository?.issue;
  if (!issue) return undefined;
  const comments = stickyComments(issue.comments.nodes);
  const item = opts.projectId
    ? issue.projectItems?.nodes.find((n) => n.project.id === opts.projectId)
    : undefined;
  const labels = issue.labels.nodes.map((l) => l.name);
  const wipCounts: Partial<Record<Column, number>> = {};
  if (wipColumn) {
    const self = labels.includes(statusLabel(wipColumn)) ? 1 : 0;
    if (result.wip) wipCounts[wipColumn] = Math.max(0, result.wip.issueCount - self);
    if (result.board?.items) {
      wipCounts[wipColumn] = result.board.items.nodes.filter(
        (n) =>
          n.fieldValueByName?.name === wipColumn &&
          n.content?.state === 'OPEN' &&
          n.content.number !== issue.number,
      ).length;
    }
  }
  const openDataTasks = (result.repository?.dataTasks?.nodes ?? [])
    .filter((t) => stageOfLabels(t.labels.nodes.map((l) => l.name)) !== 'Ready')
    .map((t) => {
      const blocks = parseForm(dataTaskForm, t.body).values.blocking_experiments;
      return { number: t.number, blocks: parseIssueRefs(typeof blocks === 'string' ? blocks : undefined) };
    });
  return {
    nodeId: issue.id,
    snapshot: {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      labels,
      state: issue.state === 'OPEN' ? 'open' : 'closed',
      createdAt: issue.createdAt,
    },
    comments,
    commentsComplete: !issue.comments.pageInfo.hasNextPage,
    ...(item
      ? {
          card: {
            itemId: item.id,
            column: item.fieldValueByName?.name ?? undefined,
            values: cardValues(item.fieldValues?.nodes),
          },
        }
      : {}),
    wipCounts,
    openDataTasks,
  };
}

/** The sticky comment for `key`: from the read, or, on issues with over 100 comments, looked up page by page. */
/**
 * Every open experiment with its labels and sticky comments, 50 a page (one GraphQL call each), for
 * the scheduled time-box check. Board and WIP data are not read: that check needs neither.
 */
export async function* openExperimentStates(
  gh: GitHub,
  repo: { owner: string; repo: string },
): AsyncGenerator<IssueState> {
  let cursor: string | null = null;
  do {
    const page: OpenExperimentsResult = await gh.graphql<OpenExperimentsResult>(OPEN_EXPERIMENTS_QUERY, {
      ...repo,
      cursor,
    });
    const issues = page.repository?.issues;
    for (const issue of issues?.nodes ?? []) {
      yield {
        nodeId: issue.id,
        snapshot: {
          number: issue.number,
          title: issue.title,
          body: issue.body,
          labels: issue.labels.nodes.map((l) => l.name),
          state: issue.state === 'OPEN' ? 'open' : 'closed',
          createdAt: issue.createdAt,
        },
        comments: stickyComments(issue.comments.nodes),
        commentsComplete: !issue.comments.pageInfo.hasNextPage,
        wipCounts: {},
        openDataTasks: [],
      };
    }
    cursor = issues?.pageInfo.hasNextPage ? issues.pageInfo.endCursor : null;
  } while (cursor);
}

export async function stickyFor(
  gh: GitHub,
  ref: IssueRef,
  state: IssueState,
  key: string,
): Promise<StickyComment | null> {
  const known = state.comments.get(key);
  if (known) return known;
  if (state.commentsComplete) return null;
  return (await findStickyComment(gh, ref, key)) ?? null;
}

export const isColumn = (name: string | undefined): name is Column =>
  (COLUMNS as readonly string[]).includes(name ?? '');

function cardValues(nodes: (CardFieldValue | null)[] | undefined): Map<string, string | number> {
  const values = new Map<string, string | number>();
  for (const n of nodes ?? []) {
    const name = n?.field?.name;
    const value = n?.text ?? n?.number ?? n?.date ?? n?.name;
    if (name && value !== undefined && value !== null) values.set(name, value);
  }
  return values;
}
