import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { InputError } from '../../core/errors.js';
import { readCsv } from '../data/csv.js';
import { listFields } from '../data/rows.js';
import type { AdaptedRun } from './adapted.js';
import { inputError } from './adapted.js';
import { forEachJsonLine } from './files.js';
import { mappedColumns, type TableColumns, TableRuns } from './table.js';

export type TableKind = 'csv' | 'jsonl' | 'parquet';

/**
 * CSV through the project's CSV reader, one pass per mapped column (it reads an id and a text
 * column at a time): each pass is linear, and quoting, line breaks in fields and ragged rows are
 * handled in one place.
 */
async function csvRecords(
  path: string,
  columns: string[],
): Promise<{ records: Record<string, unknown>[]; lines: number[] }> {
  const records: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const [pass, column] of columns.entries()) {
    let i = 0;
    const sink = {
      text(line: number, _id: string | undefined, value: string) {
        if (pass === 0) {
          records.push({});
          lines.push(line);
        }
        records[i++]![column] = value;
      },
    };
    try {
      await readCsv(path, { key: '\u0000', text: column, needId: false, skipBadLines: false }, sink);
    } catch (error) {
      // The reader's own advice names the leakage flags; a table's columns come from its mapping.
      if (error instanceof InputError && error.details.field === column) {
        throw new InputError(error.message, { ...error.details, fix: 'map the columns the table has' });
      }
      throw error;
    }
  }
  return { records, lines };
}

async function parquetRecords(path: string, columns: string[], table: TableRuns): Promise<void> {
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  const present = metadata.schema.slice(1).map((s) => s.name);
  const missing = columns.find((c) => !present.includes(c));
  if (missing) {
    throw inputError(
      path,
      missing,
      `there is no "${missing}" column (${listFields(present)})`,
      'map the columns the table has',
    );
  }
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = (await parquetReadObjects({ file, metadata, columns, rowStart, rowEnd })) as Record<
      string,
      unknown
    >[];
    rows.forEach((r, i) => {
      table.add(r, rowStart + i + 1);
    });
    rowStart = rowEnd;
  }
}

/** The runs of one table file. */
export async function readTable(path: string, kind: TableKind, columns: TableColumns): Promise<AdaptedRun[]> {
  const table = new TableRuns(columns, path);
  const wanted = mappedColumns(columns);
  if (kind === 'csv') {
    const { records, lines } = await csvRecords(path, wanted);
    records.forEach((r, i) => {
      table.add(r, lines[i]!);
    });
  } else if (kind === 'parquet') {
    await parquetRecords(path, wanted, table);
  } else {
    await forEachJsonLine(path, 'write one JSON object per line', (value, line) => {
      table.add(
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)
          : {},
        line,
      );
    });
  }
  return table.finish();
}
