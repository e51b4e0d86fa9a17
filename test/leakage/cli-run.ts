import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI_BUNDLE = join(ROOT, 'dist/cli.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The bundled CLI as a user runs it (the test script bundles before running vitest). */
export function runBundledCli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  node = process.execPath,
): Run {
  if (!existsSync(CLI_BUNDLE)) throw new Error('dist/cli.js is missing: run "npm run bundle" first');
  const r = spawnSync(node, [CLI_BUNDLE, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** main() in process with captured output (not a TTY, like CI). */
export async function runCli(args: string[], cwd?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await main(args, {
      stdout: { write: (c: string) => (stdout += c) },
      stderr: { write: (c: string) => (stderr += c) },
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

/** A scratch directory with the given files. */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sprintlab-leakage-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export const jsonl = (rows: unknown[]): string => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
