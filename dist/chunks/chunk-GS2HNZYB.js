import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  ownRecord
} from "./chunk-Z5MP7C47.js";
import {
  nearest
} from "./chunk-AWAPHEWI.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// src/io/workspace-path.ts
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

// src/core/gate/settings.ts
function gateSettings(config, goldenIds) {
  const metrics = ownRecord(config?.metrics);
  if (Object.keys(metrics).length === 0) {
    throw new InputError("the gate has no metrics to compare", {
      field: "gate.metrics",
      fix: 'add at least one metric under gate.metrics, e.g. "accuracy: { goal: maximize, max_regression: 0.01 }"'
    });
  }
  const lists = [
    ["gate.slices.metrics", config?.slices?.metrics],
    ["gate.consistency.metrics", config?.consistency?.metrics],
    ["gate.primary", config?.primary]
  ];
  for (const [field, names] of lists) {
    for (const name of names ?? []) {
      if (name in metrics) continue;
      const guess = nearest(name, Object.keys(metrics));
      throw new InputError(`${field} names "${name}", which is not in gate.metrics`, {
        field,
        fix: guess ? `did you mean "${guess}"? List only metrics configured under gate.metrics` : `list only metrics configured under gate.metrics (${Object.keys(metrics).join(", ")}), or add a rule for "${name}" there`
      });
    }
  }
  const alpha = config?.alpha ?? 0.05;
  const withMargin = Object.keys(metrics).filter((m) => metrics[m]?.max_regression !== void 0);
  const primary = config?.primary ?? (withMargin.length > 0 ? withMargin : Object.keys(metrics));
  const settings = {
    alpha,
    // Twice alpha: Holm then keeps "warn or fail" on a no-change PR near 2 alpha per family.
    warnAlpha: Math.max(alpha, config?.warn_alpha ?? Math.min(1, 2 * alpha)),
    correction: config?.correction ?? "holm",
    power: config?.power ?? 0.8,
    primary: new Set(primary),
    metrics,
    slices: {
      minSize: config?.slices?.min_size ?? 30,
      ...config?.slices?.max_regression !== void 0 ? { maxRegression: config.slices.max_regression } : {},
      ...config?.slices?.metrics ? { metrics: config.slices.metrics } : {}
    },
    paired: config?.paired ?? true,
    consistency: ownRecord(void 0)
  };
  const shared = config?.consistency?.max_std;
  const sharedFor = new Set(config?.consistency?.metrics ?? Object.keys(metrics));
  for (const [name, rule] of Object.entries(metrics)) {
    const maxStd = rule.max_std ?? (sharedFor.has(name) ? shared : void 0);
    if (maxStd !== void 0) settings.consistency[name] = maxStd;
  }
  if (goldenIds) settings.golden = { ids: goldenIds, maxFlips: config?.golden?.max_flips ?? 0 };
  return settings;
}
function marginInUnits(margin, baselineMean) {
  if (margin === void 0) return 0;
  if (typeof margin === "number") return margin;
  return Number.parseFloat(margin) / 100 * Math.abs(baselineMean);
}
function resolutionInUnits(resolution, means) {
  const size = Math.max(...means.map(Math.abs));
  if (resolution === void 0) return 1e-9 * size;
  if (typeof resolution === "number") return resolution;
  return Number.parseFloat(resolution) / 100 * size;
}
var worsening = (goal, delta) => goal === "maximize" ? -delta : delta;

export {
  gateSettings,
  marginInUnits,
  resolutionInUnits,
  worsening,
  RESULTS_MAX_BYTES,
  workspaceFile,
  repositoryPath
};
