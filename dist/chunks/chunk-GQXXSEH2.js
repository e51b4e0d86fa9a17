import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  leakageChecks,
  runLeakageCheck
} from "./chunk-VXU6S555.js";
import {
  parseJson
} from "./chunk-UM45P6NX.js";
import {
  ownRecord
} from "./chunk-Z5MP7C47.js";
import {
  assertValid,
  nearest,
  readTextFile
} from "./chunk-SNP2QDIS.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// src/io/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(args, cwd) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch {
    return void 0;
  }
}
async function mergeBase(a, b, cwd) {
  return (await git(["merge-base", a, b], cwd))?.trim() || void 0;
}
async function showFile(commit, path, cwd) {
  return git(["show", `${commit}:${path.replace(/^\.\//, "")}`], cwd);
}
async function repositoryRoot(cwd) {
  return (await git(["rev-parse", "--show-toplevel"], cwd))?.trim() || void 0;
}
async function commitOf(ref, cwd) {
  return (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd))?.trim() || void 0;
}

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

// src/io/gate-inputs.ts
import { isAbsolute as isAbsolute2, relative as relative3, resolve as resolve3 } from "node:path";

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

// src/io/id-list.ts
import { readFile } from "node:fs/promises";
var MAX_ID_LENGTH = 512;
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
async function readIdList(path, field, shown = path) {
  const text = await readFile(path, "utf8").catch(() => void 0);
  return parseIdList(text, field, shown);
}
function parseIdList(text, field, shown) {
  if (text === void 0) {
    throw new InputError("id list not found", {
      file: shown,
      field,
      fix: `create it (one id a line) or correct ${field} (the path is relative to the repository root)`
    });
  }
  const ids = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const id = raw.trim();
    if (!id || id.startsWith("#")) continue;
    if (id.length > MAX_ID_LENGTH || CONTROL.test(id)) {
      throw new InputError(`line ${i + 1} is not an eval item id (too long, or control characters)`, {
        file: shown,
        field,
        line: i + 1,
        fix: `point ${field} at a file of eval item ids, one a line (the "id" of the examples rows)`
      });
    }
    ids.push(id);
  }
  if (ids.length === 0) {
    throw new InputError("the id list has no ids", {
      file: shown,
      field,
      fix: `write one eval item id a line (the "id" of its examples rows), or remove ${field}`
    });
  }
  return ids;
}

// src/io/results.ts
import { createHash } from "node:crypto";
import { dirname, posix as posix2, relative as relative2, resolve as resolve2 } from "node:path";

// schemas/eval-results.schema.json
var eval_results_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/eval-results.schema.json",
  title: "Sprintlab eval results (sprintlab.eval/v1)",
  description: 'One JSON object: {"format": "sprintlab.eval/v1", "runs": [{"seed": 1, "metrics": {"accuracy": 0.91}}]}.',
  type: "object",
  required: ["format", "runs"],
  properties: {
    format: { const: "sprintlab.eval/v1", description: 'Set "format": "sprintlab.eval/v1".' },
    model: { type: "string", description: "The model or system evaluated." },
    dataset: {
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string" },
        version: { type: "string", description: "A content hash or version tag; results on different versions are not comparable." }
      }
    },
    source: {
      type: "object",
      description: "Where these results were read from when an adapter produced them: the tool, its version when recorded, the files and the number of runs found.",
      required: ["tool", "files", "runs"],
      properties: {
        tool: { type: "string" },
        version: { type: "string" },
        files: { type: "array", items: { type: "string" } },
        runs: { type: "integer", minimum: 0 }
      }
    },
    runs: {
      type: "array",
      minItems: 1,
      description: 'One entry per seed: add at least one run such as {"seed": 1, "metrics": {"accuracy": 0.91}}.',
      items: {
        type: "object",
        required: ["seed", "metrics"],
        properties: {
          seed: { anyOf: [{ type: "integer" }, { type: "string" }], description: "The seed of this run (unique within the file)." },
          metrics: {
            type: "object",
            minProperties: 1,
            description: 'Metric name -> finite number, e.g. {"accuracy": 0.91}.',
            additionalProperties: { type: "number" }
          },
          slices: {
            type: "object",
            description: "Slice name -> {n, metrics}.",
            additionalProperties: {
              type: "object",
              required: ["metrics"],
              properties: {
                n: { type: "integer", minimum: 0, description: "Number of eval items in the slice." },
                metrics: { type: "object", additionalProperties: { type: "number" } }
              }
            }
          },
          examples: { type: "string", description: "Path, relative to the results file, of a JSONL file with one row per eval item." }
        }
      }
    }
  }
};

