import { InputError } from '../../core/errors.js';
import { forEachLine, MAX_LINE_BYTES } from './lines.js';
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
  // A record that runs over several lines (a quoted line break) is gathered here until its quotes pair up.
  let pending: string[] = [];
  let pendingChars = 0;
  let pendingLine = 0;
  let quoteOpen = false;

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
      if (pending.length === 0) {
        if (text.length === 0) return;
        pendingLine = line;
      }
      pending.push(text);
      pendingChars += text.length + 1;
      // Only the new line's quotes are counted, so a long quoted field costs time linear in its length.
      if (countQuotes(text) % 2 === 1) quoteOpen = !quoteOpen;
      if (quoteOpen) {
        if (pendingChars > MAX_LINE_BYTES) throw unclosedQuote(path, pendingLine);
        return;
      }
      const complete = pending.join('\n');
      pending = [];
      pendingChars = 0;
      record(complete, pendingLine);
    },
    options.onBytes,
  );
  // Never skipped: a quote with no end has swallowed every row after it.
  if (quoteOpen) throw unclosedQuote(path, pendingLine);
  if (!header)
    throw new InputError('the CSV file is empty (no header row)', {
      file: path,
      fix: `start the file with a header row naming the ${options.key} and ${options.text} columns`,
    });
  return bad.skipped;
}

const unclosedQuote = (file: string, line: number) =>
  new InputError(
    'a quoted field that starts on this line is never closed, so every row after it would be read as one field',
    {
      file,
      line,
      fix: 'close the quote, or double quotes inside quoted fields (""); --skip-bad-lines cannot skip a row that has no end',
    },
  );

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
