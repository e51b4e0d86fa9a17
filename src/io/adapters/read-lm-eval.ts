import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { inputError } from './adapted.js';
import { forEachJsonLine, isDirectory, listTwoLevels, readJsonFile } from './files.js';
import { LmEvalRows, type LmEvalRun, lmEvalRunOf, lmEvalSampleRows, lmEvalSummary } from './lm-eval.js';

/** The date stamp of a results_<date>.json file name (undefined for another name). */
const stampOf = (name: string) =>
  name.startsWith('results_') && name.endsWith('.json')
    ? name.slice('results_'.length, -'.json'.length)
    : undefined;

/** The results files a path stands for: itself, or every results_*.json in the directory (two levels). */
export async function lmEvalResultFiles(path: string): Promise<string[]> {
  if (!(await isDirectory(path))) return [path];
  const found = (await listTwoLevels(path)).filter((f) => stampOf(basename(f)) !== undefined);
  if (found.length === 0) {
    throw inputError(
      path,
      '(directory)',
      'no lm-eval results_*.json in this directory or the one below it',
      'point at the --output_path lm_eval wrote, or at a results_*.json file',
    );
  }
  return found;
}

/**
 * One run per results file; its samples are the samples_<task>_<date>.jsonl beside it with the same
 * date stamp (lm_eval writes a new stamp per invocation, so several runs can share a directory).
 */
export async function readLmEvalRun(resultsFile: string, position: number): Promise<LmEvalRun> {
  const summary = lmEvalSummary(await readJsonFile(resultsFile, 'lm-eval results file'), resultsFile);
  const stamp = stampOf(basename(resultsFile));
  const dir = dirname(resultsFile);
  const samples = stamp
    ? (await readdir(dir)).filter((n) => n.startsWith('samples_') && n.endsWith(`_${stamp}.jsonl`)).sort()
    : [];
  const rows = new LmEvalRows();
  const files = [resultsFile];
  for (const name of samples) {
    const task = name.slice('samples_'.length, -`_${stamp}.jsonl`.length);
    if (!summary.tasks.includes(task)) continue;
    const file = join(dir, name);
    files.push(file);
    await forEachJsonLine(
      file,
      'lm-eval writes one JSON object per line; re-run with --log_samples',
      (value, line) => rows.add(lmEvalSampleRows(value, task, file, line), file, line),
    );
  }
  return lmEvalRunOf(summary, rows, files, position);
}
