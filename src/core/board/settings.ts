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

export type WipMode = 'warn' | 'refuse';

/** The `board:` section of the config, as written (validated by the JSON Schema): where experiments are shown and the rules of moving them. */
export interface BoardConfig {
  project?: string;
  field?: string;
  wip?: Partial<Record<Column, number | { limit: number; mode?: WipMode }>>;
  wip_mode?: WipMode;
  labels_only?: boolean;
  time_box?: { ask?: boolean };
  min_learnings?: number;
  gate_app?: string | number | (string | number)[];
  fields?: Record<string, CardValue>;
}

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

/** Defaults for a missing or partial `board` section. The schema has already checked the types. */
export function boardSettings(b: BoardConfig = {}): BoardSettings {
  const wip: Partial<Record<Column, number>> = {};
  const wipModes: Partial<Record<Column, WipMode>> = {};
  for (const column of COLUMNS) {
    const limit = b.wip?.[column];
    if (typeof limit === 'number') wip[column] = limit;
    else if (limit) {
      wip[column] = limit.limit;
      if (limit.mode) wipModes[column] = limit.mode;
    }
  }
  const cardFields = Object.entries(b.fields ?? {}).map(([field, value]) => ({ field, value }));
  return {
    project: b.labels_only || b.project === undefined ? undefined : parseProjectUrl(b.project),
    field: b.field ?? 'Status',
    wip,
    wipMode: b.wip_mode ?? 'warn',
    wipModes,
    cardFields,
    askOnTimeBox: b.time_box?.ask !== false,
    minLearnings: b.min_learnings ?? 20,
    gateApps: b.gate_app === undefined ? [] : [b.gate_app].flat(),
  };
}

/** The `status:*` label of a column in labels-only mode. */
export const statusLabel = (column: Column) => `status:${column.toLowerCase()}`;
export const STATUS_LABELS = COLUMNS.map(statusLabel);
export const stageLabel = (stage: string) => `stage:${stage.toLowerCase().replace(/\s+/g, '-')}`;

/** The WIP mode of one column: its own, or the board's. */
export const wipModeOf = (board: BoardSettings, column: Column) => board.wipModes[column] ?? board.wipMode;
