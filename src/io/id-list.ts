import { readFile } from 'node:fs/promises';
import { InputError } from '../core/errors.js';

/** A list of ids, one a line; blank lines and "#" comments are skipped. */
export async function readIdList(path: string, field: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError('id list not found', {
      file: path,
      field,
      fix: `create it (one id a line) or correct ${field}`,
    });
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
