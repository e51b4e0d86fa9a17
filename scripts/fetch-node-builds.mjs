// Fetches one build of each supported Node major from the npm registry (the node-<os>-<cpu> packages)
// into .tmp/node-builds/<major>/, so the tests can run the bundles under every Node that engines names.
// Kept out of package.json on purpose: a dependency with a `node` bin would sit first on the PATH of
// every npm script and silently replace the Node the user runs, and it installs on one platform only.
// Usage: node scripts/fetch-node-builds.mjs [major ...]   (default: the majors below)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The maintained majors the CLI supports; keep in step with engines in package.json. */
export const SUPPORTED_MAJORS = [22, 24];

const root = fileURLToPath(new URL('..', import.meta.url));
const buildsDir = join(root, '.tmp', 'node-builds');
// The registry names Windows builds "win", not "win32".
const packageName = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
const binary = process.platform === 'win32' ? 'bin/node.exe' : 'bin/node';
// npm is a .cmd on Windows, which execFile only runs through a shell.
const npm = (args) =>
  execFileSync('npm', args, { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });

const majors = process.argv.length > 2 ? process.argv.slice(2).map(Number) : SUPPORTED_MAJORS;
let missing = 0;
for (const major of majors) {
  const target = join(buildsDir, String(major));
  if (existsSync(join(target, binary))) {
    const { version } = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
    console.log(`Node ${major}: ${version} already in ${target}`);
    continue;
  }
  try {
    mkdirSync(buildsDir, { recursive: true });
    // npm pack verifies the tarball's integrity and reuses npm's cache, so a second clone fetches nothing.
    const [packed] = JSON.parse(
      npm(['pack', `${packageName}@${major}`, '--json', '--pack-destination', buildsDir]),
    );
    const tarball = join(buildsDir, packed.filename);
    const staging = `${target}.partial`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    execFileSync('tar', ['-xzf', tarball, '-C', staging, '--strip-components=1']);
    rmSync(tarball);
    // Only a complete build lands at the path the tests look at.
    renameSync(staging, target);
    console.log(`Node ${major}: ${packed.version} from ${packageName} into ${target}`);
  } catch (err) {
    missing += 1;
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    console.error(
      `Node ${major}: no build fetched (${packageName}@${major}: ${reason}). The tests under Node ${major} will be skipped.`,
    );
  }
}
process.exitCode = missing > 0 ? 1 : 0;
