import { lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { InputError } from '../../core/errors.js';

/** Largest results file the gate reads: a results file holds numbers per seed, never a dataset. */
export const RESULTS_MAX_BYTES = 256 * 1024 * 1024;

/** How a path was given: in a file the PR may edit (config, results), or on the command line. */
export type PathOrigin = 'file' | 'argument';

export interface WorkspacePath {
  /** The setting that named the path, e.g. "gate.golden.ids", "runs[2].examples", "--candidate". */
  key: string;
  /** Where a relative path starts (default: the workspace root). */
  from?: string;
  /** A path named on the command line may be absolute, as long as it is inside the workspace. */
  origin?: PathOrigin;
  maxBytes?: number;
}

/** The path as written, quoted and clipped, so a strange value cannot flood or forge a message. */
const shownValue = (path: string) => JSON.stringify(path.length > 120 ? `${path.slice(0, 120)}…` : path);

const refuse = (key: string, path: string, problem: string, fix: string) =>
  new InputError(`${shownValue(path)} ${problem}`, { field: key, fix });

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
};

/**
 * Resolves a path some setting names to a regular file inside the workspace, or refuses it: an absolute
 * path from a file, a ".." escape, a symbolic link whose target leaves the workspace, a directory, a
 * device or a FIFO. A path that does not exist is returned as is: the reader says "not found" its own way.
 * Nothing is opened here, so a FIFO or a device is never read.
 */
export async function workspaceFile(root: string, path: string, options: WorkspacePath): Promise<string> {
  const { key, origin = 'file' } = options;
  const start =
    origin === 'argument'
      ? 'the working directory'
      : options.from
        ? 'the file that names it'
        : 'the repository root';
  const fix = `name a file inside the repository, relative to ${start}`;
  if (path.includes('\0')) throw refuse(key, path, 'holds a NUL character', fix);
  if (isAbsolute(path) && origin === 'file') throw refuse(key, path, 'is an absolute path', fix);
  const top = resolve(root);
  const full = resolve(options.from ?? top, path);
  if (!inside(top, full)) throw refuse(key, path, 'is outside the repository', fix);
  try {
    await lstat(full);
  } catch {
    return full;
  }
  let real: string;
  try {
    real = await realpath(full);
  } catch {
    throw refuse(key, path, 'is a symbolic link to nothing', fix);
  }
  if (!inside(await realpath(top), real))
    throw refuse(key, path, 'is a symbolic link that leads outside the repository', fix);
  const info = await stat(real);
  if (info.isDirectory()) throw refuse(key, path, 'is a directory, not a file', fix);
  if (!info.isFile()) throw refuse(key, path, 'is a device, FIFO or socket, not a regular file', fix);
  if (options.maxBytes !== undefined && info.size > options.maxBytes) {
    throw refuse(
      key,
      path,
      `is ${mib(info.size)}, over the ${mib(options.maxBytes)} a gate input may be`,
      `check that ${key} names the right file; results hold per-seed numbers, and per-item rows go in each run's "examples" file`,
    );
  }
  return full;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

/**
 * For files read at a commit (git or the contents API), where nothing is on disk to resolve: the
 * repository-relative path a setting names, refused when absolute or when it climbs out of the repository.
 */
export function repositoryPath(path: string, key: string, from = '.'): string {
  const fix = 'name a file inside the repository, with a relative path';
  if (path.includes('\0')) throw refuse(key, path, 'holds a NUL character', fix);
  if (posix.isAbsolute(path) || isAbsolute(path)) throw refuse(key, path, 'is an absolute path', fix);
  const joined = posix.normalize(posix.join(from, path.split('\\').join('/')));
  if (joined === '..' || joined.startsWith('../')) throw refuse(key, path, 'is outside the repository', fix);
  return joined.replace(/^\.\//, '');
}