// src/io/examples.ts
import { readFile as readFile2 } from "node:fs/promises";
var FIX = 'each line must be a JSON object like {"id": "q-001", "correct": true, "slice": "lang:de"} (or "score": 0.7 instead of "correct")';
function toRow(value, file, line) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError("the row is not a JSON object", { file, line, fix: FIX });
  }
  const { id, correct, score, slice, cluster } = value;
  if (typeof id !== "string" && typeof id !== "number") {
    throw new InputError('the row has no "id"', { file, line, field: "id", fix: FIX });
  }
  if (correct !== void 0 && typeof correct !== "boolean") {
    throw new InputError(`"correct" must be true or false, found ${JSON.stringify(correct)}`, {
      file,
      line,
      field: "correct",
      fix: FIX
    });
  }
  if (score !== void 0 && (typeof score !== "number" || !Number.isFinite(score))) {
    throw new InputError(`"score" must be a finite number, found ${JSON.stringify(score)}`, {
      file,
      line,
      field: "score",
      fix: FIX
    });
  }
  if (correct === void 0 && score === void 0) {
    throw new InputError('the row has neither "correct" nor "score"', { file, line, fix: FIX });
  }
  const row = { id: String(id) };
  if (correct !== void 0) row.correct = correct;
  if (score !== void 0) row.score = score;
  if (typeof slice === "string") row.slice = slice;
  if (typeof cluster === "string" || typeof cluster === "number") row.cluster = String(cluster);
  return row;
}
var notFound = (shown, referencedFrom) => new InputError("examples file not found", {
  file: shown,
  fix: `${referencedFrom} points here; the path is relative to the results file \u2014 fix it or remove "examples"`
});
function parseLine(text, shown, line) {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError("the row is not valid JSON", {
      file: shown,
      line,
      fix: FIX
    });
  }
}
function examplesFromJsonl(withBom, shown) {
  const text = withBom.charCodeAt(0) === 65279 ? ` ${withBom.slice(1)}` : withBom;
  const kept = text.split("\n").filter((l) => l.length > 0 && (l.charCodeAt(0) > 32 || l.trim() !== ""));
  let values;
  try {
    values = JSON.parse(`[${kept.join(",")}]`);
  } catch {
    values = void 0;
  }
  let numbers;
  const lineOf = (row) => {
    if (!numbers) {
      numbers = [];
      const all = text.split("\n");
      for (let i = 0; i < all.length; i++) {
        const l = all[i];
        if (l.length > 0 && (l.charCodeAt(0) > 32 || l.trim() !== "")) numbers.push(i + 1);
      }
    }
    return numbers[row];
  };
  if (!values || values.length !== kept.length) {
    values = kept.map((l, i) => parseLine(l, shown, lineOf(i)));
    const joined = values.findIndex((v) => Array.isArray(v));
    if (joined >= 0)
      throw new InputError("the row is not a JSON object", { file: shown, line: lineOf(joined), fix: FIX });
  }
  const rows = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const plain = v && v.score === void 0 && v.cluster === void 0;
    if (plain && typeof v.id === "string" && typeof v.correct === "boolean") {
      rows[i] = typeof v.slice === "string" ? { id: v.id, correct: v.correct, slice: v.slice } : { id: v.id, correct: v.correct };
    } else {
      rows[i] = toRow(v, shown, lineOf(i));
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i].id;
    if (seen.size === seen.add(id).size) {
      const first = rows.findIndex((r) => r.id === id);
      throw new InputError(`item id "${id}" appears twice (lines ${lineOf(first)} and ${lineOf(i)})`, {
        file: shown,
        line: lineOf(i),
        field: "id",
        fix: "write one row per eval item in each run: drop the repeated row, or give it its own id"
      });
    }
  }
  return rows;
}
async function readExamples(path, referencedFrom, shown = path) {
  let text;
  try {
    text = await readFile2(path, "utf8");
  } catch (error) {
    if (error.code === "EISDIR") {
      throw new InputError("the examples path is a directory, not a JSONL file", {
        file: shown,
        fix: `${referencedFrom} points here; name the run's JSONL file (relative to the results file)`
      });
    }
    throw notFound(shown, referencedFrom);
  }
  return examplesFromJsonl(text, shown);
}
async function examplesFromText(text, referencedFrom, shown) {
  if (text === void 0) throw notFound(shown, referencedFrom);
  return examplesFromJsonl(text, shown);
}

