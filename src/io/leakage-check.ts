import { isAbsolute, resolve } from 'node:path';
import { type LeakageConfig, planLeakageCheck } from '../core/leakage/config.js';
import type { LeakageReport } from '../core/leakage/report.js';
import { type EvalItem, LeakageScan } from '../core/leakage/scan.js';
import type { LeakageSettings } from '../core/leakage/settings.js';
import { MANIFEST_FORMAT, type ManifestHeader, ManifestWriter, readManifest } from './manifest.js';
import { Progress, type ProgressStream } from './progress.js';
import { readRows } from './read-rows.js';
import { formatOf, type ReadOptions } from './rows.js';

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
  const scan = new LeakageScan(await readEvalItems(run.eval, settings, rootDir), settings, run.eval);
  const progress = new Progress(run.progress, () => scan.trainItems, 'leakage');
  for (const name of run.train) {
    const path = at(rootDir, name);
    if (formatOf(path) === 'manifest') {
      await readManifest(
        path,
        settings,
        settings.near_duplicate !== undefined,
        (file, line, id, hash, signature) =>
          scan.trainFingerprint(scan.fileIndex(file), line, id, hash, signature),
        progress.addBytes,
      );
      continue;
    }
    const file = scan.fileIndex(name);
    scan.skippedLines += await readRows(path, readOptions(settings, false, progress.addBytes), {
      text: (line, id, text) => scan.trainText(file, line, id, text),
      bytes: (line, id, buf, start, end, json, idStart, idEnd) =>
        scan.trainAscii(file, line, id, buf, start, end, json, idStart, idEnd),
    });
  }
  const report = scan.report();
  progress.finish(`${report.verdict}, ${report.eval_items.toLocaleString('en-US')} eval items checked`);
  return report;
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
