import { dirname, join } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { EvalResults, ResultsSource, RunExamples } from '../../core/results.js';
import { loadResults } from '../results/results.js';
import {
  type Adapted,
  type AdaptedRun,
  assertOneModel,
  inputError,
  quoted,
  SOURCE_FORMATS,
  type SourceFormat,
} from './adapted.js';
import { type Detected, detect } from './detect.js';
import { forEachJsonLine, isDirectory, readJsonFile, sortedEntries } from './files.js';
import { inspectRuns } from './inspect.js';
import { OpenAiEvalsRecord } from './openai-evals.js';
import { promptfooRuns } from './promptfoo.js';
import { lmEvalResultFiles, readLmEvalRun } from './read-lm-eval.js';
import { readTable } from './read-table.js';
import type { TableColumns } from './table.js';

export interface EvalSources {
  results: EvalResults;
  /** Per-item rows by seed (each row names its metric); empty when the tool logged none. */
  examples: RunExamples;
  provenance: ResultsSource;
}

export interface SourceRequest {
  /** The tool, when not detected from the content. */
  from?: SourceFormat;
  /** Already-resolved files and directories: one per run, or one holding several runs. */
  paths: string[];
  /** The column mapping of a table. */
  columns?: TableColumns;
  /** The workspace that per-item rows named by a sprintlab.eval/v1 file must stay inside (default: its folder). */
  root?: string;
}

const FROM_FIX = `name one of ${SOURCE_FORMATS.join(', ')}`;

/** Checks an explicit format name (from a flag or the config). */
export function sourceFormat(name: string, where: string): SourceFormat {
  if ((SOURCE_FORMATS as readonly string[]).includes(name)) return name as SourceFormat;
  throw inputError(where, 'from', `unknown results format ${quoted(name)}`, FROM_FIX);
}

/**
 * The files a path stands for: a file itself; an lm-eval output directory as a whole; else the
 * results files in a directory, or (when it holds none) those of its subdirectories, one per run.
 */
async function expand(path: string, from: SourceFormat | undefined, depth = 0): Promise<string[]> {
  if (!(await isDirectory(path))) return [path];
  const isLmEval = await lmEvalResultFiles(path).then(
    () => true,
    () => false,
  );
  if (from === 'lm-eval' || (from === undefined && isLmEval)) return [path];
  const entries = await sortedEntries(path);
  const files = entries
    .filter((e) => e.isFile() && /\.(json|jsonl|csv|parquet)$/i.test(e.name))
    .map((e) => join(path, e.name));
  if (files.length > 0) return files;
  const dirs = entries.filter((e) => e.isDirectory());
  if (depth < 2 && dirs.length > 0) {
    const nested = [];
    for (const d of dirs) nested.push(...(await expand(join(path, d.name), from, depth + 1)));
    return nested;
  }
  throw inputError(
    path,
    '(directory)',
    'no results files in this directory',
    'point at the files the eval tool wrote, or at the directory that holds them',
  );
}

async function detected(path: string, from: SourceFormat | undefined): Promise<Detected> {
  if (await isDirectory(path)) return { format: 'lm-eval' };
  return detect(path, from);
}

async function readOne(
  path: string,
  format: SourceFormat,
  found: Detected,
  columns: TableColumns | undefined,
  position: number,
): Promise<Adapted> {
  const document = 'document' in found ? found.document : undefined;
  switch (format) {
    case 'lm-eval': {
      const runs = [];
      for (const file of await lmEvalResultFiles(path))
        runs.push(await readLmEvalRun(file, position + runs.length));
      return { tool: 'lm-eval', runs, ...(runs[0]?.version ? { version: runs[0].version } : {}) };
    }
    case 'promptfoo':
      return promptfooRuns(document ?? (await readJsonFile(path, 'promptfoo output')), path);
    case 'inspect':
      return inspectRuns(document ?? (await readJsonFile(path, 'Inspect log')), path);
    case 'openai-evals': {
      const record = new OpenAiEvalsRecord(path);
      await forEachJsonLine(path, 'oaieval writes one JSON object per line', (v, line) =>
        record.add(v, line),
      );
      return { tool: 'openai-evals', runs: [record.finish(position)] };
    }
    case 'table': {
      if (!columns) {
        throw inputError(
          path,
          'columns',
          'a table needs a column mapping',
          'map the columns in the config (gate.columns: {run, item, metric, value} or {run, item, metrics: [...]})',
        );
      }
      const kind = found.format === 'table' ? found.kind : 'jsonl';
      return { tool: 'table', runs: await readTable(path, kind, columns) };
    }
    case 'sprintlab':
      throw new Error('sprintlab.eval/v1 files are read by loadResults');
  }
}