// src/io/results.ts
var FORMAT = "sprintlab.eval/v1";
function parseResults(text, file) {
  const data = parseJson(text, file, "the results file");
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const format = data.format;
    if (format !== FORMAT) {
      throw new InputError(
        format === void 0 ? 'missing "format"' : `unsupported format ${JSON.stringify(format)}`,
        {
          file,
          field: "format",
          fix: `set "format": "${FORMAT}" and follow that layout (runs[].seed, runs[].metrics); other tools' outputs need an adapter`
        }
      );
    }
  }
  assertValid(eval_results_schema_default, data, { file }, "the results file");
  const results = withOwnNames(data);
  assertFinite(results, file);
  const seen = /* @__PURE__ */ new Map();
  results.runs.forEach((run2, i) => {
    const key = String(run2.seed);
    const first = seen.get(key);
    if (first !== void 0) {
      throw new InputError(`seed ${key} appears twice (runs[${first}] and runs[${i}])`, {
        file,
        field: `runs[${i}].seed`,
        fix: "give each run its own seed, or drop the duplicate run (each seed must be an independent run)"
      });
    }
    seen.set(key, i);
  });
  return results;
}
function withOwnNames(results) {
  for (const run2 of results.runs) {
    run2.metrics = ownRecord(run2.metrics);
    if (!run2.slices) continue;
    run2.slices = ownRecord(run2.slices);
    for (const slice of Object.values(run2.slices)) slice.metrics = ownRecord(slice.metrics);
  }
  return results;
}
function assertFinite(results, file) {
  const bad = (metrics, at) => {
    for (const [name, value] of Object.entries(metrics)) {
      if (Number.isFinite(value)) continue;
      throw new InputError(`metric "${name}" is ${value}, not a finite number`, {
        file,
        field: `${at}.${name}`,
        fix: "write the value as a finite number (a literal such as 1e309 overflows to infinity); drop the run if the eval diverged"
      });
    }
  };
  results.runs.forEach((run2, i) => {
    bad(run2.metrics, `runs[${i}].metrics`);
    for (const [slice, s] of Object.entries(run2.slices ?? {}))
      bad(s.metrics, `runs[${i}].slices.${slice}.metrics`);
  });
}
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
async function loadResults(path, options) {
  const { shown = path, root, ...rest } = options;
  const text = await readTextFile(
    path,
    "results file",
    "check the path (relative to the working directory), or run the eval that writes it",
    shown
  );
  return resultsFromText(text, shown, { ...rest, examples: diskExamples(root, dirname(path)) });
}
function diskExamples(root, baseDir) {
  return async (relPath, referencedFrom) => {
    const path = await workspaceFile(root, relPath, {
      key: referencedFrom,
      from: baseDir,
      maxBytes: RESULTS_MAX_BYTES
    });
    const shown = relative2(root, resolve2(path)).split("\\").join("/");
    return readExamples(path, referencedFrom, shown);
  };
}
function textExamples(resultsPath, read) {
  return async (relPath, referencedFrom) => {
    const path = repositoryPath(relPath, referencedFrom, posix2.dirname(resultsPath));
    return examplesFromText(await read(path), referencedFrom, path);
  };
}
async function resultsFromText(text, source, options = {}) {
  const results = parseResults(text, source);
  const loaded = {
    source,
    sha256: sha256(text),
    results,
    ...options.ref ? { ref: options.ref } : {}
  };
  if (options.withExamples && results.runs.some((r) => r.examples)) {
    const read = options.examples ?? diskExamples(process.cwd(), process.cwd());
    const examples = /* @__PURE__ */ new Map();
    for (const [i, run2] of results.runs.entries()) {
      if (run2.examples)
        examples.set(String(run2.seed), await read(run2.examples, `${source} runs[${i}].examples`));
    }
    loaded.examples = examples;
  }
  return loaded;
}

