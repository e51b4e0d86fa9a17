import { writeFile } from 'node:fs/promises';
import { configSchema } from '../../config/load.js';
import type { SprintlabConfig } from '../../config/types.js';
import { schemaProblems } from '../../config/validate.js';
import { isReportableTime, REPORTABLE_RANGE } from '../../core/dates.js';
import { InputError } from '../../core/errors.js';
import {
  COLUMNS,
  type Column,
  DATA_STAGES,
  type DataStage,
  type ExperimentRecord,
} from '../../core/experiment/record.js';
import { decodeRecord, encodeRecord } from '../../core/experiment/record-codec.js';
import type { IssueSnapshot, Sprint } from '../../core/report/snapshot.js';
import { parseJson } from '../files/json.js';
import { readTextFile } from '../files/read-text.js';

/**
 * `sprintlab.status-export/v1`: everything the weekly report reads from GitHub, as one JSON file.
 * `sprintlab status --repo R --export FILE` writes it; `sprintlab status --from FILE` renders the
 * report from it with no network, which is how the README demo and the tests run.
 */
export const STATUS_EXPORT_FORMAT = 'sprintlab.status-export/v1';

export interface StatusExport {
  format: typeof STATUS_EXPORT_FORMAT;
  repository: string;
  /** The instant the report is computed for (default: when it is read). */
  now?: string;
  /** The report window, oldest first; without it the sprints come from the configured source. */
  sprints?: Sprint[];
  /** Milestones, for `report.sprints.source: milestones`. */
  milestones?: { title: string; due_on: string | null }[];
  /** The `report:` and `board:` sections, used when no config file is given. */
  config?: Pick<SprintlabConfig, 'report' | 'board'>;
  issues: ExportedIssue[];
}

export interface ExportedIssue {
  number: number;
  title: string;
  url: string;
  kind: IssueSnapshot['kind'];
  state: 'open' | 'closed';
  created_at: string;
  closed_at?: string | null;
  labels?: string[];
  column?: Column | null;
  sprint?: string | null;
  form?: {
    metric?: string;
    goal?: 'maximize' | 'minimize';
    baseline?: number;
    target?: number;
    budget_gpu_hours?: number;
    time_box?: string;
    mode?: 'explore' | 'exploit';
  };
  record?: Partial<ExperimentRecord>;
  data?: { stage?: DataStage; due?: string | null; ready_at?: string | null; blocks?: number[] };
}

export function toExport(
  repository: string,
  issues: readonly IssueSnapshot[],
  extra: Partial<StatusExport> = {},
): StatusExport {
  return {
    format: STATUS_EXPORT_FORMAT,
    repository,
    ...extra,
    issues: issues.map((i) => ({
      number: i.number,
      title: i.title,
      url: i.url,
      kind: i.kind,
      state: i.state,
      created_at: i.createdAt,
      closed_at: i.closedAt ?? null,
      labels: i.labels,
      column: i.column ?? null,
      ...(i.sprint ? { sprint: i.sprint } : {}),
      form: {
        ...(i.form.metric !== undefined ? { metric: i.form.metric } : {}),
        ...(i.form.goal ? { goal: i.form.goal } : {}),
        ...(i.form.baseline !== undefined ? { baseline: i.form.baseline } : {}),
        ...(i.form.target !== undefined ? { target: i.form.target } : {}),
        ...(i.form.budgetGpuHours !== undefined ? { budget_gpu_hours: i.form.budgetGpuHours } : {}),
        ...(i.form.timeBox ? { time_box: i.form.timeBox } : {}),
        ...(i.form.mode ? { mode: i.form.mode } : {}),
      },
      record: i.record,
      ...(i.data
        ? {
            data: {
              ...(i.data.stage ? { stage: i.data.stage } : {}),
              due: i.data.due ?? null,
              ready_at: i.data.readyAt ?? null,
              blocks: i.data.blocks ?? [],
            },
          }
        : {}),
    })),
  };
}

export async function writeStatusExport(path: string, data: StatusExport): Promise<void> {
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
}

const KINDS = ['experiment', 'data-task', 'ml-engineering'] as const;

