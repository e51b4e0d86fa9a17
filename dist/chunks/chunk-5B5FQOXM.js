import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  runLeakageCheck
} from "./chunk-M7BJJRNN.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// src/io/files/workspace-path.ts
import { lstat, realpath, stat } from "node:fs/promises";
import { isAbsolute, posix, relative, resolve, sep } from "node:path";
var RESULTS_MAX_BYTES = 256 * 1024 * 1024;
var shownValue = (path) => JSON.stringify(path.length > 120 ? `${path.slice(0, 120)}\u2026` : path);
var refuse = (key, path, problem, fix) => new InputError(`${shownValue(path)} ${problem}`, { field: key, fix });
var inside = (root, path) => {
  const rel = relative(root, path);
  return rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
};
async function workspaceFile(root, path, options) {
  const { key, origin = "file" } = options;
  const start = origin === "argument" ? "the working directory" : options.from ? "the file that names it" : "the repository root";
  const fix = `name a file inside the repository, relative to ${start}`;
  if (path.includes("\0")) throw refuse(key, path, "holds a NUL character", fix);
  if (isAbsolute(path) && origin === "file") throw refuse(key, path, "is an absolute path", fix);
  const top = resolve(root);
  const full = resolve(options.from ?? top, path);
  if (!inside(top, full)) throw refuse(key, path, "is outside the repository", fix);
  try {
    await lstat(full);
  } catch {
    return full;
  }
  let real;
  try {
    real = await realpath(full);
  } catch {
    throw refuse(key, path, "is a symbolic link to nothing", fix);
  }
  if (!inside(await realpath(top), real))
    throw refuse(key, path, "is a symbolic link that leads outside the repository", fix);
  const info = await stat(real);
  if (info.isDirectory()) throw refuse(key, path, "is a directory, not a file", fix);
  if (!info.isFile()) throw refuse(key, path, "is a device, FIFO or socket, not a regular file", fix);
  if (options.maxBytes !== void 0 && info.size > options.maxBytes) {
    throw refuse(
      key,
      path,
      `is ${mib(info.size)}, over the ${mib(options.maxBytes)} a gate input may be`,
      `check that ${key} names the right file; results hold per-seed numbers, and per-item rows go in each run's "examples" file`
    );
  }
  return full;
}
var mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
function repositoryPath(path, key, from = ".") {
  const fix = "name a file inside the repository, with a relative path";
  if (path.includes("\0")) throw refuse(key, path, "holds a NUL character", fix);
  if (posix.isAbsolute(path) || isAbsolute(path)) throw refuse(key, path, "is an absolute path", fix);
  const joined = posix.normalize(posix.join(from, path.split("\\").join("/")));
  if (joined === ".." || joined.startsWith("../")) throw refuse(key, path, "is outside the repository", fix);
  return joined.replace(/^\.\//, "");
}

// src/flows/leakage/configured.ts
async function checkLeakagePaths(config, root) {
  const { leakage } = config;
  if (!leakage) return;
  for (const key of ["train", "manifest", "eval"]) {
    const value = leakage[key];
    for (const path of value === void 0 ? [] : Array.isArray(value) ? value : [value])
      await workspaceFile(root, path, { key: `leakage.${key}` });
  }
}
async function checkConfiguredLeakage(config, root, progress) {
  await checkLeakagePaths(config, root);
  return runLeakageCheck(config.leakage ?? {}, root, progress);
}

export {
  RESULTS_MAX_BYTES,
  workspaceFile,
  repositoryPath,
  checkConfiguredLeakage
};
