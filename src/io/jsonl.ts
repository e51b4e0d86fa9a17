import { InputError } from '../core/errors.js';
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

class Scanner {
  pos = 0;
  end = 0;
  buf: Buffer = Buffer.alloc(0);
  readonly key: Field = { kind: Kind.Absent, start: 0, end: 0, escaped: false };
  readonly text: Field = { kind: Kind.Absent, start: 0, end: 0, escaped: false };
  private strEscaped = false;

  constructor(
    private readonly keyName: Buffer,
    private readonly textName: Buffer,
  ) {}

  /** Scans one line holding one JSON object; false when it is not (or not simply) one. */
  scan(buf: Buffer, start: number, end: number): boolean {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    this.key.kind = Kind.Absent;
    this.text.kind = Kind.Absent;
    this.ws();
    if (this.buf[this.pos] !== 0x7b) return false;
    this.pos++;
    this.ws();
    if (this.buf[this.pos] === 0x7d) {
      this.pos++;
    } else {
      for (;;) {
        if (this.buf[this.pos] !== 0x22) return false;
        const nameStart = this.pos + 1;
        if (!this.string()) return false;
        const nameEnd = this.pos - 1;
        const nameEscaped = this.strEscaped;
        this.ws();
        if (this.buf[this.pos] !== 0x3a) return false;
        this.pos++;
        this.ws();
        // Escaped field names are rare; let JSON.parse handle them rather than decode here.
        if (nameEscaped) return false;
        const target = this.matches(nameStart, nameEnd, this.keyName)
          ? this.key
          : this.matches(nameStart, nameEnd, this.textName)
            ? this.text
            : undefined;
        // A repeated id or text field: JSON.parse decides which value wins and validates both.
        if (target && target.kind !== Kind.Absent) return false;
        const valueStart = this.pos;
        const c = this.buf[this.pos];
        let kind: Kind;
        if (c === 0x22) {
          // The text value is only delimited here; its bytes are validated when they are normalised
          // (which stops at any escape or control character and hands the value to JSON.parse).
          if (!(target === this.text ? this.delimitString() : this.string())) return false;
          kind = Kind.String;
        } else if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) {
          if (!this.number()) return false;
          kind = Kind.Number;
        } else {
          if (!this.value(0)) return false;
          kind = Kind.Other;
        }
        if (target) {
          target.kind = kind;
          target.start = kind === Kind.String ? valueStart + 1 : valueStart;
          target.end = kind === Kind.String ? this.pos - 1 : this.pos;
          target.escaped = kind === Kind.String && this.strEscaped;
        }
        this.ws();
        const d = this.buf[this.pos];
        if (d === 0x2c) {
          this.pos++;
          this.ws();
          continue;
        }
        if (d === 0x7d) {
          this.pos++;
          break;
        }
        return false;
      }
    }
    this.ws();
    return this.pos === this.end;
  }

  private matches(start: number, end: number, name: Buffer): boolean {
    if (end - start !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.buf[start + i] !== name[i]) return false;
    return true;
  }

  private ws(): void {
    const { buf, end } = this;
    let p = this.pos;
    while (p < end) {
      const c = buf[p]!;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) break;
      p++;
    }
    this.pos = p;
  }

  /**
   * At an opening quote: moves past the closing quote (found with memchr, skipping escaped quotes)
   * without validating the contents; `strEscaped` is set, since the contents are unknown.
   */
  private delimitString(): boolean {
    const { buf, end } = this;
    let p = this.pos + 1;
    for (;;) {
      const q = buf.indexOf(0x22, p);
      if (q === -1 || q >= end) return false;
      let backslashes = 0;
      while (buf[q - 1 - backslashes] === 0x5c) backslashes++;
      if (backslashes % 2 === 0) {
        this.pos = q + 1;
        this.strEscaped = true;
        return true;
      }
      p = q + 1;
    }
  }

  /** At an opening quote: moves past the closing one, validating escapes and control characters. */
  private string(): boolean {
    const { buf, end } = this;
    let p = this.pos + 1;
    let escaped = false;
    while (p < end) {
      const c = buf[p]!;
      if (c === 0x22) {
        this.pos = p + 1;
        this.strEscaped = escaped;
        return true;
      }
      if (c === 0x5c) {
        escaped = true;
        const e = buf[p + 1];
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) if (!isHex(buf[p + k])) return false;
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
        } else return false;
      } else if (c < 0x20) {
        return false;
      } else p++;
    }
    return false;
  }

  private number(): boolean {
    const { buf, end } = this;
    let p = this.pos;
    if (buf[p] === 0x2d) p++;
    if (buf[p] === 0x30) p++;
    else if (isDigit19(buf[p])) while (p < end && isDigit(buf[p])) p++;
    else return false;
    if (buf[p] === 0x2e) {
      p++;
      if (!isDigit(buf[p])) return false;
      while (p < end && isDigit(buf[p])) p++;
    }
    if (buf[p] === 0x65 || buf[p] === 0x45) {
      p++;
      if (buf[p] === 0x2b || buf[p] === 0x2d) p++;
      if (!isDigit(buf[p])) return false;
      while (p < end && isDigit(buf[p])) p++;
    }
    this.pos = p;
    return true;
  }

  private literal(word: string): boolean {
    for (let i = 0; i < word.length; i++) if (this.buf[this.pos + i] !== word.charCodeAt(i)) return false;
    this.pos += word.length;
    return true;
  }

  /** Any JSON value (depth-limited; deeper nesting falls back to JSON.parse). */
  private value(depth: number): boolean {
    if (depth > 64) return false;
    const c = this.buf[this.pos];
    if (c === 0x22) return this.string();
    if (c === 0x7b || c === 0x5b) {
      const close = c === 0x7b ? 0x7d : 0x5d;
      this.pos++;
      this.ws();
      if (this.buf[this.pos] === close) {
        this.pos++;
        return true;
      }
      for (;;) {
        if (c === 0x7b) {
          if (this.buf[this.pos] !== 0x22 || !this.string()) return false;
          this.ws();
          if (this.buf[this.pos] !== 0x3a) return false;
          this.pos++;
          this.ws();
        }
        if (!this.value(depth + 1)) return false;
        this.ws();
        const d = this.buf[this.pos];
        if (d === 0x2c) {
          this.pos++;
          this.ws();
        } else if (d === close) {
          this.pos++;
          return true;
        } else return false;
      }
    }
    if (c === 0x74) return this.literal('true');
    if (c === 0x66) return this.literal('false');
    if (c === 0x6e) return this.literal('null');
    return this.number();
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
