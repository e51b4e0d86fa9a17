import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = `${ROOT}dist/cli.js`;
export const ACTION = `${ROOT}dist/index.js`;

/** A Node to run the bundles under; `path` is undefined when that build is not on this machine. */
export interface NodeRuntime {
  label: string;
  path: string | undefined;
}

/**
 * A supported Node major installed by `npm run node-builds` from the pinned lockfile in tools/node-builds.
 * Without it the tests that need it are skipped under a label that says so, except where CI asks for
 * every build (SPRINTLAB_REQUIRE_NODE_BUILDS=1), where a missing build is an error.
 */
function nodeBuild(major: number): NodeRuntime {
  const dir = join(
    ROOT,
    'tools',
    'node-builds',
    'node_modules',
    `node${major}-${process.platform}-${process.arch}`,
  );
  const path = join(dir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(path)) {
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    return { label: `Node ${version.replace(/^v/, '')}`, path };
  }
  if (process.env.SPRINTLAB_REQUIRE_NODE_BUILDS === '1')
    throw new Error(`No Node ${major} build in ${dir}: run "npm run node-builds" before the tests.`);
  return { label: `Node ${major} skipped: npm run node-builds`, path: undefined };
}

export const NODE22 = nodeBuild(22);
/** The runtime action.yml declares. */
export const NODE24 = nodeBuild(24);
/** The Node running the tests, then each supported major: the bundles must behave the same under all. */
export const RUNTIMES: NodeRuntime[] = [
  { label: `Node ${process.versions.node} (running the tests)`, path: process.execPath },
  NODE22,
  NODE24,
];

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
