import { isAbsolute, relative, resolve } from 'node:path';
import type { SprintlabConfig } from '../config/types.js';
import { InputError } from '../core/errors.js';
import { type GateSettings, gateSettings } from '../core/gate/settings.js';
import type { GateCheck } from '../core/gate/types.js';
import { leakageChecks } from '../core/leakage/gate-checks.js';
import type { LoadedResults } from '../core/results.js';
import { commitOf, mergeBase, repositoryRoot, showFile } from './git.js';
import { parseIdList, readIdList } from './id-list.js';
import { runLeakageCheck } from './leakage-check.js';
import { type ExamplesReader, loadResults, resultsFromText, textExamples } from './results.js';
import { type PathOrigin, RESULTS_MAX_BYTES, repositoryPath, workspaceFile } from './workspace-path.js';

/** A path and the setting that named it: the key an error names when the path is refused. */
export interface NamedPath {
  path: string;
  key: string;
  /** A command-line path may be absolute (inside the workspace) and starts at the working directory. */
  origin?: PathOrigin;
  from?: string;
}

/** Results already read (at a commit, through the API, from an artifact), with a reader for their rows. */
export interface ResultsText {
  text: string;
  source: string;
  ref?: string;
  examples?: ExamplesReader;
}

/** Where the baseline comes from: a file, or a results path read at a git commit. */
export type BaselineSource =
  | { file: NamedPath }
  | { commit: string; path: string; label?: string }
  | ResultsText
  /** No baseline results exist yet (the PR that adds them): an empty side. */
  | { none: string; ref?: string };

export interface GateFiles {
  config: SprintlabConfig;
  configFile: string;
  /** The workspace: relative paths in the config resolve against it, and no path may leave it. */
  root: string;
  /** A results file in the workspace, or results read elsewhere (the publishing stage has no checkout). */
  candidate: NamedPath | ResultsText;
  /** The commit the candidate results were written at (the PR head), recorded in the report. */
  candidateRef?: string;
  baseline: BaselineSource;
  /**
   * With no checkout (the publishing stage of a fork PR), the files the config names are read here, at
   * the merge base, and the leakage scan, whose training data is not read through the API, is not run.
   */
  trusted?: (path: string) => Promise<string | undefined>;
}

