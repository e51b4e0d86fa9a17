import { InputError } from '../../core/errors.js';
import { forEachLine } from './lines.js';
import { BadRows, listFields, type ReadOptions, type RowSink } from './rows.js';

/**
 * JSONL reading without JSON.parse per line. A validating byte scanner walks each line's object,
 * checks the JSON grammar, and notes where the id and text values lie; only those two values are
 * decoded (and the text only when it is not plain ASCII). Anything the scanner rejects goes to
 * JSON.parse, whose verdict (and error message) is final, so the fast path can only be stricter,
 * never more lenient, than JSON.parse — a line JSON.parse accepts is always read.
 */

enum Kind {
  Absent = 0,
  String = 1,
  Number = 2,
  Other = 3,
}

interface Field {
  kind: Kind;
  start: number;
  end: number;
  /** For strings: whether the raw bytes contain an escape (then they need JSON decoding). */
  escaped: boolean;
}

/** Set by skipString: whether the string just skipped holds an escape. */
let lastEscaped = false;

/**
 * The scanning functions take and return positions (-1: not valid JSON here), so the hot loop keeps
 * its position in a local variable. Reading one byte past `end` is safe: it is the line's newline,
 * or the sentinel newline forEachLine puts after a last line without one.
 */
function skipWs(buf: Buffer, p: number, end: number): number {
  while (p < end) {
    const c = buf[p]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) break;
    p++;
  }
  return p;
}

/** At an opening quote: the position after the closing one, validating escapes and control characters. */
function skipString(buf: Buffer, p: number, end: number): number {
  p++;
  let escaped = false;
  while (p < end) {
    const c = buf[p]!;
    if (c === 0x22) {
      lastEscaped = escaped;
      return p + 1;
    }
    if (c === 0x5c) {
      escaped = true;
      const e = buf[p + 1];
      if (e === 0x75) {
        for (let k = 2; k < 6; k++) if (!isHex(buf[p + k])) return -1;
        p += 6;
      } else if (
        e === 0x22 ||
        e === 0x5c ||
        e === 0x2f ||
        e === 0x62 ||
        e === 0x66 ||
        e === 0x6e ||
        e === 0x72 ||
        e === 0x74
      ) {
        p += 2;
      } else return -1;
    } else if (c < 0x20) {
      return -1;
    } else p++;
  }
  return -1;
}

/**
 * At an opening quote: the position after the closing quote (found with memchr, skipping escaped
 * quotes) without validating the contents, which are validated where they are used.
 */
function delimitString(buf: Buffer, p: number, end: number): number {
  p++;
  for (;;) {
    const q = buf.indexOf(0x22, p);
    if (q === -1 || q >= end) return -1;
    let backslashes = 0;
    while (buf[q - 1 - backslashes] === 0x5c) backslashes++;
    if (backslashes % 2 === 0) {
      lastEscaped = true;
      return q + 1;
    }
    p = q + 1;
  }
}

function skipNumber(buf: Buffer, p: number, end: number): number {
  if (buf[p] === 0x2d) p++;
  if (buf[p] === 0x30) p++;
  else if (isDigit19(buf[p])) while (p < end && isDigit(buf[p])) p++;
  else return -1;
  if (buf[p] === 0x2e) {
    p++;
    if (!isDigit(buf[p])) return -1;
    while (p < end && isDigit(buf[p])) p++;
  }
  if (buf[p] === 0x65 || buf[p] === 0x45) {
    p++;
    if (buf[p] === 0x2b || buf[p] === 0x2d) p++;
    if (!isDigit(buf[p])) return -1;
    while (p < end && isDigit(buf[p])) p++;
  }
  return p;
}

function skipLiteral(buf: Buffer, p: number, word: string): number {
  for (let i = 0; i < word.length; i++) if (buf[p + i] !== word.charCodeAt(i)) return -1;
  return p + word.length;
}

