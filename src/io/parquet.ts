import { stat } from 'node:fs/promises';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { InputError } from '../core/errors.js';
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
  const file = await asyncBufferFromFile(path);
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new InputError(
      `not a readable Parquet file (${error instanceof Error ? error.message : String(error)})`,
      {
        file: path,
        fix: 'check that the file is Parquet, or give it the extension of its real format',
      },
    );
  }
  const columns = metadata.schema.slice(1).map((s) => s.name);
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
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = (await parquetReadObjects({ file, metadata, columns: wanted, rowStart, rowEnd })) as Record<
      string,
      unknown
    >[];
    options.onBytes?.(Number(group.total_byte_size));
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
