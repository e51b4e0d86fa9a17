import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT } from '../support/run-bundle.js';
import { runNpm } from './npm.js';

// The way in from outside the clone: the packed package, installed without devDependencies in a
// folder that is not this repository, runs from its own bin.
let work: string;
let user: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sprintlab-pack-'));
  const packed = await runNpm(['pack', '--json', '--pack-destination', work], { cwd: ROOT });
  expect(packed.code, packed.stderr).toBe(0);
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  user = join(work, 'project');
  cpSync(join(ROOT, 'fixtures/demo'), join(user, 'fixtures/demo'), { recursive: true });
  cpSync(join(ROOT, 'fixtures/status/demo-export.json'), join(user, 'export.json'));
  writeFileSync(join(user, 'package.json'), '{ "name": "someone-elses-project", "private": true }\n');
  const installed = await runNpm(
    ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', join(work, filename)],
    { cwd: user },
  );
  expect(installed.code, installed.stderr).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sprintlab = (...args: string[]) =>
  runNpm(['exec', '--offline', '--', 'sprintlab', ...args], { cwd: user });

describe('the packed package, installed in an empty project', () => {
  it('installs no runtime dependency: the bundles carry what they load', () => {
    const modules = readdirSync(join(user, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(modules).toEqual(['sprintlab']);
    const manifest = JSON.parse(readFileSync(join(user, 'node_modules/sprintlab/package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('ships the licence, the schemas and the Action, not the sources or tests', () => {
    const shipped = readdirSync(join(user, 'node_modules/sprintlab')).sort();
    expect(shipped).toEqual(expect.arrayContaining(['LICENSE', 'action.yml', 'bin', 'dist', 'schemas']));
    expect(shipped).not.toContain('src');
    expect(shipped).not.toContain('test');
  });

  it('sprintlab --help lists the commands', async () => {
    const r = await sprintlab('--help');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Usage: sprintlab <command>/);
    expect(r.stdout).toMatch(/^\s+gate\s/m);
  });

  it('gates the demo results: a passing JSON report', async () => {
    const r = await sprintlab(
      'gate',
      '--candidate',
      'fixtures/demo/candidate/results.json',
      '--baseline',
      'fixtures/demo/baseline/results.json',
      '--config',
      'fixtures/demo/sprintlab.yml',
      '--format',
      'json',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(JSON.parse(r.stdout).verdict).toBe('pass');
  });

  it('renders a status report from an export', async () => {
    const r = await sprintlab('status', '--from', 'export.json', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'sprintlab.status-report/v1', week: '2026-W47' });
  });
});