/** Any JSON value (depth-limited; deeper nesting falls back to JSON.parse). */
function skipValue(buf: Buffer, p: number, end: number, depth: number): number {
  if (depth > 64) return -1;
  const c = buf[p];
  if (c === 0x22) return skipString(buf, p, end);
  if (c === 0x7b || c === 0x5b) {
    const close = c === 0x7b ? 0x7d : 0x5d;
    p = skipWs(buf, p + 1, end);
    if (buf[p] === close) return p + 1;
    for (;;) {
      if (c === 0x7b) {
        if (buf[p] !== 0x22) return -1;
        p = skipString(buf, p, end);
        if (p < 0) return -1;
        p = skipWs(buf, p, end);
        if (buf[p] !== 0x3a) return -1;
        p = skipWs(buf, p + 1, end);
      }
      p = skipValue(buf, p, end, depth + 1);
      if (p < 0) return -1;
      p = skipWs(buf, p, end);
      const d = buf[p];
      if (d === 0x2c) p = skipWs(buf, p + 1, end);
      else if (d === close) return p + 1;
      else return -1;
    }
  }
  if (c === 0x74) return skipLiteral(buf, p, 'true');
  if (c === 0x66) return skipLiteral(buf, p, 'false');
  if (c === 0x6e) return skipLiteral(buf, p, 'null');
  return skipNumber(buf, p, end);
}

function nameIs(buf: Buffer, start: number, end: number, name: Buffer): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name[i]) return false;
  return true;
}

class Scanner {
  readonly key: Field = { kind: Kind.Absent, start: 0, end: 0, escaped: false };
  readonly text: Field = { kind: Kind.Absent, start: 0, end: 0, escaped: false };

  constructor(
    private readonly keyName: Buffer,
    private readonly textName: Buffer,
  ) {}

  /** Scans one line holding one JSON object; false when it is not (or not simply) one. */
  scan(buf: Buffer, start: number, end: number): boolean {
    const { key, text, keyName, textName } = this;
    key.kind = Kind.Absent;
    text.kind = Kind.Absent;
    let p = skipWs(buf, start, end);
    if (buf[p] !== 0x7b) return false;
    p = skipWs(buf, p + 1, end);
    if (buf[p] === 0x7d) return skipWs(buf, p + 1, end) === end;
    for (;;) {
      if (buf[p] !== 0x22) return false;
      const nameStart = p + 1;
      p = skipString(buf, p, end);
      // Escaped field names are rare; let JSON.parse handle them rather than decode here.
      if (p < 0 || lastEscaped) return false;
      const nameEnd = p - 1;
      if (buf[p] !== 0x3a) {
        p = skipWs(buf, p, end);
        if (buf[p] !== 0x3a) return false;
      }
      p = skipWs(buf, p + 1, end);
      const target = nameIs(buf, nameStart, nameEnd, keyName)
        ? key
        : nameIs(buf, nameStart, nameEnd, textName)
          ? text
          : undefined;
      // A repeated id or text field: JSON.parse decides which value wins and validates both.
      if (target && target.kind !== Kind.Absent) return false;
      const valueStart = p;
      const c = buf[p];
      let kind: Kind;
      if (c === 0x22) {
        // The text value is only delimited here; its bytes are validated when they are normalised
        // (which stops at any escape or control character and hands the value to JSON.parse).
        p = target === text ? delimitString(buf, p, end) : skipString(buf, p, end);
        kind = Kind.String;
      } else if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) {
        p = skipNumber(buf, p, end);
        kind = Kind.Number;
      } else {
        p = skipValue(buf, p, end, 0);
        kind = Kind.Other;
      }
      if (p < 0) return false;
      if (target) {
        target.kind = kind;
        target.start = kind === Kind.String ? valueStart + 1 : valueStart;
        target.end = kind === Kind.String ? p - 1 : p;
        target.escaped = kind === Kind.String && lastEscaped;
      }
      let d = buf[p];
      if (d !== 0x2c && d !== 0x7d) {
        p = skipWs(buf, p, end);
        d = buf[p];
      }
      if (d === 0x2c) {
        p = skipWs(buf, p + 1, end);
        continue;
      }
      if (d === 0x7d) return skipWs(buf, p + 1, end) === end;
      return false;
    }
  }
}

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const isDigit19 = (c: number | undefined): boolean => c !== undefined && c >= 0x31 && c <= 0x39;
const isHex = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));

