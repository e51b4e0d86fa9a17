import { createHash } from 'node:crypto';
import { dirname, posix, relative, resolve } from 'node:path';
import schema from '../../../schemas/eval-results.schema.json' with { type: 'json' };
import { assertValid } from '../../config/validate.js';
import { InputError } from '../../core/errors.js';
import { ownRecord } from '../../core/own-record.js';
import type { EvalResults, ExampleRow, LoadedResults, RunExamples } from '../../core/results.js';
import { parseJson } from '../files/json.js';
import { readTextFile } from '../files/read-text.js';
import { RESULTS_MAX_BYTES, repositoryPath, workspaceFile } from '../files/workspace-path.js';
import { examplesFromText, readExamples } from './examples.js';

const FORMAT = 'sprintlab.eval/v1';

/** Validates the text of a results file: JSON, schema, and the rules a schema cannot say. */
export function parseResults(text: string, file: string): EvalResults {
  const data = parseJson(text, file, 'the results file');
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const format = (data as { format?: unknown }).format;
    if (format !== FORMAT) {
      throw new InputError(
        format === undefined ? 'missing "format"' : `unsupported format ${JSON.stringify(format)}`,
        {
          file,
          field: 'format',
          fix: `set "format": "${FORMAT}" and follow that layout (runs[].seed, runs[].metrics); other tools' outputs need an adapter`,
        },
      );
    }
  }
  assertValid(schema, data, { file }, 'the results file');
  const results = withOwnNames(data as EvalResults);
  assertFinite(results, file);
  const seen = new Map<string, number>();
  results.runs.forEach((run, i) => {
    const key = String(run.seed);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(`seed ${key} appears twice (runs[${first}] and runs[${i}])`, {
        file,
        field: `runs[${i}].seed`,
        fix: 'give each run its own seed, or drop the duplicate run (each seed must be an independent run)',
      });
    }
    seen.set(key, i);
  });
  return results;
}

/** Metric and slice names are the user's: none of them may reach a prototype when looked up. */
function withOwnNames(results: EvalResults): EvalResults {
  for (const run of results.runs) {
    run.metrics = ownRecord(run.metrics);
    if (!run.slices) continue;
    run.slices = ownRecord(run.slices);
    for (const slice of Object.values(run.slices)) slice.metrics = ownRecord(slice.metrics);
  }
  return results;
}

/**
 * JSON has no NaN or Infinity, but JSON.parse reads an overflowing literal such as 1e309 as Infinity,
 * and the schema's "number" lets it through: a metric value must be finite for any mean to mean anything.
 */
function assertFinite(results: EvalResults, file: string): void {
  const bad = (metrics: Record<string, number>, at: string) => {
    for (const [name, value] of Object.entries(metrics)) {
      if (Number.isFinite(value)) continue;
      throw new InputError(`metric "${name}" is ${value}, not a finite number`, {
        file,
        field: `${at}.${name}`,
        fix: 'write the value as a finite number (a literal such as 1e309 overflows to infinity); drop the run if the eval diverged',
      });
    }
  };
  results.runs.forEach((run, i) => {
    bad(run.metrics, `runs[${i}].metrics`);
    for (const [slice, s] of Object.entries(run.slices ?? {}))
      bad(s.metrics, `runs[${i}].slices.${slice}.metrics`);
  });
}

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * Loads a results file from disk; `withExamples` also reads each run's per-item JSONL. `path` has been
 * checked to be inside `root` (see workspaceFile); so is every "examples" file the runs name.
 */
export async function loadResults(
  path: string,
  options: { root: string; withExamples?: boolean; ref?: string; shown?: string },
): Promise<LoadedResults> {
  const { shown = path, root, ...rest } = options;
  const text = await readTextFile(
    path,
    'results file',
    'check the path (relative to the working directory), or run the eval that writes it',
    shown,
  );
  return resultsFromText(text, shown, { ...rest, examples: diskExamples(root, dirname(path)) });
}

/**
 * Reads the per-item rows a run points at. `relPath` is relative to the results file. The baseline
 * read at a commit reads its rows at that commit too, never from the working tree.
 */
export type ExamplesReader = (relPath: string, referencedFrom: string) => Promise<ExampleRow[]>;

/** Rows from files beside the results file on disk, never outside the workspace `root`. */
export function diskExamples(root: string, baseDir: string): ExamplesReader {
  return async (relPath, referencedFrom) => {
    const path = await workspaceFile(root, relPath, {
      key: referencedFrom,
      from: baseDir,
      maxBytes: RESULTS_MAX_BYTES,
    });
    const shown = relative(root, resolve(path)).split('\\').join('/');
    return readExamples(path, referencedFrom, shown);
  };
}

/** Rows from files read some other way (git, the contents API), by their path relative to the results. */
export function textExamples(
  resultsPath: string,
  read: (path: string) => Promise<string | undefined>,
): ExamplesReader {
  return async (relPath, referencedFrom) => {
    const path = repositoryPath(relPath, referencedFrom, posix.dirname(resultsPath));
    return examplesFromText(await read(path), referencedFrom, path);
  };
}

/** Builds LoadedResults from text, e.g. a baseline read with `git show`. */
export async function resultsFromText(
  text: string,
  source: string,
  options: { withExamples?: boolean; ref?: string; examples?: ExamplesReader } = {},
): Promise<LoadedResults> {
  const results = parseResults(text, source);
  const loaded: LoadedResults = {
    source,
    sha256: sha256(text),
    results,
    ...(options.ref ? { ref: options.ref } : {}),
  };
  if (options.withExamples && results.runs.some((r) => r.examples)) {
    const read = options.examples ?? diskExamples(process.cwd(), process.cwd());
    const examples: RunExamples = new Map();
    for (const [i, run] of results.runs.entries()) {
      if (run.examples)
        examples.set(String(run.seed), await read(run.examples, `${source} runs[${i}].examples`));
    }
    loaded.examples = examples;
  }
  return loaded;
}
