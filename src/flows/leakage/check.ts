import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { type LeakageConfig, planLeakageCheck } from '../../core/leakage/config.js';
import { Findings } from '../../core/leakage/findings.js';
import type { LeakageReport } from '../../core/leakage/report.js';
import { type EvalItem, LeakageScan } from '../../core/leakage/scan.js';
import type { LeakageSettings } from '../../core/leakage/settings.js';
import { checkFileInParallel, threadsFor } from '../../io/data/leakage-parallel.js';
import { readError } from '../../io/data/lines.js';
import {
  MANIFEST_FORMAT,
  type ManifestHeader,
  ManifestWriter,
  readManifest,
} from '../../io/data/manifest.js';
import { Progress, type ProgressStream } from '../../io/data/progress.js';
import { readRows } from '../../io/data/read-rows.js';
import { formatOf, type ReadOptions } from '../../io/data/rows.js';

export interface LeakageRun {
  /** Training files and manifests, as named in the report. */
  train: string[];
  eval: string;
  settings: LeakageSettings;
  /** Directory the paths are relative to. */
  rootDir?: string;
  /** Progress and the final summary line go here (stderr in the CLI). */
  progress?: ProgressStream;
}

const at = (root: string | undefined, p: string): string => (root && !isAbsolute(p) ? resolve(root, p) : p);

const readOptions = (
  settings: LeakageSettings,
  needId: boolean,
  onBytes?: (n: number) => void,
): ReadOptions => ({
  key: settings.key,
  text: settings.text,
  needId,
  skipBadLines: settings.skip_bad_lines,
  onBytes,
});

/** Reads the eval set whole (it is the small side). */
export async function readEvalItems(
  path: string,
  settings: LeakageSettings,
  rootDir?: string,
): Promise<EvalItem[]> {
  const items: EvalItem[] = [];
  await readRows(
    at(rootDir, path),
    { ...readOptions(settings, true), skipBadLines: false },
    {
      text: (_line, id, text) => items.push({ id: id!, text }),
    },
  );
  return items;
}

/** Indexes the eval set, streams every training file or manifest past it, and returns the report. */
export async function checkLeakage(run: LeakageRun): Promise<LeakageReport> {
  const { settings, rootDir } = run;
  const evalItems = await readEvalItems(run.eval, settings, rootDir);
  // The index is built on this thread only if some file is checked here (large files go to workers).
  let scan: LeakageScan | undefined;
  const here = () => {
    scan ??= new LeakageScan(evalItems, settings, run.eval, { findings });
    return scan;
  };
  const findings = new Findings(
    evalItems.map((e) => e.id),
    settings,
  );
  if (evalItems.length === 0) here();
  let parallelRows = 0;
  let parallelSkipped = 0;
  let progressRows = 0;
  const progress = new Progress(run.progress, () => (scan?.trainItems ?? 0) + progressRows, 'leakage');
  for (const name of run.train) {
    const path = at(rootDir, name);
    const format = formatOf(path);
    if (format === 'manifest') {
      const s = here();
      await readManifest(
        path,
        settings,
        settings.near_duplicate !== undefined,
        (file, line, id, hash, signature) => s.trainFingerprint(s.fileIndex(file), line, id, hash, signature),
        progress.addBytes,
      );
      continue;
    }
    // Workers each hold a copy of the eval index: cheap for the exact checks, too much memory with MinHash bands.
    const parallel = settings.near_duplicate === undefined && (format === 'jsonl' || format === 'text');
    const threads = parallel ? threadsFor(await sizeOf(path)) : 1;
    if (threads > 1) {
      const done = parallelRows;
      const r = await checkFileInParallel(
        path,
        name,
        threads,
        evalItems,
        settings,
        run.eval,
        findings,
        (bytes, rows) => {
          progressRows = done + rows;
          progress.addBytes(bytes);
        },
      );
      parallelRows += r.trainItems;
      parallelSkipped += r.skipped;
      progressRows = parallelRows;
      continue;
    }
    const s = here();
    const file = s.fileIndex(name);
    s.skippedLines += await readRows(path, readOptions(settings, false, progress.addBytes), {
      text: (line, id, text) => s.trainText(file, line, id, text),
      bytes: (line, id, buf, start, end, json, idStart, idEnd) =>
        s.trainAscii(file, line, id, buf, start, end, json, idStart, idEnd),
    });
  }
  const report = findings.report(
    (scan?.trainItems ?? 0) + parallelRows,
    (scan?.skippedLines ?? 0) + parallelSkipped,
  );
  progress.finish(`${report.verdict}, ${report.eval_items.toLocaleString('en-US')} eval items checked`);
  return report;
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw readError(path, error);
  }
}

/** The gate's entry point: runs the check described by the `leakage:` config section. */
export async function runLeakageCheck(
  config: LeakageConfig,
  rootDir: string,
  progress?: ProgressStream,
): Promise<LeakageReport> {
  const plan = planLeakageCheck(config);
  return checkLeakage({ ...plan, rootDir, progress });
}

/** Writes a hash manifest of training files; returns the number of rows in it. */
export async function buildManifest(
  train: string[],
  output: string,
  settings: LeakageSettings,
  rootDir?: string,
  progressStream?: ProgressStream,
): Promise<number> {
  const header: ManifestHeader = {
    format: MANIFEST_FORMAT,
    normalisation: settings.normalisation,
    shingle_size: settings.shingle_size,
    num_perms: settings.num_perms,
    seed: settings.seed,
    key: settings.key,
    text: settings.text,
    signatures: settings.near_duplicate !== undefined,
    files: train,
  };
  const writer = await ManifestWriter.create(at(rootDir, output), header);
  const progress = new Progress(progressStream, () => writer.rows, 'manifest');
  const fp = writer.fingerprinter;
  let complete = false;
  try {
    for (let f = 0; f < train.length; f++) {
      await readRows(at(rootDir, train[f]!), readOptions(settings, false, progress.addBytes), {
        text: (line, id, text) => writer.add(f, line, id, fp.fromText(text)),
        bytes: (line, id, buf, start, end, json, idStart = -1, idEnd = -1) => {
          const ok = fp.fromAscii(buf, start, end, json);
          if (ok === undefined) return false;
          writer.add(
            f,
            line,
            id ??
              (idStart >= 0
                ? Buffer.from(buf.buffer, buf.byteOffset + idStart, idEnd - idStart).toString('utf8')
                : undefined),
            ok,
          );
          return true;
        },
      });
      await writer.drain();
    }
    complete = true;
  } finally {
    // An interrupted build leaves no end marker, so the half-written manifest is refused later.
    await writer.close(complete);
  }
  progress.finish(`wrote ${output}`);
  return writer.rows;
}