/** A path as the report shows it: relative to the repository root, so no runner path leaks into a PR. */
function shownPath(root: string, path: string): string {
  const rel = relative(root, resolve(root, path));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

export interface PreparedGate {
  settings: GateSettings;
  baseline: LoadedResults;
  candidate: LoadedResults;
  extraChecks: GateCheck[];
}

async function loadBaseline(
  source: BaselineSource,
  root: string,
  withExamples: boolean,
): Promise<LoadedResults> {
  if ('file' in source) {
    const file = await resultsFile(root, source.file);
    return loadResults(file, { root, withExamples, shown: shownPath(root, file) });
  }
  if ('none' in source) {
    return {
      source: source.none,
      sha256: '',
      ...(source.ref ? { ref: source.ref } : {}),
      results: { format: 'sprintlab.eval/v1', runs: [] },
    };
  }
  if ('text' in source) {
    return resultsFromText(source.text, source.source, {
      withExamples,
      ...(source.examples ? { examples: source.examples } : {}),
      ...(source.ref ? { ref: source.ref } : {}),
    });
  }
  const text = await showFile(source.commit, repositoryPath(source.path, 'gate.results'), root);
  if (text === undefined) {
    return loadBaseline(
      { none: `no ${source.path} at ${source.label ?? source.commit.slice(0, 12)}`, ref: source.commit },
      root,
      withExamples,
    );
  }
  // Per-item files of the baseline are read from the working tree next to the results path.
  return resultsFromText(text, `${source.path}@${source.label ?? source.commit.slice(0, 12)}`, {
    withExamples,
    ref: source.commit,
    examples: textExamples(source.path, (path) => showFile(source.commit, path, root)),
  });
}

/**
 * `git merge-base REF HEAD` in the clone `cwd` is in: where this branch started, for the CLI's
 * --baseline-ref and --config-ref (`flag` names the one in messages).
 */
export async function mergeBaseOfRef(
  ref: string,
  cwd: string,
  flag: string,
): Promise<{ top: string; commit: string }> {
  const top = await repositoryRoot(cwd);
  if (!top) {
    throw new InputError(`${flag} ${ref} needs a git repository, and ${cwd} is not in one`, {
      fix: 'run the gate inside your clone, or leave the flag out',
    });
  }
  if (!(await commitOf(ref, top))) {
    throw new InputError(`git ref "${ref}" not found in this clone`, {
      fix: `fetch it first (e.g. "git fetch origin main" for origin/main), or name an existing branch or commit`,
    });
  }
  const commit = await mergeBase(ref, 'HEAD', top);
  if (!commit) {
    throw new InputError(`no merge base between ${ref} and HEAD`, {
      fix: `fetch the base branch with history (actions/checkout with fetch-depth: 0), or pass an explicit baseline file`,
    });
  }
  return { top, commit };
}

/**
 * The baseline "as it was where this branch started". `path` is relative to `cwd`; git reads it
 * relative to the top of the repository, wherever the user stands.
 */
export async function baselineAtMergeBase(ref: string, path: string, cwd: string): Promise<BaselineSource> {
  const { top, commit } = await mergeBaseOfRef(ref, cwd, '--baseline-ref');
  const inRepo = relative(top, resolve(cwd, path));
  if (inRepo.startsWith('..') || isAbsolute(inRepo)) {
    throw new InputError(`the candidate results ${path} are outside the repository at ${top}`, {
      fix: 'pass a results file inside the clone, or --baseline FILE',
    });
  }
  return { commit, path: inRepo.split('\\').join('/'), label: `merge-base(${ref})` };
}

const resultsFile = (root: string, named: NamedPath) =>
  workspaceFile(root, named.path, { ...named, maxBytes: RESULTS_MAX_BYTES });

/** Every file the leakage section names is checked like the gate's own before the scan opens it. */
export async function checkLeakagePaths(config: SprintlabConfig, root: string): Promise<void> {
  const { leakage } = config;
  if (!leakage) return;
  for (const key of ['train', 'manifest', 'eval'] as const) {
    const value = leakage[key];
    for (const path of value === undefined ? [] : Array.isArray(value) ? value : [value])
      await workspaceFile(root, path, { key: `leakage.${key}` });
  }
}

async function idList(files: GateFiles, path: string, key: string): Promise<string[]> {
  if (files.trusted) return parseIdList(await files.trusted(repositoryPath(path, key)), key, path);
  const file = await workspaceFile(files.root, path, { key, maxBytes: RESULTS_MAX_BYTES });
  return readIdList(file, key, path);
}

/** Reads everything the gate compares. Every input error surfaces here, before anything is posted. */
export async function prepareGate(files: GateFiles): Promise<PreparedGate> {
  const { config, root } = files;
  const gate = config.gate;
  const goldenIds = gate?.golden?.ids ? await idList(files, gate.golden.ids, 'gate.golden.ids') : undefined;
  let settings: GateSettings;
  try {
    settings = gateSettings(gate, goldenIds);
  } catch (error) {
    if (error instanceof InputError && !error.details.file)
      throw new InputError(error.message, { ...error.details, file: files.configFile });
    throw error;
  }
  const withExamples = settings.paired || settings.golden !== undefined;
  const ref = files.candidateRef ? { ref: files.candidateRef } : {};
  let candidate: LoadedResults;
  if ('path' in files.candidate) {
    const candidateFile = await resultsFile(root, files.candidate);
    candidate = await loadResults(candidateFile, {
      root,
      withExamples,
      shown: shownPath(root, candidateFile),
      ...ref,
    });
  } else candidate = await loadBaseline({ ...files.candidate, ...ref }, root, withExamples);
  const baseline = await loadBaseline(files.baseline, root, withExamples);
  if (files.trusted) return { settings, baseline, candidate, extraChecks: [] };
  // Train/eval overlap blocks a merge like a regression does, when the config asks for it.
  await checkLeakagePaths(config, root);
  const extraChecks = config.leakage ? leakageChecks(await runLeakageCheck(config.leakage, root)) : [];
  return { settings, baseline, candidate, extraChecks };
}
