import type { ExampleRow } from '../../core/results.js';
import { type AdaptedRun, inputError, isObject, kindOf, mean, quoted, settleOutcomes } from './adapted.js';

/**
 * Tables (CSV, JSONL, Parquet; MLflow and W&B exports among them) with a column mapping: `run` names
 * the run (seed) column, `item` the eval item column (absent: one row per run), and either `metric`
 * plus `value` (a long table: one row per run × item × metric) or `metrics` (a wide table: one column
 * per metric).
 */
export interface TableColumns {
  run: string;
  item?: string;
  metric?: string;
  value?: string;
  metrics?: string[];
  slice?: string;
}

const MAPPING_FIX =
  'map the columns as {run, item?, metric, value} for a long table or {run, item?, metrics: [...]} for a wide one';

/** Checks a column mapping from the config (untrusted shape) and returns it typed. */
export function tableColumns(value: unknown, where: string): TableColumns {
  if (!isObject(value))
    throw inputError(where, 'columns', `the column mapping is ${kindOf(value)}`, MAPPING_FIX);
  const str = (k: string): string | undefined => {
    const v = value[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v === '')
      throw inputError(where, `columns.${k}`, `"${k}" must name a column`, MAPPING_FIX);
    return v;
  };
  const run = str('run');
  if (!run) throw inputError(where, 'columns.run', 'the mapping names no run column', MAPPING_FIX);
  const metrics = value.metrics;
  if (
    metrics !== undefined &&
    (!Array.isArray(metrics) || metrics.length === 0 || !metrics.every((m) => typeof m === 'string' && m))
  ) {
    throw inputError(where, 'columns.metrics', '"metrics" must list the metric columns', MAPPING_FIX);
  }
  const columns: TableColumns = { run };
  for (const k of ['item', 'metric', 'value', 'slice'] as const) {
    const v = str(k);
    if (v) columns[k] = v;
  }
  if (metrics) columns.metrics = metrics as string[];
  if (!columns.metrics === !(columns.metric && columns.value)) {
    throw inputError(
      where,
      'columns',
      'give either "metric" and "value" (long) or "metrics" (wide), not both or neither',
      MAPPING_FIX,
    );
  }
  return columns;
}

/** The columns a mapping reads, in a fixed order. */
export const mappedColumns = (c: TableColumns): string[] =>
  [c.run, c.item, c.slice, c.metric, c.value, ...(c.metrics ?? [])].filter(
    (x): x is string => x !== undefined,
  );

function numberOf(v: unknown, file: string, field: string, line: number): number {
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'boolean'
        ? v
          ? 1
          : 0
        : typeof v === 'string' && v.trim() !== ''
          ? Number(v)
          : Number.NaN;
  if (Number.isFinite(n)) return n;
  throw inputError(
    file,
    field,
    `the value is ${v === '' ? 'empty' : kindOf(v)}, not a finite number`,
    'write each metric value as a number (leave the row out if there is none)',
    line,
  );
}

function keyOf(v: unknown, file: string, field: string, line: number): string {
  if ((typeof v === 'string' && v !== '') || (typeof v === 'number' && Number.isFinite(v))) return String(v);
  if (typeof v === 'bigint') return v.toString();
  throw inputError(
    file,
    field,
    v === undefined || v === null || v === '' ? `the row has no "${field}"` : `"${field}" is ${kindOf(v)}`,
    'fill the column in every row',
    line,
  );
}

/** Turns table records (column -> value, with their line or row numbers) into runs. */
export class TableRuns {
  private readonly runs = new Map<
    string,
    { values: Map<string, number[]>; rows: ExampleRow[]; seen: Set<string> }
  >();

  constructor(
    private readonly columns: TableColumns,
    private readonly file: string,
  ) {}

  add(record: Record<string, unknown>, line: number): void {
    const { columns: c, file } = this;
    const run = keyOf(record[c.run], file, c.run, line);
    const item = c.item === undefined ? undefined : keyOf(record[c.item], file, c.item, line);
    const slice = c.slice === undefined ? undefined : record[c.slice];
    const entries: [string, unknown, string][] = c.metrics
      ? c.metrics.map((m) => [m, record[m], m])
      : [[keyOf(record[c.metric!], file, c.metric!, line), record[c.value!], c.value!]];
    let state = this.runs.get(run);
    if (!state) {
      state = { values: new Map(), rows: [], seen: new Set() };
      this.runs.set(run, state);
    }
    for (const [metric, raw, field] of entries) {
      if (c.metrics && (raw === undefined || raw === null || raw === '')) continue;
      const value = numberOf(raw, file, field, line);
      const key = `${metric}\u0000${item ?? ''}`;
      if (state.seen.size === state.seen.add(key).size) {
        throw inputError(
          file,
          c.item ?? c.run,
          `run ${quoted(run)} has two values of ${quoted(metric)}${item === undefined ? '' : ` for item ${quoted(item)}`}`,
          c.item ? 'write one row per run, item and metric' : 'map an item column, or write one row per run',
          line,
        );
      }
      const list = state.values.get(metric) ?? [];
      list.push(value);
      state.values.set(metric, list);
      if (item !== undefined) {
        state.rows.push({
          id: item,
          score: value,
          metric,
          ...(typeof slice === 'string' && slice ? { slice } : {}),
        });
      }
    }
  }

  finish(): AdaptedRun[] {
    if (this.runs.size === 0)
      throw inputError(this.file, this.columns.run, 'the table has no rows', MAPPING_FIX);
    return [...this.runs].map(([run, state]) => ({
      seed: /^-?\d+$/.test(run) && Number.isSafeInteger(Number(run)) ? Number(run) : run,
      metrics: Object.fromEntries([...state.values].map(([m, xs]) => [m, mean(xs)])),
      rows: settleOutcomes(state.rows),
      files: [this.file],
    }));
  }
}

/** Runs from already-parsed table records. */
export function tableRuns(
  records: readonly Record<string, unknown>[],
  columns: TableColumns,
  file: string,
): AdaptedRun[] {
  const table = new TableRuns(columns, file);
  records.forEach((r, i) => {
    table.add(r, i + 1);
  });
  return table.finish();
}