export interface ReadExport {
  repository: string;
  now?: Date;
  sprints?: Sprint[];
  milestones?: { title: string; dueOn: string | null }[];
  config?: StatusExport['config'];
  issues: IssueSnapshot[];
}

/** Reads and checks an export; every problem names the file, the JSON path and the fix. */
export async function readStatusExport(file: string): Promise<ReadExport> {
  const text = await readTextFile(
    file,
    'export file',
    'pass the path of a sprintlab.status-export/v1 JSON file (write one with "sprintlab status --repo owner/name --export FILE")',
  );
  const raw = parseJson(text, file, 'the export file');
  return parseStatusExport(raw, file);
}

export function parseStatusExport(raw: unknown, file: string): ReadExport {
  const fail = (field: string, problem: string, fix: string): never => {
    throw new InputError(problem, { file, field, fix });
  };
  if (!isObject(raw))
    return fail(
      '(root)',
      'the export must be a JSON object',
      `write {"format": "${STATUS_EXPORT_FORMAT}", "repository": ..., "issues": [...]}`,
    );
  if (raw.format !== STATUS_EXPORT_FORMAT) {
    fail(
      'format',
      `is ${JSON.stringify(raw.format)}, expected "${STATUS_EXPORT_FORMAT}"`,
      `set "format": "${STATUS_EXPORT_FORMAT}"`,
    );
  }
  if (typeof raw.repository !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(raw.repository)) {
    fail(
      'repository',
      'must be "owner/name"',
      'set "repository" to the repository the issues come from, e.g. "acme/support-bot"',
    );
  }
  const now = raw.now === undefined ? undefined : dateOf(raw.now, 'now', fail);
  if (!Array.isArray(raw.issues))
    fail(
      'issues',
      'must be an array of issues',
      'add "issues": [] with one object per experiment, data task or ML engineering issue',
    );
  const sprints = raw.sprints === undefined ? undefined : sprintsOf(raw.sprints, fail);
  const milestones = raw.milestones === undefined ? undefined : milestonesOf(raw.milestones, fail);
  if (raw.config !== undefined) configOf(raw.config, fail);
  const issues = (raw.issues as unknown[]).map((issue, n) =>
    issueOf(issue, `issues[${n}]`, fail, raw.repository as string),
  );
  const seen = new Map<number, number>();
  issues.forEach((issue, n) => {
    const first = seen.get(issue.number);
    // The same issue twice would count its decisions, compute and learnings twice.
    if (first !== undefined)
      fail(
        `issues[${n}].number`,
        `#${issue.number} is already issues[${first}]`,
        'list each issue once (merge the two entries, or fix the number)',
      );
    seen.set(issue.number, n);
  });
  return {
    repository: raw.repository as string,
    ...(now ? { now: new Date(now) } : {}),
    ...(sprints ? { sprints } : {}),
    ...(milestones ? { milestones } : {}),
    ...(isObject(raw.config) ? { config: raw.config as StatusExport['config'] } : {}),
    issues,
  };
}

type Fail = (field: string, problem: string, fix: string) => never;

