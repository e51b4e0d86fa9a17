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

/** Streams a per-item JSONL file; a malformed row is an InputError with its file and line. */
export async function readExamples(
  path: string,
  referencedFrom: string,
  shown = path,
): Promise<ExampleRow[]> {
  try {
    await access(path);
  } catch {
    throw new InputError('examples file not found', {
      file: shown,
      fix: `${referencedFrom} points here; the path is relative to the results file — fix it or remove "examples"`,
    });
  }
  const rows: ExampleRow[] = [];
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(`the row is not valid JSON (${error instanceof Error ? error.message : error})`, {
        file: path,
        line: n,
        fix: FIX,
      });
    }
    rows.push(toRow(value, shown, n));
  }
  return rows;
}
