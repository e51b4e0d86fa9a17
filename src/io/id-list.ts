import { readFile } from 'node:fs/promises';
import { InputError } from '../core/errors.js';

/**
 * A list of ids, one a line; blank lines and "#" comments are skipped. A list with no ids is a mistake:
 * it would protect nothing while the report said every golden example stayed right.
 */
export async function readIdList(path: string, field: string, shown = path): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError('id list not found', {
      file: shown,
      field,
      fix: `create it (one id a line) or correct ${field} (the path is relative to the repository root)`,
    });
  }
  const ids = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (ids.length === 0) {
    throw new InputError('the id list has no ids', {
      file: shown,
      field,
      fix: `write one eval item id a line (the "id" of its examples rows), or remove ${field}`,
    });
  }
  return ids;
}
