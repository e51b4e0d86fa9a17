import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-OHB5QFOH.js";
import {
  commandSafe
} from "./chunk-GMN4AHMZ.js";
import {
  baselineAtMergeBase,
  gateConfig,
  mergeBaseOfRef,
  renderGateJson,
  renderGateMarkdown,
  repositoryRoot,
  runGate,
  showFile
} from "./chunk-6X3B5MMI.js";
import "./chunk-PCZ6GZKH.js";
import "./chunk-HBPMXEOA.js";
import "./chunk-Z5MP7C47.js";
import {
  workspaceFile
} from "./chunk-5B5FQOXM.js";
import "./chunk-M7BJJRNN.js";
import "./chunk-A6CPINGI.js";
import {
  loadConfigFile
} from "./chunk-AZKMGFWZ.js";
import "./chunk-6VVURFHU.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-2ULE7GJX.js";
import {
  ExitCode,
  InputError
} from "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";

// src/cli/commands/gate.ts
import { randomBytes } from "node:crypto";
import { relative, resolve } from "node:path";
var HELP = `Usage: sprintlab gate [options]

Compares candidate eval results (sprintlab.eval/v1) with the baseline and prints the gate report.

Options:
  --candidate FILE     candidate results (default: gate.results from the config)
  --baseline FILE      baseline results file
  --baseline-ref REF   read the baseline from git at the merge base of REF and HEAD (e.g. origin/main)
  --config FILE        configuration (default: ${DEFAULT_CONFIG_PATH})
  --config-ref REF     gate with the config at the merge base of REF and HEAD, as a pull request is,
                       and list what this branch changes in it
  --format FORMAT      markdown (default) or json (sprintlab.gate-report/v1)
  -h, --help           show this help

Exit codes: 0 pass or warn, 1 fail, 2 usage or input error.
`;
async function configAtMergeBase(ref, configFile, root, cwd) {
  const { commit } = await mergeBaseOfRef(ref, cwd, "--config-ref");
  const base = { commit, read: (path) => showFile(commit, path, root) };
  return gateConfig(root, relative(root, resolve(cwd, configFile)), base, "--config");
}
var gate = async (argv, io) => {
  const { values } = parseCommandArgs("gate", argv, {
    candidate: { type: "string" },
    baseline: { type: "string" },
    "baseline-ref": { type: "string" },
    config: { type: "string" },
    "config-ref": { type: "string" },
    format: { type: "string", default: "markdown" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout.write(HELP);
    return ExitCode.ok;
  }
  if (values.format !== "markdown" && values.format !== "json") {
    throw new InputError(`unknown --format "${values.format}"`, {
      fix: "use --format markdown or --format json"
    });
  }
  const cwd = process.cwd();
  const root = resolve(await repositoryRoot(cwd) ?? cwd);
  const configFile = values.config ?? DEFAULT_CONFIG_PATH;
  const { config, provenance } = values["config-ref"] ? await configAtMergeBase(values["config-ref"], configFile, root, cwd) : {
    config: await loadConfigFile(
      await workspaceFile(root, configFile, { key: "--config", origin: "argument", from: cwd }),
      configFile
    ),
    provenance: void 0
  };
  const candidate = values.candidate ? { path: values.candidate, key: "--candidate", origin: "argument", from: cwd } : config.gate?.results ? { path: config.gate.results, key: "gate.results", from: cwd } : void 0;
  if (!candidate) {
    throw new InputError("no candidate results given", {
      fix: "pass --candidate FILE, or set gate.results in the config"
    });
  }
  let baseline;
  if (values.baseline)
    baseline = { file: { path: values.baseline, key: "--baseline", origin: "argument", from: cwd } };
  else if (values["baseline-ref"])
    baseline = await baselineAtMergeBase(values["baseline-ref"], candidate.path, cwd);
  else {
    throw new InputError("no baseline given", {
      fix: "pass --baseline FILE, or --baseline-ref origin/main to compare with the results where your branch started"
    });
  }
  const { report } = await runGate({
    config,
    configFile,
    root,
    candidate,
    baseline,
    ...provenance ? { provenance } : {}
  });
  const markdown = renderGateMarkdown(report);
  io.stdout.write(
    values.format === "json" ? renderGateJson(report) : (
      // Run as a workflow step, the report's untrusted names must not read as workflow commands.
      process.env.GITHUB_ACTIONS === "true" ? `${commandSafe(markdown, () => randomBytes(16).toString("hex"))}
` : markdown
    )
  );
  return report.verdict === "fail" ? ExitCode.fail : ExitCode.ok;
};
export {
  gate
};
