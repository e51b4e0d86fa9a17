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