/** Seeds as the tools recorded them when they tell runs apart; otherwise the runs in the order read. */
function numbered(runs: AdaptedRun[]): AdaptedRun[] {
  const seeds = new Set(runs.map((r) => String(r.seed)));
  return seeds.size === runs.length ? runs : runs.map((r, i) => ({ ...r, seed: i + 1 }));
}

/**
 * Reads one side's eval results from the tools' own outputs, in the shape the gate reads from a
 * sprintlab.eval/v1 file: the results, per-item rows by seed, and where they came from.
 */
export async function readEvalSources(request: SourceRequest): Promise<EvalSources> {
  const { from, paths, columns, root } = request;
  if (paths.length === 0)
    throw new InputError('no results files given', { fix: 'name at least one results file or directory' });
  const parts: Adapted[] = [];
  let tool: SourceFormat | undefined;
  let toolFile = '';
  let runCount = 0;
  for (const path of paths) {
    for (const file of await expand(path, from)) {
      const found = await detected(file, from);
      if (found.format === 'lm-eval-samples') {
        throw inputError(
          file,
          '(file)',
          'this is an lm-eval samples file, which holds no run-level results',
          'give the results_*.json beside it, or the directory lm_eval wrote',
        );
      }
      const known = found.format;
      if (from && from !== known) {
        throw inputError(
          file,
          'from',
          `this is ${known === 'table' ? 'a table' : `a ${known} output`}, not ${from}`,
          'drop the format to detect it from the content, or give the file that tool wrote',
        );
      }
      const format = known;
      if (tool && tool !== format) {
        throw inputError(
          file,
          '(file)',
          `one side mixes ${tool} (${toolFile}) and ${format} results`,
          'give one side the outputs of one tool',
        );
      }
      tool = format;
      toolFile ||= file;
      if (format === 'sprintlab') {
        if (paths.length > 1)
          throw inputError(
            file,
            '(file)',
            'a sprintlab.eval/v1 file holds every run of a side',
            'give one sprintlab.eval/v1 file per side',
          );
        const loaded = await loadResults(file, { root: root ?? dirname(file), withExamples: true });
        return {
          results: loaded.results,
          examples: loaded.examples ?? new Map(),
          provenance: { tool: 'sprintlab', files: [file], runs: loaded.results.runs.length },
        };
      }
      const part = await readOne(file, format, found, columns, runCount + 1);
      runCount += part.runs.length;
      parts.push(part);
    }
  }
  const runs = numbered(parts.flatMap((p) => p.runs));
  assertOneModel(runs, 'model');
  for (const run of runs) {
    if (Object.keys(run.metrics).length === 0) {
      throw inputError(
        run.files[0] ?? '',
        'metrics',
        `run ${run.seed} holds no metric values`,
        'give the output of an eval that scored at least one metric',
      );
    }
  }
  const version = parts.find((p) => p.version)?.version;
  const provenance: ResultsSource = {
    tool: tool ?? 'table',
    ...(version ? { version } : {}),
    files: [...new Set(runs.flatMap((r) => r.files))],
    runs: runs.length,
  };
  const model = runs.find((r) => r.model)?.model;
  const examples: RunExamples = new Map();
  for (const r of runs) if (r.rows.length > 0) examples.set(String(r.seed), r.rows);
  return {
    results: {
      format: 'sprintlab.eval/v1',
      ...(model ? { model } : {}),
      runs: runs.map((r) => ({
        seed: r.seed,
        metrics: r.metrics,
        ...(r.slices ? { slices: r.slices } : {}),
      })),
      source: provenance,
    },
    examples,
    provenance,
  };
}

/** The task part of a namespaced metric ("arc_easy/acc" → "arc_easy"); undefined for a plain name. */
const taskOf = (metric: string) => (metric.includes('/') ? metric.slice(0, metric.indexOf('/')) : undefined);

/**
 * A task evaluated on one side only cannot be compared: the gate would see a metric appear or vanish.
 * Reports the first such task as an input error naming the side's files.
 */
export function compareSides(candidate: EvalSources, baseline: EvalSources): void {
  if (baseline.results.runs.length === 0 || candidate.results.runs.length === 0) return;
  const tasks = (s: EvalSources) =>
    new Set(
      s.results.runs
        .flatMap((r) => Object.keys(r.metrics))
        .map(taskOf)
        .filter((t) => t !== undefined),
    );
  const c = tasks(candidate);
  const b = tasks(baseline);
  for (const [mine, theirs, side, other, files] of [
    [c, b, 'candidate', 'baseline', candidate.provenance.files],
    [b, c, 'baseline', 'candidate', baseline.provenance.files],
  ] as const) {
    const only = [...mine].find((t) => !theirs.has(t));
    if (only !== undefined) {
      throw inputError(
        files[0] ?? side,
        'tasks',
        `task ${quoted(only)} is in the ${side} results but not in the ${other}`,
        `evaluate both sides on the same tasks (run the ${other} on it too, or drop it from the ${side})`,
      );
    }
  }
}
