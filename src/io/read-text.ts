import { readFile } from 'node:fs/promises';
import { InputError } from '../core/errors.js';

/**
 * Reads a user-named file as UTF-8. A missing or unreadable file is an InputError that says what the
 * file was for (`what`, e.g. "results file") and how to fix it.
 */
export async function readTextFile(path: string, what: string, fix: string, shown = path): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${what} not found` : `cannot read the ${what} (${code})`, {
      file: shown,
      fix,
    });
  }
}
