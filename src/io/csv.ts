import { InputError } from '../core/errors.js';
import { forEachLine } from './lines.js';
import { BadRows, listFields, type ReadOptions, type RowSink } from './rows.js';

/**
 * RFC 4180 CSV: a header row names the fields; quoted fields may hold commas, doubled quotes and
 * line breaks. A record is reported at the line it starts on.
 */
export async function readCsv(path: string, options: ReadOptions, sink: RowSink): Promise<number> {
  const bad = new BadRows(options.skipBadLines);
  let header: string[] | undefined;
  let keyAt = -1;
  let textAt = -1;
  let pending: string | undefined;
  let pendingLine = 0;

  const record = (raw: string, line: number): undefined => {
    const fields = splitRecord(raw);
    if (!header) {
      header = fields.map((f) => f.trim());
      keyAt = header.indexOf(options.key);
      textAt = header.indexOf(options.text);
      if (textAt < 0 || (options.needId && keyAt < 0)) {
        const field = textAt < 0 ? options.text : options.key;
        throw new InputError(`the header has no "${field}" column (${listFields(header)})`, {
          file: path,
          line,
          field,
          fix: `name the ${textAt < 0 ? 'text' : 'id'} column with ${textAt < 0 ? '--text (leakage.text)' : '--key (leakage.key)'}`,
        });
      }
      return undefined;
    }
    if (fields.length !== header.length) {
      return bad.handle(
        new InputError(`ragged row: it has ${fields.length} fields but the header has ${header.length}`, {
          file: path,
          line,
          fix: 'quote fields that contain commas or line breaks ("a, b"), or pass --skip-bad-lines to skip and count such rows',
        }),
      );
    }
    sink.text(line, keyAt >= 0 ? fields[keyAt] : undefined, fields[textAt]!);
    return undefined;
  };

  await forEachLine(
    path,
    (buf, start, end, line) => {
      const text = buf.toString('utf8', start, end);
      if (pending !== undefined) {
        pending += `\n${text}`;
      } else {
        if (text.length === 0) return;
        pending = text;
        pendingLine = line;
      }
      // An odd number of quotes so far means a quoted field runs on to the next line.
      if (countQuotes(pending) % 2 === 1) return;
      const complete = pending;
      pending = undefined;
      record(complete, pendingLine);
    },
    options.onBytes,
  );
  if (pending !== undefined) {
    bad.handle(
      new InputError('a quoted field is never closed', {
        file: path,
        line: pendingLine,
        fix: 'close the quote, or double quotes inside quoted fields ("")',
      }),
    );
  }
  if (!header)
    throw new InputError('the CSV file is empty (no header row)', {
      file: path,
      fix: `start the file with a header row naming the ${options.key} and ${options.text} columns`,
    });
  return bad.skipped;
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i !== -1; i = s.indexOf('"', i + 1)) n++;
  return n;
}

function splitRecord(raw: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quoted) {
      if (c === '"') {
        if (raw[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}
