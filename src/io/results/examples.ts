import { readFile } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';
import type { ExampleRow } from '../../core/results.js';

const FIX =
  'each line must be a JSON object like {"id": "q-001", "correct": true, "slice": "lang:de"} (or "score": 0.7 instead of "correct")';

function toRow(value: unknown, file: string, line: number): ExampleRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('the row is not a JSON object', { file, line, fix: FIX });
  }
  const { id, correct, score, slice, cluster } = value as Record<string, unknown>;
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
  if (typeof cluster === 'string' || typeof cluster === 'number') row.cluster = String(cluster);
  return row;
}

const notFound = (shown: string, referencedFrom: string) =>
  new InputError('examples file not found', {
    file: shown,
    fix: `${referencedFrom} points here; the path is relative to the results file — fix it or remove "examples"`,
  });

function parseLine(text: string, shown: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the line; a file that is not JSONL must not be echoed back.
    throw new InputError('the row is not valid JSON', {
      file: shown,
      line,
      fix: FIX,
    });
  }
}

/**
 * Rows from the text of a JSONL file. The lines are parsed as one JSON array, which is several times
 * faster than a JSON.parse per line for 100k-row files; only when that fails is each line parsed on
 * its own, to name the line at fault.
 */
export function examplesFromJsonl(withBom: string, shown: string): ExampleRow[] {
  // A UTF-8 byte order mark from a Windows tool would otherwise make the first row invalid JSON.
  const text = withBom.charCodeAt(0) === 0xfeff ? ` ${withBom.slice(1)}` : withBom;
  const kept = text.split('\n').filter((l) => l.length > 0 && (l.charCodeAt(0) > 32 || l.trim() !== ''));
  let values: unknown[] | undefined;
  try {
    values = JSON.parse(`[${kept.join(',')}]`) as unknown[];
  } catch {
    values = undefined;
  }
  // Line numbers are only worked out when something is wrong: blank lines are skipped above.
  let numbers: number[] | undefined;
  const lineOf = (row: number): number => {
    if (!numbers) {
      numbers = [];
      const all = text.split('\n');
      for (let i = 0; i < all.length; i++) {
        const l = all[i]!;
        if (l.length > 0 && (l.charCodeAt(0) > 32 || l.trim() !== '')) numbers.push(i + 1);
      }
    }
    return numbers[row]!;
  };
  if (!values || values.length !== kept.length) {
    values = kept.map((l, i) => parseLine(l, shown, lineOf(i)));
    const joined = values.findIndex((v) => Array.isArray(v));
    if (joined >= 0)
      throw new InputError('the row is not a JSON object', { file: shown, line: lineOf(joined), fix: FIX });
  }
  const rows = new Array<ExampleRow>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as Record<string, unknown> | null;
    // The common row, {"id": "...", "correct": true|false[, "slice": "..."]}, without the general checks.
    const plain = v && v.score === undefined && v.cluster === undefined;
    if (plain && typeof v.id === 'string' && typeof v.correct === 'boolean') {
      rows[i] =
        typeof v.slice === 'string'
          ? { id: v.id, correct: v.correct, slice: v.slice }
          : { id: v.id, correct: v.correct };
    } else {
      rows[i] = toRow(v, shown, lineOf(i));
    }
  }
  // One row per item: a repeated id would be counted twice in the paired test and hide golden flips.
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i]!.id;
    if (seen.size === seen.add(id).size) {
      const first = rows.findIndex((r) => r.id === id);
      throw new InputError(`item id "${id}" appears twice (lines ${lineOf(first)} and ${lineOf(i)})`, {
        file: shown,
        line: lineOf(i),
        field: 'id',
        fix: 'write one row per eval item in each run: drop the repeated row, or give it its own id',
      });
    }
  }
  return rows;
}

/** Reads a per-item JSONL file from disk. */
export async function readExamples(
  path: string,
  referencedFrom: string,
  shown = path,
): Promise<ExampleRow[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') {
      throw new InputError('the examples path is a directory, not a JSONL file', {
        file: shown,
        fix: `${referencedFrom} points here; name the run's JSONL file (relative to the results file)`,
      });
    }
    throw notFound(shown, referencedFrom);
  }
  return examplesFromJsonl(text, shown);
}

/** Per-item rows from text already in memory (a file read from git or the API); undefined = not there. */
export async function examplesFromText(
  text: string | undefined,
  referencedFrom: string,
  shown: string,
): Promise<ExampleRow[]> {
  if (text === undefined) throw notFound(shown, referencedFrom);
  return examplesFromJsonl(text, shown);
}
