import { InputError } from '../../core/errors.js';
import { readCsv } from './csv.js';
import { readJsonl } from './jsonl.js';
import { readParquet } from './parquet.js';
import { formatOf, type ReadOptions, type RowSink } from './rows.js';
import { readTextLines } from './text.js';

/** Streams any supported data file (not a manifest) into `sink`; returns the rows skipped as bad. */
export async function readRows(path: string, options: ReadOptions, sink: RowSink): Promise<number> {
  switch (formatOf(path)) {
    case 'jsonl':
      return readJsonl(path, options, sink);
    case 'csv':
      return readCsv(path, options, sink);
    case 'parquet':
      return readParquet(path, options, sink);
    case 'text':
      return readTextLines(path, options, sink);
    case 'manifest':
      throw new InputError('a manifest holds only hashes of training data; it cannot be read as items here', {
        file: path,
        fix: 'give the raw data file (.jsonl, .csv, .parquet, .txt) for the eval set and for building manifests',
      });
  }
}
