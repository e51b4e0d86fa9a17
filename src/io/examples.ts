import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { InputError } from '../core/errors.js';
import type { ExampleRow } from '../core/results.js';

const FIX =
  'each line must be a JSON object like {"id": "q-001", "correct": true, "slice": "lang:de"} (or "score": 0.7 instead of "correct")';

function toRow(value: unknown, file: string, line: number): ExampleRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('the row is not a JSON object', { file, line, fix: FIX });
  }
  const { id, correct, score, slice } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new InputError('the row has no "id"', { file, line, field: 'id', fix: FIX });
  }
  if (correct !== undefined && typeof correct !== 'boolean') {
    throw new InputError(`"correct" must be true or false, found ${JSON.stringify(correct)}`, {
      file,
      line,
      field: 'correct',
      fix: FIX,
    });
  }
  if (score !== undefined && (typeof score !== 'number' || !Number.isFinite(score))) {
    throw new InputError(`"score" must be a finite number, found ${JSON.stringify(score)}`, {
      file,
      line,
      field: 'score',
      fix: FIX,
    });
  }
  if (correct === undefined && score === undefined) {
    throw new InputError('the row has neither "correct" nor "score"', { file, line, fix: FIX });
  }
  const row: ExampleRow = { id: String(id) };
  if (correct !== undefined) row.correct = correct;
  if (score !== undefined) row.score = score as number;
  if (typeof slice === 'string') row.slice = slice;
  return row;
}

const notFound = (shown: string, referencedFrom: string) =>
  new InputError('examples file not found', {
    file: shown,
    fix: `${referencedFrom} points here; the path is relative to the results file — fix it or remove "examples"`,
  });

/** Collects rows from lines; a malformed row is an InputError with its file and line. */
async function collect(
  lines: AsyncIterable<string> | Iterable<string>,
  shown: string,
): Promise<ExampleRow[]> {
  const rows: ExampleRow[] = [];
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(`the row is not valid JSON (${error instanceof Error ? error.message : error})`, {
        file: shown,
        line: n,
        fix: FIX,
      });
    }
    rows.push(toRow(value, shown, n));
  }
  return rows;
}

/** Streams a per-item JSONL file from disk. */
export async function readExamples(
  path: string,
  referencedFrom: string,
  shown = path,
): Promise<ExampleRow[]> {
  try {
    await access(path);
  } catch {
    throw notFound(shown, referencedFrom);
  }
  return collect(
    createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY }),
    shown,
  );
}

/** Per-item rows from text already in memory (a file read from git or the API); undefined = not there. */
export async function examplesFromText(
  text: string | undefined,
  referencedFrom: string,
  shown: string,
): Promise<ExampleRow[]> {
  if (text === undefined) throw notFound(shown, referencedFrom);
  return collect(text.split(/\r?\n/), shown);
}
