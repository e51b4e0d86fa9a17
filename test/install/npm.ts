import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ProcessResult, ROOT } from '../support/run-bundle.js';

/** npm as a user runs it; npm is a .cmd on Windows, which spawn only starts through a shell. */
export function runNpm(
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, {
      cwd: options.cwd,
      env: { ...process.env, npm_config_update_notifier: 'false', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A temporary folder holding this repository's package.json and lockfile, nothing installed. */
export function manifestCopy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, f), join(dir, f));
  return dir;
}

/**
 * A preload that makes npm see another machine. npm's --os/--cpu flags do not reach its platform
 * check on `npm ci`; process.platform, process.arch and process.version do.
 */
export function disguise(dir: string, seen: { platform?: string; arch?: string; version?: string }): string {
  const file = join(dir, 'disguise.cjs');
  const lines = Object.entries(seen).map(
    ([key, value]) =>
      `Object.defineProperty(process, ${JSON.stringify(key)}, { value: ${JSON.stringify(value)} });`,
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  // Quoted: a temp path may hold spaces.
  return `--require ${JSON.stringify(file)}`;
}
