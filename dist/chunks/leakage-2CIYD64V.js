import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-OHB5QFOH.js";
import {
  renderLeakageJson,
  renderLeakageMarkdown
} from "./chunk-3ZBLTLP3.js";
import {
  buildManifest,
  checkLeakage,
  leakageSettings,
  planLeakageCheck
} from "./chunk-M7BJJRNN.js";
import "./chunk-A6CPINGI.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-2ULE7GJX.js";
import {
  ExitCode,
  InputError
} from "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";

// src/cli/commands/leakage.ts
import { access } from "node:fs/promises";
var HELP = `Usage:
  sprintlab leakage --train FILE... --eval FILE [options]
  sprintlab leakage manifest TRAIN_FILE... -o FILE.manifest [options]

Finds eval items in training data: the same id, the same normalised text, and near-duplicates
(MinHash over character n-grams, verified by Jaccard). Training files may be .jsonl, .csv,
.parquet, .txt (one item a line) or .manifest (hashes only, from "sprintlab leakage manifest").

Options:
  --train FILE...          training data or manifests (repeatable)      [leakage.train]
  --eval FILE              the eval set                                 [leakage.eval]
  --key NAME               id field (default: id)                       [leakage.key]
  --text NAME              text field (default: text)                   [leakage.text]
  --near T|off             near-duplicate Jaccard threshold (default 0.8) [leakage.near_duplicate]
  --max-ratio R            tolerated ratio of leaked eval items per kind (default 0) [leakage.max_ratio]
  --strip-punctuation      also drop punctuation and symbols before comparing
  --no-nfkc, --no-case-fold, --no-collapse-whitespace   turn a normalisation step off
  --skip-bad-lines         skip (and count) unreadable training rows instead of stopping
  --max-skipped-share S    fail when more than this share of training rows was skipped (default 0.01) [leakage.max_skipped_share]
  --format markdown|json   report format (default markdown)
  -o, --output FILE        manifest output (manifest subcommand)
  --config FILE            read defaults from the leakage: section (default ${DEFAULT_CONFIG_PATH} if present)

Exit codes: 0 pass or warn, 1 leakage above --max-ratio, 2 usage or input error.
`;
var options = {
  train: { type: "string", multiple: true },
  eval: { type: "string" },
  key: { type: "string" },
  text: { type: "string" },
  near: { type: "string" },
  "max-ratio": { type: "string" },
  "strip-punctuation": { type: "boolean" },
  "no-nfkc": { type: "boolean" },
  "no-case-fold": { type: "boolean" },
  "no-collapse-whitespace": { type: "boolean" },
  "skip-bad-lines": { type: "boolean" },
  "max-skipped-share": { type: "string" },
  format: { type: "string" },
  output: { type: "string", short: "o" },
  config: { type: "string" },
  help: { type: "boolean", short: "h" }
};
function number(flag, value) {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n)) {
    throw new InputError(`--${flag} must be a number, got "${value}"`, {
      fix: `pass e.g. --${flag} ${flag === "near" ? "0.8 (or off)" : "0"}`
    });
  }
  return n;
}
async function configSection(path) {
  const file = path ?? DEFAULT_CONFIG_PATH;
  if (!path) {
    try {
      await access(file);
    } catch {
      return {};
    }
  }
  const { loadConfigFile } = await import("./load-7JRE5Q7G.js");
  return (await loadConfigFile(file)).leakage ?? {};
}
var leakage = async (argv, io) => {
  const manifestMode = argv[0] === "manifest";
  const { values, positionals } = parseCommandArgs(
    manifestMode ? "leakage manifest" : "leakage",
    manifestMode ? argv.slice(1) : argv,
    options,
    true
  );
  if (values.help) {
    io.stdout.write(HELP);
    return ExitCode.ok;
  }
  const base = await configSection(values.config);
  const config = {
    ...base,
    normalisation: {
      ...base.normalisation,
      ...values["strip-punctuation"] && { strip_punctuation: true },
      ...values["no-nfkc"] && { nfkc: false },
      ...values["no-case-fold"] && { case_fold: false },
      ...values["no-collapse-whitespace"] && { collapse_whitespace: false }
    }
  };
  const train = [...values.train ?? [], ...positionals];
  if (train.length > 0) {
    config.train = train;
    config.manifest = void 0;
  }
  if (values.eval !== void 0) config.eval = values.eval;
  if (values.key !== void 0) config.key = values.key;
  if (values.text !== void 0) config.text = values.text;
  if (values.near !== void 0)
    config.near_duplicate = values.near === "off" ? false : number("near", values.near);
  if (values["max-ratio"] !== void 0) config.max_ratio = number("max-ratio", values["max-ratio"]);
  if (values["skip-bad-lines"]) config.skip_bad_lines = true;
  if (values["max-skipped-share"] !== void 0)
    config.max_skipped_share = number("max-skipped-share", values["max-skipped-share"]);
  const source = "command line";
  if (manifestMode) {
    if (train.length === 0)
      throw new InputError("no training files given", {
        fix: 'run "sprintlab leakage manifest TRAIN_FILE... -o FILE.manifest"'
      });
    if (!values.output)
      throw new InputError("missing -o FILE: where to write the manifest", { fix: "add -o train.manifest" });
    const rows = await buildManifest(
      train,
      values.output,
      leakageSettings(config, source),
      void 0,
      io.stderr
    );
    io.stdout.write(`wrote ${values.output}: ${rows} training rows
`);
    return ExitCode.ok;
  }
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json") {
    throw new InputError(`unknown --format "${format}"`, { fix: "use --format markdown or --format json" });
  }
  const plan = planLeakageCheck(config, source);
  const report = await checkLeakage({ ...plan, progress: io.stderr });
  io.stdout.write(format === "json" ? renderLeakageJson(report) : renderLeakageMarkdown(report));
  return report.verdict === "fail" ? ExitCode.fail : ExitCode.ok;
};
export {
  leakage
};
