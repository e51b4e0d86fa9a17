import type { ExampleRow } from '../../core/results.js';
import {
  type AdaptedRun,
  finiteAt,
  idAt,
  inputError,
  isObject,
  kindOf,
  objectAt,
  settleOutcomes,
} from './adapted.js';

/**
 * lm-evaluation-harness output: `results_<date>.json` (metrics per task as "<metric>,<filter>") and
 * `samples_<task>_<date>.jsonl` (one line per document and filter). Metrics become "<task>/<metric>",
 * with the filter kept only when it is not "none".
 */

const RESULTS_FIX =
  'give the results_*.json that lm_eval --output_path writes (it has "results": {task: {"acc,none": 0.5, ...}})';
const SAMPLE_FIX =
  'give the samples_<task>_*.jsonl that lm_eval --log_samples writes (one JSON object per line with "doc_id")';

/** Fields of a sample line that are not per-document metric values. */
const SAMPLE_FIELDS = new Set([
  'doc_id',
  'doc',
  'target',
  'arguments',
  'resps',
  'filtered_resps',
  'filter',
  'metrics',
  'doc_hash',
  'prompt_hash',
  'target_hash',
]);

export const metricName = (task: string, metric: string, filter: string) =>
  filter === 'none' ? `${task}/${metric}` : `${task}/${metric},${filter}`;

export interface LmEvalSummary {
  metrics: Record<string, number>;
  tasks: string[];
  model?: string;
  seed?: number;
  version?: string;
}

/** The task metrics, model, seed and version of one results_*.json. */
export function lmEvalSummary(data: unknown, file: string): LmEvalSummary {
  const top = objectAt(data, file, '(top level)', RESULTS_FIX);
  const results = objectAt(top.results, file, 'results', RESULTS_FIX);
  const metrics: Record<string, number> = {};
  for (const [task, entry] of Object.entries(results)) {
    const values = objectAt(entry, file, `results.${task}`, RESULTS_FIX);
    for (const [key, value] of Object.entries(values)) {
      // "alias", "name", "sample_len" and other bookkeeping have no filter part; stderrs are not gated.
      const comma = key.indexOf(',');
      if (comma < 0) continue;
      const metric = key.slice(0, comma);
      if (metric.endsWith('_stderr')) continue;
      metrics[metricName(task, metric, key.slice(comma + 1))] = finiteAt(
        value,
        file,
        `results.${task}.${key}`,
        'lm-eval writes each metric as a number; re-run the task, or drop it from --tasks if it failed',
      );
    }
  }
  const config = isObject(top.config) ? top.config : {};
  const model =
    typeof top.model_name === 'string' && top.model_name
      ? top.model_name
      : typeof config.model_args === 'string'
        ? config.model_args
        : undefined;
  const seed = typeof config.random_seed === 'number' ? config.random_seed : undefined;
  const version = typeof top.lm_eval_version === 'string' ? top.lm_eval_version : undefined;
  return {
    metrics,
    tasks: Object.keys(results),
    ...(model ? { model } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(version ? { version } : {}),
  };
}

/** The per-document rows of one sample line: one row per metric it logs (for its filter). */
export function lmEvalSampleRows(value: unknown, task: string, file: string, line: number): ExampleRow[] {
  const sample = objectAt(value, file, '(line)', SAMPLE_FIX, line);
  const docId = idAt(sample.doc_id, file, 'doc_id', SAMPLE_FIX, line);
  const filter = sample.filter === undefined ? 'none' : sample.filter;
  if (typeof filter !== 'string') {
    throw inputError(file, 'filter', `"filter" is ${kindOf(filter)}, not a filter name`, SAMPLE_FIX, line);
  }
  // Newer versions list the metric names; older ones only write them beside the bookkeeping fields.
  const names = Array.isArray(sample.metrics)
    ? sample.metrics.filter((m): m is string => typeof m === 'string')
    : Object.keys(sample).filter((k) => !SAMPLE_FIELDS.has(k));
  const rows: ExampleRow[] = [];
  const id = `${task}/${docId}`;
  for (const name of names) {
    const v = sample[name];
    const metric = metricName(task, name, filter);
    if (typeof v === 'number' && Number.isFinite(v)) rows.push({ id, score: v, slice: task, metric });
    else if (typeof v === 'boolean') rows.push({ id, correct: v, slice: task, metric });
    // Corpus metrics (bleu, f1 on some tasks) log per-document pairs that only mean something aggregated.
  }
  return rows;
}

/** Accumulates sample rows, rejecting a document logged twice for the same metric. */
export class LmEvalRows {
  private readonly seen = new Map<string, number>();
  readonly rows: ExampleRow[] = [];

  add(rows: ExampleRow[], file: string, line: number): void {
    for (const row of rows) {
      const key = `${row.metric}\u0000${row.id}`;
      const first = this.seen.get(key);
      if (first !== undefined) {
        throw inputError(
          file,
          'doc_id',
          `document ${row.id} is logged twice for ${row.metric} (lines ${first} and ${line})`,
          'give the samples file of one run only: concatenated runs go in separate directories, one per seed',
          line,
        );
      }
      this.seen.set(key, line);
      this.rows.push(row);
    }
  }
}

export type LmEvalRun = AdaptedRun & { version?: string };

/** A run from its summary and sample rows; `position` numbers it when the results record no seed. */
export function lmEvalRunOf(
  summary: LmEvalSummary,
  rows: LmEvalRows,
  files: string[],
  position: number,
): LmEvalRun {
  return {
    seed: summary.seed ?? position,
    metrics: summary.metrics,
    rows: settleOutcomes(rows.rows),
    files,
    ...(summary.model ? { model: summary.model } : {}),
    ...(summary.version ? { version: summary.version } : {}),
  };
}

/** One run from its parsed results and sample lines (already-parsed JSON). */
export function lmEvalRun(
  results: { file: string; data: unknown },
  samples: readonly { file: string; task: string; lines: readonly unknown[] }[],
  position = 1,
): LmEvalRun {
  const summary = lmEvalSummary(results.data, results.file);
  const rows = new LmEvalRows();
  for (const s of samples) {
    s.lines.forEach((v, i) => {
      rows.add(lmEvalSampleRows(v, s.task, s.file, i + 1), s.file, i + 1);
    });
  }
  return lmEvalRunOf(summary, rows, [results.file, ...samples.map((s) => s.file)], position);
}
