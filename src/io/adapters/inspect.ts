import type { ExampleRow } from '../../core/results.js';
import {
  type Adapted,
  type AdaptedRun,
  idAt,
  inputError,
  isObject,
  kindOf,
  mean,
  objectAt,
  quoted,
  settleOutcomes,
} from './adapted.js';

/**
 * Inspect (inspect_ai) eval logs in JSON. Epochs become runs. `results.scores` are computed over
 * epoch-reduced scores (the mean of each sample's epochs by default), so they cannot give a per-epoch
 * value: every run's metrics are recomputed from the samples of that epoch.
 */

const FIX =
  'give the .json log that "inspect eval --log-format json" writes (or convert an .eval log with "inspect log convert --to json")';

/** Inspect's default value_to_float: the letter grades, yes/no words, numbers and numeric strings. */
const GRADES: Record<string, number> = { C: 1, I: 0, P: 0.5, N: 0, yes: 1, no: 0, true: 1, false: 0 };

function toFloat(value: unknown, file: string, field: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const grade = GRADES[value] ?? GRADES[value.toLowerCase()];
    if (grade !== undefined) return grade;
    const n = Number(value);
    if (value.trim() !== '' && Number.isFinite(n)) return n;
  }
  throw inputError(
    file,
    field,
    `the score value is ${kindOf(value)} that is not a grade (C, I, P, N), a yes/no word or a number`,
    'use a scorer whose values Inspect can reduce to numbers, or convert its values before reading the log',
  );
}

/** The name a scorer's per-epoch mean goes by: the scorer's own "accuracy" or "mean" metric. */
function statOf(scores: unknown[], scorer: string): string {
  const entry = scores.find((s) => isObject(s) && s.name === scorer);
  const metrics = isObject(entry) && isObject(entry.metrics) ? Object.keys(entry.metrics) : [];
  return metrics.includes('accuracy') ? 'accuracy' : 'mean';
}

/** The runs (one per epoch) of one parsed Inspect log. */
export function inspectRuns(data: unknown, file: string): Adapted {
  const log = objectAt(data, file, '(top level)', FIX);
  const evalSpec = objectAt(log.eval, file, 'eval', FIX);
  if (log.status !== 'success') {
    throw inputError(
      file,
      'status',
      `the eval did not finish (status ${typeof log.status === 'string' ? quoted(log.status) : kindOf(log.status)})`,
      'read only logs of finished evals: re-run it, or "inspect eval-retry" the log',
    );
  }
  if (!Array.isArray(log.samples) || log.samples.length === 0) {
    throw inputError(
      file,
      'samples',
      'the log has no samples, and per-epoch values can only come from them',
      'run "inspect eval" without --no-log-samples (results.scores are already reduced across epochs)',
    );
  }
  const scoreSpecs = isObject(log.results) && Array.isArray(log.results.scores) ? log.results.scores : [];
  const model = typeof evalSpec.model === 'string' ? evalSpec.model : undefined;
  const byEpoch = new Map<number, ExampleRow[]>();
  const seen = new Set<string>();
  log.samples.forEach((value, i) => {
    const at = `samples[${i}]`;
    const sample = objectAt(value, file, at, FIX);
    const id = idAt(
      sample.id,
      file,
      `${at}.id`,
      'every Inspect sample has an id; give the dataset ids (Sample(id=...))',
    );
    const epoch = sample.epoch;
    if (typeof epoch !== 'number' || !Number.isInteger(epoch) || epoch < 1) {
      throw inputError(
        file,
        `${at}.epoch`,
        epoch === undefined ? 'the sample has no epoch' : `"epoch" is ${kindOf(epoch)}, not an epoch number`,
        'read a log written by Inspect 0.3 or later (each sample records its epoch, from 1)',
      );
    }
    if (seen.size === seen.add(`${epoch}\u0000${id}`).size) {
      throw inputError(
        file,
        `${at}.id`,
        `sample ${quoted(id)} appears twice in epoch ${epoch}`,
        'give each sample its own id',
      );
    }
    const scores = objectAt(
      sample.scores,
      file,
      `${at}.scores`,
      'score the samples (a scorer in the task, or "inspect score")',
    );
    const rows = byEpoch.get(epoch) ?? [];
    for (const [scorer, score] of Object.entries(scores)) {
      const value = objectAt(score, file, `${at}.scores.${scorer}`, FIX).value;
      // A scorer with several values ({"a": "C", "b": "I"}) reports each key as its own score.
      const parts = isObject(value) ? Object.entries(value) : [[scorer, value] as const];
      for (const [name, v] of parts) {
        const metric = `${name}/${statOf(scoreSpecs, name)}`;
        rows.push({ id, score: toFloat(v, file, `${at}.scores.${scorer}.value`), metric });
      }
    }
    byEpoch.set(epoch, rows);
  });
  const runs: AdaptedRun[] = [...byEpoch.entries()]
    .sort(([a], [b]) => a - b)
    .map(([epoch, rows]) => {
      const values = new Map<string, number[]>();
      for (const r of rows) {
        const list = values.get(r.metric!) ?? [];
        list.push(r.score!);
        values.set(r.metric!, list);
      }
      return {
        seed: epoch,
        metrics: Object.fromEntries([...values].map(([m, xs]) => [m, mean(xs)])),
        rows: settleOutcomes(rows),
        files: [file],
        ...(model ? { model } : {}),
      };
    });
  const packages = isObject(evalSpec.packages) ? evalSpec.packages : {};
  const version = typeof packages.inspect_ai === 'string' ? packages.inspect_ai : undefined;
  return { tool: 'inspect', runs, ...(version ? { version } : {}) };
}
