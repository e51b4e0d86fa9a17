import { open } from 'node:fs/promises';
import { InputError } from '../core/errors.js';

/** A part of a file, from a line start to just after a line end (or the end of the file). */
export interface ByteRange {
  start: number;
  end: number;
}

/** Called once per line with the bytes [start, end) of `bytes` (no line terminator) and its 1-based number. */
export type LineVisitor = (bytes: Buffer, start: number, end: number, line: number) => void;

const CHUNK = 4 * 1024 * 1024;

/**
 * Streams a file line by line over one reused buffer: no per-chunk or per-line allocation, and the
 * newline search is Buffer.indexOf (memchr). A line longer than the buffer grows it. `onBytes`
 * reports progress after each read. Returns the number of lines.
 */
export async function forEachLine(
  path: string,
  visit: LineVisitor,
  onBytes?: (bytes: number) => void,
  range?: ByteRange,
): Promise<number> {
  const handle = await openForReading(path);
  try {
    let buf = Buffer.allocUnsafe(CHUNK);
    let filled = 0;
    let line = 0;
    let first = !range || range.start === 0;
    let position = range?.start ?? 0;
    const stop = range?.end ?? Number.POSITIVE_INFINITY;
    for (;;) {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const want = Math.min(buf.length - filled, stop - position);
      const { bytesRead } = want > 0 ? await handle.read(buf, filled, want, position) : { bytesRead: 0 };
      position += bytesRead;
      const eof = bytesRead === 0;
      filled += bytesRead;
      onBytes?.(bytesRead);
      let pos = 0;
      if (first && filled >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      first = false;
      for (;;) {
        const nl = buf.indexOf(10, pos);
        if (nl === -1 || nl >= filled) break;
        line++;
        visit(buf, pos, nl > pos && buf[nl - 1] === 13 ? nl - 1 : nl, line);
        pos = nl + 1;
      }
      if (eof) {
        if (pos < filled) {
          // A sentinel newline after a last line without one, so a scanner reading one byte past
          // the line's end never sees stale bytes from an earlier read.
          if (filled === buf.length) {
            const bigger = Buffer.allocUnsafe(buf.length + 1);
            buf.copy(bigger, 0, 0, filled);
            buf = bigger;
          }
          buf[filled] = 10;
          line++;
          visit(buf, pos, buf[filled - 1] === 13 ? filled - 1 : filled, line);
        }
        return line;
      }
      buf.copy(buf, 0, pos, filled);
      filled -= pos;
    }
  } catch (error) {
    throw readError(path, error);
  } finally {
    await handle.close();
  }
}

export async function openForReading(path: string) {
  try {
    return await open(path, 'r');
  } catch (error) {
    throw readError(path, error);
  }
}

/** An fs error as an InputError that names the file; other errors pass through. */
export function readError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code) return error;
  const problem =
    code === 'ENOENT'
      ? 'file not found'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied: the file is not readable'
        : code === 'EISDIR'
          ? 'this is a directory, not a file'
          : `cannot read the file (${code})`;
  return new InputError(problem, {
    file: path,
    fix: 'check the path (relative paths start at the repository root) and the file permissions',
  });
}
