import { stat } from 'node:fs/promises';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { InputError } from '../../core/errors.js';
import { readError } from './lines.js';
import { BadRows, listFields, type ReadOptions, type RowSink } from './rows.js';

/**
 * Parquet through hyparquet (pure JavaScript, so the Action needs no native module), one row group
 * at a time and only the id and text columns, so memory is bounded by the largest row group.
 * A row's "line" is its 1-based row number.
 */
export async function readParquet(path: string, options: ReadOptions, sink: RowSink): Promise<number> {
  try {
    await stat(path);
  } catch (error) {
    throw readError(path, error);
  }
  const file = await hyparquet(path, () => asyncBufferFromFile(path));
  const metadata = await hyparquet(path, () => parquetMetadataAsync(file));
  const columns = await hyparquet(path, async () => metadata.schema.slice(1).map((s) => String(s.name)));
  for (const [field, flag, required] of [
    [options.text, '--text (leakage.text)', true],
    [options.key, '--key (leakage.key)', options.needId],
  ] as const) {
    if (required && !columns.includes(field)) {
      throw new InputError(`there is no "${field}" column (${listFields(columns)})`, {
        file: path,
        field,
        fix: `name the column with ${flag}`,
      });
    }
  }
  const wanted = columns.includes(options.key) ? [options.key, options.text] : [options.text];
  const bad = new BadRows(options.skipBadLines);
  let rowStart = 0;
  const groups = await hyparquet(path, async () =>
    metadata.row_groups.map((g) => ({ rows: Number(g.num_rows), bytes: Number(g.total_byte_size) })),
  );
  for (const group of groups) {
    const rowEnd = rowStart + group.rows;
    const rows = (await hyparquet(path, () =>
      parquetReadObjects({ file, metadata, columns: wanted, rowStart, rowEnd }),
    )) as Record<string, unknown>[];
    options.onBytes?.(group.bytes);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const line = rowStart + i + 1;
      const text = row[options.text];
      const id = row[options.key];
      if (typeof text !== 'string') {
        bad.handle(
          new InputError(
            `the "${options.text}" value is ${text === null || text === undefined ? 'null' : `a ${typeof text}`}, not a string`,
            {
              file: path,
              line,
              field: options.text,
              fix: 'fill the text column, or pass --skip-bad-lines to skip and count such rows',
            },
          ),
        );
        continue;
      }
      if (options.needId && (id === null || id === undefined)) {
        bad.handle(
          new InputError(`the "${options.key}" value is null`, {
            file: path,
            line,
            field: options.key,
            fix: 'give every row an id, or pass --skip-bad-lines',
          }),
        );
        continue;
      }
      sink.text(line, id === null || id === undefined ? undefined : String(id), text);
    }
    rowStart = rowEnd;
  }
  return bad.skipped;
}

/**
 * A hyparquet call whose failure (a damaged or truncated file, an encoding it does not know, a
 * row count it cannot allocate) is the file's fault: an input error naming the file, never a crash.
 */
async function hyparquet<T>(path: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const fsError = readError(path, error);
    if (fsError instanceof InputError) throw fsError;
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError(`not a readable Parquet file (${why.slice(0, 200)})`, {
      file: path,
      fix: 'check that the file is Parquet and complete (not truncated), or give it the extension of its real format',
    });
  }
}
