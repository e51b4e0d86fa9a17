import { InputError } from '../../core/errors.js';
import type { ByteRange } from './lines.js';

/**
 * Where readers deliver rows. `bytes` is the fast path (raw text bytes, JSON string contents when
 * `json`); a sink that cannot use them returns false and the reader decodes and calls `text`.
 */
export interface RowSink {
  text(line: number, id: string | undefined, text: string): void;
  /** [idStart, idEnd): the id's raw UTF-8 bytes in `buf`, when the reader has not decoded it (else -1). */
  bytes?(
    line: number,
    id: string | undefined,
    buf: Uint8Array,
    start: number,
    end: number,
    json: boolean,
    idStart?: number,
    idEnd?: number,
  ): boolean;
}

export interface ReadOptions {
  /** Field holding the item id (JSONL, CSV, Parquet). */
  key: string;
  /** Field holding the item text. */
  text: string;
  /** Whether rows need an id (eval rows do; training rows without one are compared by content only). */
  needId: boolean;
  skipBadLines: boolean;
  /** Only this part of the file (JSONL and text): lets workers split a file; lines count from its start. */
  range?: ByteRange;
  /** Called at the end with the number of lines read (JSONL and text). */
  onLines?: (lines: number) => void;
  /** Called with the byte count of each read, for progress. */
  onBytes?: (bytes: number) => void;
}

/** Counts rows skipped with --skip-bad-lines, or throws the row's error. */
export class BadRows {
  skipped = 0;
  constructor(private readonly skip: boolean) {}

  handle(error: InputError): undefined {
    if (!this.skip) throw error;
    this.skipped++;
    return undefined;
  }
}

export type InputFormat = 'jsonl' | 'csv' | 'parquet' | 'text' | 'manifest';

/** The format of a data file from its name. */
export function formatOf(path: string): InputFormat {
  const name = path.toLowerCase();
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.parquet')) return 'parquet';
  if (name.endsWith('.txt')) return 'text';
  if (name.endsWith('.manifest')) return 'manifest';
  throw new InputError('unknown data format', {
    file: path,
    fix: 'use a file ending in .jsonl (or .ndjson), .csv, .parquet, .txt (one item a line) or .manifest (from "sprintlab leakage manifest")',
  });
}

export const listFields = (fields: readonly string[]): string =>
  fields.length === 0 ? 'the row has no fields' : `fields present: ${fields.map((f) => `"${f}"`).join(', ')}`;
