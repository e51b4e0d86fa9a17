import { DEFAULT_CONFIG_PATH } from '../contracts.js';
import { InputError } from '../errors.js';
import { COLUMNS, type Column } from '../experiment/record.js';

/** The `board` section of .github/sprintlab.yml with its defaults applied. */
export interface BoardSettings {
  /** The Projects v2 board; undefined means labels-only mode (`status:*` labels). */
  project?: ProjectRef;
  /** The single-select field whose options are the columns. */
  field: string;
  wip: Partial<Record<Column, number>>;
  /** Over a WIP limit: `warn` moves and flags it, `refuse` does not move. The default for every column. */
  wipMode: 'warn' | 'refuse';
  /** Columns whose limit has its own mode (`wip: { Experiment: { limit: 3, mode: refuse } }`). */
  wipModes: Partial<Record<Column, 'warn' | 'refuse'>>;
  /** Project fields kept equal to a value of the experiment, e.g. a number field "Target" = target. */
  cardFields: { field: string; value: CardValue }[];
  /** Ask for a decision on experiments past their time box (on the scheduled run). */
  askOnTimeBox: boolean;
  /** `/kill` needs at least this many characters of learnings. */
  minLearnings: number;
  /** Apps (slug or id) besides GitHub Actions whose "Sprintlab gate" check runs are the gate's verdict. */
  gateApps: (string | number)[];
}

/** What an experiment can show in a board field. */
export const CARD_VALUES = [
  'metric',
  'goal',
  'baseline',
  'target',
  'latest',
  'budget',
  'compute_used',
  'time_box',
  'mode',
  'gate',
] as const;
export type CardValue = (typeof CARD_VALUES)[number];

export interface ProjectRef {
  url: string;
  ownerType: 'organization' | 'user';
  owner: string;
  number: number;
}

/** Reads `https://github.com/orgs/<org>/projects/<n>` or `https://github.com/users/<user>/projects/<n>`. */
export function parseProjectUrl(url: string): ProjectRef {
  const m = /^https:\/\/[^/]+\/(orgs|users)\/([A-Za-z0-9-]+)\/projects\/(\d+)\/?(?:views\/\d+\/?)?$/.exec(
    url.trim(),
  );
  if (!m?.[1] || !m[2] || !m[3]) {
    throw new InputError(`"${url}" is not a Projects board URL`, {
      file: DEFAULT_CONFIG_PATH,
      field: 'board.project',
      fix: 'copy the board URL from the browser, e.g. https://github.com/orgs/acme/projects/3 (or /users/<login>/projects/<n>)',
    });
  }
  return {
    url: url.trim(),
    ownerType: m[1] === 'orgs' ? 'organization' : 'user',
    owner: m[2],
    number: Number(m[3]),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Defaults for a missing or partial `board` section. The schema has already checked the types. */
export function boardSettings(board: unknown): BoardSettings {
  const b = isRecord(board) ? board : {};
  const wip: Partial<Record<Column, number>> = {};
  const wipModes: Partial<Record<Column, 'warn' | 'refuse'>> = {};
  if (isRecord(b.wip)) {
    for (const [column, limit] of Object.entries(b.wip)) {
      if (!(COLUMNS as readonly string[]).includes(column)) continue;
      if (typeof limit === 'number') wip[column as Column] = limit;
      else if (isRecord(limit) && typeof limit.limit === 'number') {
        wip[column as Column] = limit.limit;
        if (limit.mode === 'warn' || limit.mode === 'refuse') wipModes[column as Column] = limit.mode;
      }
    }
  }
  const cardFields: BoardSettings['cardFields'] = [];
  if (isRecord(b.fields)) {
    for (const [field, value] of Object.entries(b.fields)) {
      if ((CARD_VALUES as readonly unknown[]).includes(value))
        cardFields.push({ field, value: value as CardValue });
    }
  }
  const labelsOnly = b.labels_only === true || typeof b.project !== 'string';
  const timeBox = isRecord(b.time_box) ? b.time_box : {};
  return {
    project: labelsOnly ? undefined : parseProjectUrl(String(b.project)),
    field: typeof b.field === 'string' ? b.field : 'Status',
    wip,
    wipMode: b.wip_mode === 'refuse' ? 'refuse' : 'warn',
    wipModes,
    cardFields,
    askOnTimeBox: timeBox.ask !== false,
    minLearnings: typeof b.min_learnings === 'number' ? b.min_learnings : 20,
    gateApps: [b.gate_app]
      .flat()
      .filter((a): a is string | number => typeof a === 'string' || typeof a === 'number'),
  };
}

/** The `status:*` label of a column in labels-only mode. */
export const statusLabel = (column: Column) => `status:${column.toLowerCase()}`;
export const STATUS_LABELS = COLUMNS.map(statusLabel);
export const stageLabel = (stage: string) => `stage:${stage.toLowerCase().replace(/\s+/g, '-')}`;

/** The WIP mode of one column: its own, or the board's. */
export const wipModeOf = (board: BoardSettings, column: Column) => board.wipModes[column] ?? board.wipMode;