// src/io/gate-inputs.ts
function shownPath(root, path) {
  const rel = relative3(root, resolve3(root, path));
  return rel && !rel.startsWith("..") && !isAbsolute2(rel) ? rel.split("\\").join("/") : path;
}
async function loadBaseline(source, root, withExamples) {
  if ("file" in source) {
    const file = await resultsFile(root, source.file);
    return loadResults(file, { root, withExamples, shown: shownPath(root, file) });
  }
  if ("none" in source) {
    return {
      source: source.none,
      sha256: "",
      ...source.ref ? { ref: source.ref } : {},
      results: { format: "sprintlab.eval/v1", runs: [] }
    };
  }
  if ("text" in source) {
    return resultsFromText(source.text, source.source, {
      withExamples,
      ...source.examples ? { examples: source.examples } : {},
      ...source.ref ? { ref: source.ref } : {}
    });
  }
  const text = await showFile(source.commit, repositoryPath(source.path, "gate.results"), root);
  if (text === void 0) {
    return loadBaseline(
      { none: `no ${source.path} at ${source.label ?? source.commit.slice(0, 12)}`, ref: source.commit },
      root,
      withExamples
    );
  }
  return resultsFromText(text, `${source.path}@${source.label ?? source.commit.slice(0, 12)}`, {
    withExamples,
    ref: source.commit,
    examples: textExamples(source.path, (path) => showFile(source.commit, path, root))
  });
}
async function mergeBaseOfRef(ref, cwd, flag) {
  const top = await repositoryRoot(cwd);
  if (!top) {
    throw new InputError(`${flag} ${ref} needs a git repository, and ${cwd} is not in one`, {
      fix: "run the gate inside your clone, or leave the flag out"
    });
  }
  if (!await commitOf(ref, top)) {
    throw new InputError(`git ref "${ref}" not found in this clone`, {
      fix: `fetch it first (e.g. "git fetch origin main" for origin/main), or name an existing branch or commit`
    });
  }
  const commit = await mergeBase(ref, "HEAD", top);
  if (!commit) {
    throw new InputError(`no merge base between ${ref} and HEAD`, {
      fix: `fetch the base branch with history (actions/checkout with fetch-depth: 0), or pass an explicit baseline file`
    });
  }
  return { top, commit };
}
async function baselineAtMergeBase(ref, path, cwd) {
  const { top, commit } = await mergeBaseOfRef(ref, cwd, "--baseline-ref");
  const inRepo = relative3(top, resolve3(cwd, path));
  if (inRepo.startsWith("..") || isAbsolute2(inRepo)) {
    throw new InputError(`the candidate results ${path} are outside the repository at ${top}`, {
      fix: "pass a results file inside the clone, or --baseline FILE"
    });
  }
  return { commit, path: inRepo.split("\\").join("/"), label: `merge-base(${ref})` };
}
var resultsFile = (root, named) => workspaceFile(root, named.path, { ...named, maxBytes: RESULTS_MAX_BYTES });
async function checkLeakagePaths(config, root) {
  const { leakage } = config;
  if (!leakage) return;
  for (const key of ["train", "manifest", "eval"]) {
    const value = leakage[key];
    for (const path of value === void 0 ? [] : Array.isArray(value) ? value : [value])
      await workspaceFile(root, path, { key: `leakage.${key}` });
  }
}
async function idList(files, path, key) {
  if (files.trusted) return parseIdList(await files.trusted(repositoryPath(path, key)), key, path);
  const file = await workspaceFile(files.root, path, { key, maxBytes: RESULTS_MAX_BYTES });
  return readIdList(file, key, path);
}
async function prepareGate(files) {
  const { config, root } = files;
  const gate = config.gate;
  const goldenIds = gate?.golden?.ids ? await idList(files, gate.golden.ids, "gate.golden.ids") : void 0;
  let settings;
  try {
    settings = gateSettings(gate, goldenIds);
  } catch (error) {
    if (error instanceof InputError && !error.details.file)
      throw new InputError(error.message, { ...error.details, file: files.configFile });
    throw error;
  }
  const withExamples = settings.paired || settings.golden !== void 0;
  const ref = files.candidateRef ? { ref: files.candidateRef } : {};
  let candidate;
  if ("path" in files.candidate) {
    const candidateFile = await resultsFile(root, files.candidate);
    candidate = await loadResults(candidateFile, {
      root,
      withExamples,
      shown: shownPath(root, candidateFile),
      ...ref
    });
  } else candidate = await loadBaseline({ ...files.candidate, ...ref }, root, withExamples);
  const baseline = await loadBaseline(files.baseline, root, withExamples);
  if (files.trusted) return { settings, baseline, candidate, extraChecks: [] };
  await checkLeakagePaths(config, root);
  const extraChecks = config.leakage ? leakageChecks(await runLeakageCheck(config.leakage, root)) : [];
  return { settings, baseline, candidate, extraChecks };
}

export {
  marginInUnits,
  resolutionInUnits,
  worsening,
  mergeBase,
  showFile,
  repositoryRoot,
  RESULTS_MAX_BYTES,
  workspaceFile,
  repositoryPath,
  sha256,
  textExamples,
  mergeBaseOfRef,
  baselineAtMergeBase,
  checkLeakagePaths,
  prepareGate
};