/** Streams a JSONL file into `sink`; returns the number of rows skipped as bad. */
export async function readJsonl(path: string, options: ReadOptions, sink: RowSink): Promise<number> {
  const scanner = new Scanner(Buffer.from(options.key, 'utf8'), Buffer.from(options.text, 'utf8'));
  const bad = new BadRows(options.skipBadLines);
  const fieldError = (line: number, field: string, problem: string, fix: string) =>
    new InputError(problem, { file: path, line, field, fix });

  const slow = (buf: Buffer, start: number, end: number, line: number): undefined => {
    if (nestedDeeperThan(buf, start, end, MAX_DEPTH)) {
      return bad.handle(
        new InputError(`the line nests arrays or objects deeper than ${MAX_DEPTH} levels`, {
          file: path,
          line,
          fix: 'write one flat JSON object per line, or pass --skip-bad-lines to skip and count such lines',
        }),
      );
    }
    let row: unknown;
    try {
      row = JSON.parse(buf.toString('utf8', start, end));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return bad.handle(
        new InputError(`the line is not valid JSON (${why})`, {
          file: path,
          line,
          fix: 'write one JSON object per line (JSONL), or pass --skip-bad-lines to skip and count such lines',
        }),
      );
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      return bad.handle(
        new InputError('the line is JSON but not an object', {
          file: path,
          line,
          fix: 'write one JSON object per line, e.g. {"id": "q-1", "text": "..."}',
        }),
      );
    }
    const record = row as Record<string, unknown>;
    const fields = Object.keys(record);
    const id = record[options.key];
    const text = record[options.text];
    if (options.needId && id === undefined) {
      return bad.handle(
        fieldError(
          line,
          options.key,
          `the id field "${options.key}" is missing (${listFields(fields)})`,
          `name the id field with --key (leakage.key)`,
        ),
      );
    }
    if (text === undefined) {
      return bad.handle(
        fieldError(
          line,
          options.text,
          `the text field "${options.text}" is missing (${listFields(fields)})`,
          'name the text field with --text (leakage.text)',
        ),
      );
    }
    if (typeof text !== 'string' && typeof text !== 'number') {
      return bad.handle(
        fieldError(
          line,
          options.text,
          `the text field "${options.text}" holds ${describe(text)}, not a string`,
          'point --text (leakage.text) at a string field',
        ),
      );
    }
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
      return bad.handle(
        fieldError(
          line,
          options.key,
          `the id field "${options.key}" holds ${describe(id)}, not a string or number`,
          'point --key (leakage.key) at a string or number field',
        ),
      );
    }
    sink.text(line, id === undefined ? undefined : String(id), String(text));
    return undefined;
  };

  const lines = await forEachLine(
    path,
    (buf, start, end, line) => {
      if (start === end || isBlank(buf, start, end)) return;
      if (!scanner.scan(buf, start, end)) return slow(buf, start, end, line);
      const { key, text } = scanner;
      if (
        (key.kind !== Kind.String &&
          key.kind !== Kind.Number &&
          (options.needId || key.kind !== Kind.Absent)) ||
        (text.kind !== Kind.String && text.kind !== Kind.Number)
      ) {
        return slow(buf, start, end, line);
      }
      // A plain string id travels as bytes: the scan hashes them and decodes only on a match.
      const rawId = key.kind === Kind.String && !key.escaped;
      if (
        text.kind === Kind.String &&
        sink.bytes?.(
          line,
          rawId ? undefined : decodeId(buf, key),
          buf,
          text.start,
          text.end,
          true,
          rawId ? key.start : -1,
          rawId ? key.end : -1,
        )
      ) {
        return;
      }
      const id = decodeId(buf, key);
      let value: string;
      if (text.kind === Kind.Number) value = String(Number(buf.toString('latin1', text.start, text.end)));
      else if (!text.escaped) value = buf.toString('utf8', text.start, text.end);
      else {
        try {
          value = JSON.parse(buf.toString('utf8', text.start - 1, text.end + 1)) as string;
        } catch {
          return slow(buf, start, end, line);
        }
      }
      sink.text(line, id, value);
    },
    options.onBytes,
    options.range,
  );
  options.onLines?.(lines);
  return bad.skipped;
}

/** No real row nests this deep; JSON.parse on a megabyte of `[` would build (and collect) a million arrays. */
const MAX_DEPTH = 1000;

/** Whether brackets outside strings nest deeper than `limit`: one pass, no allocation. */
function nestedDeeperThan(buf: Buffer, start: number, end: number, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

function decodeId(buf: Buffer, key: Field): string | undefined {
  if (key.kind === Kind.String) {
    return key.escaped
      ? (JSON.parse(buf.toString('utf8', key.start - 1, key.end + 1)) as string)
      : buf.toString('utf8', key.start, key.end);
  }
  return key.kind === Kind.Number ? String(Number(buf.toString('latin1', key.start, key.end))) : undefined;
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
