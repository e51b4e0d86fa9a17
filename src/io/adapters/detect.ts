import { open } from 'node:fs/promises';
import { readError } from '../data/lines.js';
import { parseJson } from '../files/json.js';
import { readTextFile } from '../files/read-text.js';
import { inputError, isObject, type SourceFormat } from './adapted.js';

/** A file's format from its content, and the parsed document when it is one JSON document. */
export type Detected =
  | { format: Exclude<SourceFormat, 'table'>; document?: unknown }
  | { format: 'table'; kind: 'csv' | 'jsonl' | 'parquet' }
  | { format: 'lm-eval-samples' };

const HEAD = 1 << 20;

/** What tool wrote a JSON value, from the fields each tool's output always has. */
export function classify(value: unknown): Exclude<Detected['format'], 'table'> | undefined {
  if (!isObject(value)) return undefined;
  if (value.format === 'sprintlab.eval/v1') return 'sprintlab';
  if (isObject(value.results) && Array.isArray(value.results.results)) return 'promptfoo';
  if (isObject(value.eval) && typeof value.version === 'number') return 'inspect';
  if (isObject(value.results) && ('config' in value || 'versions' in value || 'n-shot' in value))
    return 'lm-eval';
  if ('spec' in value || 'final_report' in value || ('event_id' in value && 'sample_id' in value))
    return 'openai-evals';
  if ('doc_id' in value && ('filtered_resps' in value || 'resps' in value)) return 'lm-eval-samples';
  return undefined;
}

async function head(path: string): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw readError(path, error);
  }
  try {
    const buf = Buffer.alloc(HEAD);
    const { bytesRead } = await handle.read(buf, 0, HEAD, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Detects a file's format from its first line (a JSONL record, or a one-line JSON document) or, for
 * a pretty-printed JSON document, from the whole document. Never from the file name. `from` is the
 * format the user named, used only when no tool's fields are there.
 */
export async function detect(path: string, from?: SourceFormat): Promise<Detected> {
  const bytes = await head(path);
  const magic = bytes.subarray(0, 4).toString('latin1');
  if (magic === 'PAR1') return { format: 'table', kind: 'parquet' };
  if (magic === 'PK\x03\x04') {
    throw inputError(
      path,
      '(file)',
      'a zip archive, such as an Inspect .eval log, which is not read directly',
      'write the log as JSON ("inspect eval --log-format json", or "inspect log convert --to json")',
    );
  }
  if (magic.startsWith('\x1f\x8b')) {
    throw inputError(path, '(file)', 'a gzip-compressed file', 'decompress it (gunzip) and give the result');
  }
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    start < bytes.length &&
    (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x09)
  )
    start++;
  if (bytes[start] !== 0x7b) return { format: 'table', kind: 'csv' };
  const nl = bytes.indexOf(0x0a, start);
  let first: unknown;
  // A first line longer than the head (a large one-line document) cannot be parsed from it.
  if (nl >= 0 || bytes.length < HEAD) {
    try {
      first = JSON.parse(bytes.toString('utf8', start, nl < 0 ? bytes.length : nl));
    } catch {
      first = undefined;
    }
  }
  const oneLine =
    first !== undefined &&
    (nl < 0 || bytes.subarray(nl).toString('latin1').trim() === '') &&
    bytes.length < HEAD;
  if (first !== undefined && !oneLine) {
    const format = classify(first);
    if (format === 'openai-evals' || format === 'lm-eval-samples') return { format };
    return { format: 'table', kind: 'jsonl' };
  }
  // One JSON document, pretty-printed or on one line: it is parsed once here and handed on.
  const document = oneLine
    ? first
    : parseJson(await readTextFile(path, 'results file', 'check the path'), path, 'the results file');
  const format = classify(document);
  if (format === 'lm-eval-samples') return { format };
  // A table of one JSONL row is one line too.
  if (format === undefined && oneLine && from === 'table') return { format: 'table', kind: 'jsonl' };
  // A document no tool's fields identify, read as the named tool: its adapter says what is missing.
  if (format === undefined && from && from !== 'table' && from !== 'openai-evals')
    return { format: from, document };
  if (format === undefined || format === 'openai-evals') {
    throw inputError(
      path,
      '(top level)',
      'a JSON document of no known eval tool (sprintlab.eval/v1, lm-eval, promptfoo, Inspect)',
      'give the file the tool wrote unedited, or name its format (from: lm-eval | promptfoo | inspect | openai-evals | table)',
    );
  }
  return { format, document };
}