function issueOf(raw: unknown, at: string, fail: Fail, repository: string): IssueSnapshot {
  if (!isObject(raw))
    return fail(at, 'must be an object', 'give each issue number, title, url, kind, state and created_at');
  if (!Number.isInteger(raw.number) || (raw.number as number) <= 0)
    fail(`${at}.number`, 'must be a positive integer', 'set the issue number');
  if (typeof raw.title !== 'string') fail(`${at}.title`, 'must be a string', 'set the issue title');
  if (!(KINDS as readonly unknown[]).includes(raw.kind))
    fail(`${at}.kind`, `is ${JSON.stringify(raw.kind)}`, `set it to one of: ${KINDS.join(', ')}`);
  if (raw.state !== 'open' && raw.state !== 'closed')
    fail(`${at}.state`, `is ${JSON.stringify(raw.state)}`, 'set it to "open" or "closed"');
  const createdAt = dateOf(raw.created_at, `${at}.created_at`, fail);
  const closedAt = raw.closed_at == null ? undefined : dateOf(raw.closed_at, `${at}.closed_at`, fail);
  if (raw.column != null && !(COLUMNS as readonly unknown[]).includes(raw.column)) {
    fail(`${at}.column`, `is ${JSON.stringify(raw.column)}`, `use one of: ${COLUMNS.join(', ')}`);
  }
  // The url becomes a Markdown link target: a space or a parenthesis would end it and spill the rest as text.
  if (raw.url !== undefined && (typeof raw.url !== 'string' || !/^[^\s()<>]*$/.test(raw.url)))
    fail(
      `${at}.url`,
      'must be a web address without spaces or parentheses',
      'write the issue\'s html_url, or leave "url" out',
    );
  if (
    raw.labels !== undefined &&
    !(Array.isArray(raw.labels) && raw.labels.every((l) => typeof l === 'string'))
  )
    fail(
      `${at}.labels`,
      'must be an array of label names',
      'write e.g. ["experiment"], or leave "labels" out',
    );
  if (raw.form !== undefined && raw.form !== null && !isObject(raw.form))
    fail(
      `${at}.form`,
      'must be an object',
      'write the form fields as {"metric": ..., "target": ...}, or leave "form" out',
    );
  if (raw.record !== undefined && raw.record !== null && !isObject(raw.record))
    fail(
      `${at}.record`,
      'must be an object',
      'write the experiment record as the app keeps it, or leave "record" out',
    );
  const form = isObject(raw.form) ? raw.form : {};
  if (form.metric !== undefined && typeof form.metric !== 'string')
    fail(`${at}.form.metric`, 'must be a string', 'write the metric name, e.g. "accuracy"');
  const timeBox =
    form.time_box === undefined || form.time_box === null
      ? undefined
      : dateOf(form.time_box, `${at}.form.time_box`, fail).slice(0, 10);
  const num = (v: unknown, field: string) => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v))
      return fail(`${at}.form.${field}`, 'must be a number', 'write a plain number, or leave the field out');
    return v;
  };
  const goal = form.goal;
  if (goal !== undefined && goal !== 'maximize' && goal !== 'minimize')
    fail(`${at}.form.goal`, `is ${JSON.stringify(goal)}`, 'use "maximize" or "minimize"');
  const mode = form.mode;
  if (mode !== undefined && mode !== 'explore' && mode !== 'exploit')
    fail(`${at}.form.mode`, `is ${JSON.stringify(mode)}`, 'use "explore" or "exploit"');
  const baseline = num(form.baseline, 'baseline');
  const target = num(form.target, 'target');
  const budget = num(form.budget_gpu_hours, 'budget_gpu_hours');
  // The record goes through the app's own decoder, so a hand-edited export is as forgiving as a hand-edited comment.
  const record = decodeRecord(
    encodeRecord({ ...(isObject(raw.record) ? raw.record : {}), version: 1 } as ExperimentRecord),
  );
  if (raw.data !== undefined && raw.data !== null && !isObject(raw.data))
    fail(
      `${at}.data`,
      'must be an object',
      'write {"stage", "due", "ready_at", "blocks"}, or leave "data" out',
    );
  const data = isObject(raw.data) ? raw.data : undefined;
  for (const key of ['due', 'ready_at'] as const)
    if (data?.[key] != null && typeof data[key] !== 'string')
      fail(
        `${at}.data.${key}`,
        `is ${JSON.stringify(data[key])}, not a date`,
        'write an ISO 8601 date, e.g. "2026-11-13", or null',
      );
  if (
    data?.blocks !== undefined &&
    !(Array.isArray(data.blocks) && data.blocks.every((n) => Number.isInteger(n) && n > 0))
  )
    fail(
      `${at}.data.blocks`,
      'must be an array of experiment issue numbers',
      'write e.g. [105], without "#"',
    );
  if (data?.stage !== undefined && !(DATA_STAGES as readonly unknown[]).includes(data.stage)) {
    fail(`${at}.data.stage`, `is ${JSON.stringify(data.stage)}`, `use one of: ${DATA_STAGES.join(', ')}`);
  }
  return {
    number: raw.number as number,
    title: raw.title as string,
    url: typeof raw.url === 'string' ? raw.url : `https://github.com/${repository}/issues/${raw.number}`,
    kind: raw.kind as IssueSnapshot['kind'],
    state: raw.state as 'open' | 'closed',
    createdAt,
    ...(closedAt ? { closedAt } : {}),
    labels: Array.isArray(raw.labels) ? raw.labels.map(String) : [],
    ...(raw.column ? { column: raw.column as Column } : {}),
    ...(typeof raw.sprint === 'string' ? { sprint: raw.sprint } : {}),
    form: {
      ...(typeof form.metric === 'string' ? { metric: form.metric } : {}),
      ...(goal ? { goal: goal as 'maximize' | 'minimize' } : {}),
      ...(baseline !== undefined ? { baseline } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(budget !== undefined ? { budgetGpuHours: budget } : {}),
      ...(timeBox ? { timeBox } : {}),
      ...(mode ? { mode: mode as 'explore' | 'exploit' } : {}),
    },
    record,
    ...(data
      ? {
          data: {
            ...(data.stage ? { stage: data.stage as DataStage } : {}),
            ...(typeof data.due === 'string' ? { due: dateOf(data.due, `${at}.data.due`, fail) } : {}),
            ...(typeof data.ready_at === 'string'
              ? { readyAt: dateOf(data.ready_at, `${at}.data.ready_at`, fail) }
              : {}),
            ...(Array.isArray(data.blocks)
              ? { blocks: data.blocks.filter((n): n is number => Number.isInteger(n)) }
              : {}),
          },
        }
      : {}),
  };
}

