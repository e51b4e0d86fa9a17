import { readFile } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';

const MAX_ID_LENGTH = 512;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being refused.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * A list of ids, one a line; blank lines and "#" comments are skipped. A list with no ids is a mistake:
 * it would protect nothing while the report said every golden example stayed right.
 */
export async function readIdList(path: string, field: string, shown = path): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  return parseIdList(text, field, shown);
}

/** An id list's text (undefined: the file does not exist), read from disk or at a commit. */
export function parseIdList(text: string | undefined, field: string, shown: string): string[] {
  if (text === undefined) {
    throw new InputError('id list not found', {
      file: shown,
      field,
      fix: `create it (one id a line) or correct ${field} (the path is relative to the repository root)`,
    });
  }
  const ids: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const id = raw.trim();
    if (!id || id.startsWith('#')) continue;
    // An id is a short printable token. Anything else means the path names some other file (a key, the
    // environment): refused by line number, never quoted, so its content cannot reach a report.
    if (id.length > MAX_ID_LENGTH || CONTROL.test(id)) {
      throw new InputError(`line ${i + 1} is not an eval item id (too long, or control characters)`, {
        file: shown,
        field,
        line: i + 1,
        fix: `point ${field} at a file of eval item ids, one a line (the "id" of the examples rows)`,
      });
    }
    ids.push(id);
  }
  if (ids.length === 0) {
    throw new InputError('the id list has no ids', {
      file: shown,
      field,
      fix: `write one eval item id a line (the "id" of its examples rows), or remove ${field}`,
    });
  }
  return ids;
}
