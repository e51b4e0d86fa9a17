import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { InputError } from '../../core/errors.js';
import type { Findings, FirstHit } from '../../core/leakage/findings.js';
import { type EvalItem, LeakageScan } from '../../core/leakage/scan.js';
import type { LeakageSettings } from '../../core/leakage/settings.js';
import type { ByteRange } from './lines.js';
import { readRows } from './read-rows.js';

/**
 * Splits a large training file into line-aligned byte ranges and checks them in worker threads,
 * each with its own copy of the eval index. Workers hand back every first hit with lines counted
 * from the start of their range; the main thread replays them in file order, so the report is
 * exactly the one a single thread would write.
 */

const TAG = 'sprintlab-leakage-worker';

interface RangeTask {
  tag: typeof TAG;
  path: string;
  name: string;
  range: ByteRange;
  evalItems: EvalItem[];
  settings: LeakageSettings;
  evalSource: string;
}

interface RangeResult {
  trainItems: number;
  skipped: number;
  lines: number;
  hits: FirstHit[];
  error?: { message: string; details: InputError['details'] };
}

type FromWorker = { type: 'progress'; bytes: number; rows: number } | { type: 'done'; result: RangeResult };

/** How many threads to use for a file of this size: 1 means "check it on this thread". */
export function threadsFor(bytes: number): number {
  // Workers load this module's own file; from TypeScript sources (tests) they cannot, so stay single-threaded there.
  if (!import.meta.url.endsWith('.js')) return 1;
  const minBytes = Number(process.env.SPRINTLAB_LEAKAGE_PARALLEL_MIN_BYTES ?? 32e6);
  if (bytes < minBytes) return 1;
  const wanted = Number(process.env.SPRINTLAB_LEAKAGE_THREADS ?? Math.min(availableParallelism(), 4));
  return Number.isInteger(wanted) && wanted > 1 ? wanted : 1;
}

/** Line-aligned ranges: each starts at a line start and ends just after a newline (or at the end). */
export async function splitLines(path: string, parts: number): Promise<ByteRange[]> {
  const { size } = await stat(path);
  const handle = await open(path, 'r');
  try {
    const cuts = [0];
    const probe = Buffer.allocUnsafe(1 << 16);
    for (let k = 1; k < parts; k++) {
      let pos = Math.max(Math.floor((size * k) / parts), cuts[cuts.length - 1]!);
      let cut = size;
      while (pos < size) {
        const { bytesRead } = await handle.read(probe, 0, probe.length, pos);
        const nl = probe.subarray(0, bytesRead).indexOf(10);
        if (nl >= 0) {
          cut = pos + nl + 1;
          break;
        }
        pos += bytesRead;
      }
      if (cut > cuts[cuts.length - 1]! && cut < size) cuts.push(cut);
    }
    cuts.push(size);
    return cuts.slice(1).map((end, i) => ({ start: cuts[i]!, end }));
  } finally {
    await handle.close();
  }
}

/**
 * Checks one training file in `threads` workers and merges their hits into `findings`.
 * Returns the rows checked and skipped; throws the first bad line's InputError in file order.
 */
export async function checkFileInParallel(
  path: string,
  name: string,
  threads: number,
  evalItems: EvalItem[],
  settings: LeakageSettings,
  evalSource: string,
  findings: Findings,
  /** Bytes just read, and rows checked so far by all workers together. */
  onProgress: (bytes: number, rows: number) => void,
): Promise<{ trainItems: number; skipped: number }> {
  const ranges = await splitLines(path, threads);
  const rows = ranges.map(() => 0);
  const results = await Promise.all(
    ranges.map(
      (range, i) =>
        new Promise<RangeResult>((resolve, reject) => {
          const task: RangeTask = { tag: TAG, path, name, range, evalItems, settings, evalSource };
          const worker = new Worker(new URL(import.meta.url), { workerData: task });
          worker.on('message', (m: FromWorker) => {
            if (m.type === 'progress') {
              rows[i] = m.rows;
              onProgress(
                m.bytes,
                rows.reduce((a, b) => a + b, 0),
              );
            } else resolve(m.result);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`leakage worker exited with code ${code}`));
          });
        }),
    ),
  );
  const file = findings.fileIndex(name);
  let offset = 0;
  let trainItems = 0;
  let skipped = 0;
  for (const r of results) {
    if (r.error)
      throw new InputError(r.error.message, {
        ...r.error.details,
        line: r.error.details.line === undefined ? undefined : offset + r.error.details.line,
      });
    for (const h of r.hits)
      findings.flag(h.kind, h.evalIndex, file, offset + h.line, h.trainId, h.similarity);
    offset += r.lines;
    trainItems += r.trainItems;
    skipped += r.skipped;
  }
  return { trainItems, skipped };
}

async function runRange(task: RangeTask): Promise<RangeResult> {
  const scan = new LeakageScan(task.evalItems, task.settings, task.evalSource, { keepHits: true });
  const file = scan.fileIndex(task.name);
  let lines = 0;
  const result = (error?: RangeResult['error']): RangeResult => ({
    trainItems: scan.trainItems,
    skipped: scan.skippedLines,
    lines,
    hits: scan.findings.hits ?? [],
    error,
  });
  try {
    scan.skippedLines = await readRows(
      task.path,
      {
        key: task.settings.key,
        text: task.settings.text,
        needId: false,
        skipBadLines: task.settings.skip_bad_lines,
        range: task.range,
        onLines: (n) => {
          lines = n;
        },
        onBytes: (n) => {
          parentPort?.postMessage({ type: 'progress', bytes: n, rows: scan.trainItems } satisfies FromWorker);
        },
      },
      {
        text: (line, id, text) => scan.trainText(file, line, id, text),
        bytes: (line, id, buf, start, end, json, idStart, idEnd) =>
          scan.trainAscii(file, line, id, buf, start, end, json, idStart, idEnd),
      },
    );
    return result();
  } catch (error) {
    if (error instanceof InputError) return result({ message: error.message, details: error.details });
    throw error;
  }
}

if (!isMainThread && (workerData as Partial<RangeTask> | undefined)?.tag === TAG) {
  const task = workerData as RangeTask;
  runRange(task).then((result) => parentPort?.postMessage({ type: 'done', result } satisfies FromWorker));
}
