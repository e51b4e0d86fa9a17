import { open } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';

/** A part of a file, from a line start to just after a line end (or the end of the file). */
export interface ByteRange {
  start: number;
  end: number;
}

/** Called once per line with the bytes [start, end) of `bytes` (no line terminator) and its 1-based number. */
export type LineVisitor = (bytes: Buffer, start: number, end: number, line: number) => void;

const CHUNK = 4 * 1024 * 1024;

/** The longest line (or multi-line CSV record) read: past it the file is not line data, or is damaged. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * Streams a file line by line with two reused buffers: the next read is in flight while the lines
 * of the current one are visited, there is no allocation per chunk or line, and the newline search is
 * Buffer.indexOf (memchr). Only a line that spans two reads is copied (into `carry`). `onBytes`
 * reports progress after each read. Returns the number of lines.
 */
export async function forEachLine(
  path: string,
  visit: LineVisitor,
  onBytes?: (bytes: number) => void,
  range?: ByteRange,
): Promise<number> {
  const handle = await openForReading(path);
  let pending: Promise<number> = Promise.resolve(0);
  try {
    // A small file gets small buffers: 8 MB for a 1 KB file costs more than reading it.
    const { size } = await handle.stat();
    const chunk = size > 0 && size < CHUNK ? size + 1 : CHUNK;
    const buffers = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)];
    let carry = Buffer.allocUnsafe(1 << 16);
    let carryLen = 0;
    let line = 0;
    let first = !range || range.start === 0;
    let position = range?.start ?? 0;
    const stop = range?.end ?? Number.POSITIVE_INFINITY;
    const readInto = (buf: Buffer): Promise<number> => {
      const want = Math.min(buf.length, stop - position);
      if (want <= 0) return Promise.resolve(0);
      const at = position;
      position += want;
      return handle.read(buf, 0, want, at).then(({ bytesRead }) => {
        // A short read (the file ended): later reads start where the data did.
        position = at + bytesRead;
        return bytesRead;
      });
    };
    const append = (buf: Buffer, from: number, to: number) => {
      if (carryLen + (to - from) > MAX_LINE_BYTES) {
        throw new InputError('the line is longer than 64 MB', {
          file: path,
          line: line + 1,
          fix: 'check that this is a text file with one record a line (JSONL, CSV or text), not binary data',
        });
      }
      // One spare byte for the sentinel newline written after a carried line.
      if (carryLen + (to - from) + 1 > carry.length) {
        const bigger = Buffer.allocUnsafe((carryLen + (to - from) + 1) * 2);
        carry.copy(bigger, 0, 0, carryLen);
        carry = bigger;
      }
      buf.copy(carry, carryLen, from, to);
      carryLen += to - from;
    };
    const visitCarry = () => {
      // A sentinel newline, so a scanner reading one byte past the line's end never sees stale bytes.
      carry[carryLen] = 10;
      line++;
      visit(carry, 0, carryLen > 0 && carry[carryLen - 1] === 13 ? carryLen - 1 : carryLen, line);
      carryLen = 0;
    };
    let current = 0;
    pending = readInto(buffers[0]!);
    for (;;) {
      const n = await pending;
      onBytes?.(n);
      if (n === 0) {
        if (carryLen > 0) visitCarry();
        return line;
      }
      const buf = buffers[current]!.subarray(0, n);
      current ^= 1;
      pending = readInto(buffers[current]!);
      let pos = 0;
      if (first && n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      first = false;
      if (carryLen > 0) {
        const nl = buf.indexOf(10, pos);
        if (nl === -1) {
          append(buf, pos, n);
          continue;
        }
        append(buf, pos, nl);
        visitCarry();
        pos = nl + 1;
      }
      for (;;) {
        const nl = buf.indexOf(10, pos);
        if (nl === -1) break;
        line++;
        visit(buf, pos, nl > pos && buf[nl - 1] === 13 ? nl - 1 : nl, line);
        pos = nl + 1;
      }
      if (pos < n) append(buf, pos, n);
    }
  } catch (error) {
    throw readError(path, error);
  } finally {
    // A visitor may have thrown with the next read in flight: let it finish before closing.
    await pending.catch(() => 0);
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
