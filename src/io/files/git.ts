import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Local git, read-only: the gate reads the baseline at the merge base without any API call. */
export async function git(args: string[], cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch {
    return undefined;
  }
}

export async function mergeBase(a: string, b: string, cwd: string): Promise<string | undefined> {
  return (await git(['merge-base', a, b], cwd))?.trim() || undefined;
}

/** A file's content at a commit, or undefined when the commit or the path is not there. */
export async function showFile(commit: string, path: string, cwd: string): Promise<string | undefined> {
  return git(['show', `${commit}:${path.replace(/^\.\//, '')}`], cwd);
}

/** The top of the working tree `cwd` is in, or undefined outside a git repository. */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  return (await git(['rev-parse', '--show-toplevel'], cwd))?.trim() || undefined;
}

/** The commit a ref names, or undefined when there is no such ref here (not fetched, or a typo). */
export async function commitOf(ref: string, cwd: string): Promise<string | undefined> {
  return (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd))?.trim() || undefined;
}
