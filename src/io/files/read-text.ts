import { open } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';

/** Past this a results or config file is not what it claims to be (the largest real ones are a few MB). */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/**
 * Reads a user-named file as UTF-8. A missing or unreadable file is an InputError that says what the
 * file was for (`what`, e.g. "results file") and how to fix it. Reading stops at the first chunk with
 * a NUL byte (binary data, or a device such as /dev/urandom) and past `maxBytes`, so garbage costs
 * one chunk, not the memory of the whole file.
 */
export async function readTextFile(
  path: string,
  what: string,
  fix: string,
  shown = path,
  maxBytes = MAX_TEXT_BYTES,
): Promise<string> {
  const refuse = (problem: string) => new InputError(problem, { file: shown, fix });
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      if (chunk.subarray(0, bytesRead).includes(0))
        throw refuse(`the ${what} is not a text file (it holds binary data)`);
      total += bytesRead;
      if (total > maxBytes)
        throw refuse(`the ${what} is larger than ${Math.round(maxBytes / 2 ** 20)} MB, too large to be one`);
      chunks.push(bytesRead === CHUNK ? chunk : chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw refuse(
      code === 'ENOENT'
        ? `${what} not found`
        : code === 'EISDIR'
          ? `the ${what} is a directory, not a file`
          : `cannot read the ${what} (${code})`,
    );
  } finally {
    await handle?.close();
  }
}
