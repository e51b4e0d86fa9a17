import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { forEachLine } from '../data/lines.js';
import { parseJson } from '../files/json.js';
import { readTextFile } from '../files/read-text.js';

/** Reads and parses one JSON file named by the user. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  const text = await readTextFile(path, what, 'check the path, or run the eval that writes it');
  return parseJson(text, path, `the ${what}`);
}

/**
 * Streams a JSONL file, one parsed value per non-blank line, without holding the file in memory.
 * A line that is not JSON is an input error naming the line (never quoting it).
 */
export async function forEachJsonLine(
  path: string,
  fix: string,
  visit: (value: unknown, line: number) => void,
): Promise<void> {
  await forEachLine(path, (buf, start, end, line) => {
    let p = start;
    while (p < end && (buf[p] === 0x20 || buf[p] === 0x09)) p++;
    if (p === end) return;
    let value: unknown;
    try {
      value = JSON.parse(buf.toString('utf8', start, end));
    } catch (error) {
      const why =
        error instanceof Error ? error.message.replace(/, ".*$/s, '').replace(/ in JSON at.*$/s, '') : '';
      throw new InputError(`the line is not valid JSON (${why})`, { file: path, line, fix });
    }
    visit(value, line);
  });
}

/** Whether a path is a directory (false for a file; an input error when it does not exist). */
export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    throw new InputError('no such file or directory', {
      file: path,
      fix: 'check the path, or run the eval that writes it',
    });
  }
}

/** A directory's entries in name order, so runs are read in the same order everywhere. */
export const sortedEntries = async (dir: string) =>
  (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));

/** Files in a directory and in its subdirectories one level down (where lm-eval puts a model's files). */
export async function listTwoLevels(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await sortedEntries(dir)) {
    const path = join(dir, entry.name);
    if (entry.isFile()) found.push(path);
    else if (entry.isDirectory()) {
      for (const inner of await sortedEntries(path)) if (inner.isFile()) found.push(join(path, inner.name));
    }
  }
  return found;
}