function milestonesOf(raw: unknown, fail: Fail): { title: string; dueOn: string | null }[] {
  if (!Array.isArray(raw))
    return fail(
      'milestones',
      'must be an array',
      'list them as {"title", "due_on"}, or leave "milestones" out',
    );
  return raw.map((m, n) => {
    if (!isObject(m) || typeof m.title !== 'string')
      return fail(
        `milestones[${n}]`,
        'needs a title',
        'write {"title": "Sprint 12", "due_on": "2026-11-27T07:00:00Z"}',
      );
    return {
      title: m.title,
      dueOn: m.due_on == null ? null : dateOf(m.due_on, `milestones[${n}].due_on`, fail),
    };
  });
}

/** The embedded `report:` and `board:` sections follow the config file's own schema. */
function configOf(raw: unknown, fail: Fail): void {
  if (!isObject(raw))
    fail('config', 'must be an object', 'write {"report": {...}, "board": {...}}, or leave "config" out');
  const problem = schemaProblems(configSchema, raw, { file: 'config' })[0];
  if (problem) fail(`config.${problem.field}`, problem.message, problem.fix);
}

function sprintsOf(raw: unknown, fail: Fail): Sprint[] {
  if (!Array.isArray(raw) || raw.length === 0)
    return fail(
      'sprints',
      'must be a non-empty array',
      'list the sprints oldest first as {"name", "start", "end"}, or leave "sprints" out',
    );
  const sprints = raw.map((s, n) => {
    if (!isObject(s) || typeof s.name !== 'string')
      return fail(
        `sprints[${n}]`,
        'needs a name, start and end',
        'write {"name": "2026-W47", "start": "2026-11-16", "end": "2026-11-23"}',
      );
    const start = dateOf(s.start, `sprints[${n}].start`, fail);
    const end = dateOf(s.end, `sprints[${n}].end`, fail);
    if (end <= start)
      fail(
        `sprints[${n}].end`,
        'is not after the start',
        'make each sprint end after it starts (the end is exclusive)',
      );
    return { name: s.name, start, end };
  });
  sprints.forEach((s, n) => {
    const before = sprints[n - 1];
    if (before && s.start < before.end)
      fail(
        `sprints[${n}].start`,
        `is before the end of sprints[${n - 1}] ("${before.name}")`,
        'list the sprints oldest first, each starting at or after the end of the one before',
      );
  });
  return sprints;
}

function dateOf(v: unknown, field: string, fail: Fail): string {
  const t = typeof v === 'string' ? Date.parse(v) : Number.NaN;
  if (!isReportableTime(t))
    return fail(
      field,
      `is ${JSON.stringify(v)}, not a date ${REPORTABLE_RANGE}`,
      'write an ISO 8601 date or timestamp, e.g. "2026-11-20T09:00:00Z"',
    );
  return new Date(t).toISOString();
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
