import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import schema from '../../schemas/eval-results.schema.json' with { type: 'json' };
import { assertValid } from '../config/validate.js';
import { InputError } from '../core/errors.js';
import type { EvalResults, LoadedResults, RunExamples } from '../core/results.js';
import { readExamples } from './examples.js';
import { parseJson } from './json.js';

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
  const results = data as EvalResults;
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

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Loads a results file from disk; `withExamples` also reads each run's per-item JSONL. */
export async function loadResults(
  path: string,
  options: { withExamples?: boolean; ref?: string } = {},
): Promise<LoadedResults> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'results file not found' : `cannot read the results file (${code})`,
      {
        file: path,
        fix: 'check the path (relative to the working directory), or run the eval that writes it',
      },
    );
  }
  return resultsFromText(text, path, { ...options, baseDir: dirname(path) });
}

/** Builds LoadedResults from text, e.g. a baseline read with `git show`. Examples resolve against `baseDir`. */
export async function resultsFromText(
  text: string,
  source: string,
  options: { withExamples?: boolean; ref?: string; baseDir?: string } = {},
): Promise<LoadedResults> {
  const results = parseResults(text, source);
  const loaded: LoadedResults = {
    source,
    sha256: sha256(text),
    results,
    ...(options.ref ? { ref: options.ref } : {}),
  };
  if (options.withExamples && results.runs.some((r) => r.examples)) {
    const examples: RunExamples = new Map();
    for (const [i, run] of results.runs.entries()) {
      if (!run.examples) continue;
      const path = resolve(options.baseDir ?? '.', run.examples);
      const shown = relative(process.cwd(), path);
      examples.set(
        String(run.seed),
        await readExamples(path, `${source} runs[${i}].examples`, shown.startsWith('..') ? path : shown),
      );
    }
    loaded.examples = examples;
  }
  return loaded;
}
