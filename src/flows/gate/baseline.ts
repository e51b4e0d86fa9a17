import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { LoadedResults } from '../../core/results.js';
import { commitOf, mergeBase, repositoryRoot, showFile } from '../../io/files/git.js';
import {
  type PathOrigin,
  RESULTS_MAX_BYTES,
  repositoryPath,
  workspaceFile,
} from '../../io/files/workspace-path.js';
import { type ExamplesReader, loadResults, resultsFromText, textExamples } from '../../io/results/results.js';
import type { MergeBase } from './config.js';

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

/** A path as the report shows it: relative to the repository root, so no runner path leaks into a PR. */
export function shownPath(root: string, path: string): string {
  const rel = relative(root, resolve(root, path));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

export async function loadBaseline(
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

export const resultsFile = (root: string, named: NamedPath) =>
  workspaceFile(root, named.path, { ...named, maxBytes: RESULTS_MAX_BYTES });

/**
 * The baseline of a pull request is the results file at the merge base. No results there yet (the
 * first PR that adds them) gives an empty baseline: thresholds still apply, statistical checks report
 * insufficient data.
 */
export async function baselineAt(base: MergeBase, path: string): Promise<BaselineSource> {
  const file = repositoryPath(path, 'gate.results');
  const label = `merge base ${base.commit.slice(0, 7)}`;
  const text = await base.read(file);
  if (text === undefined) return { none: `no ${file} at ${label}`, ref: base.commit };
  return { text, source: `${file}@${label}`, ref: base.commit, examples: textExamples(file, base.read) };
}
