import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  statusSettings,
  weeklyStatus
} from "./chunk-TOAAIXCN.js";
import {
  parseCommandArgs
} from "./chunk-OHB5QFOH.js";
import {
  REPORTABLE_RANGE,
  isReportableTime
} from "./chunk-AZS2CKUL.js";
import "./chunk-W5RFCYNX.js";
import "./chunk-FZNVJ5GC.js";
import "./chunk-HBPMXEOA.js";
import "./chunk-A6CPINGI.js";
import {
  DEFAULT_CONFIG_PATH,
  STATUS_REPORT_FORMAT
} from "./chunk-2ULE7GJX.js";
import {
  ExitCode,
  InputError
} from "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";

// src/cli/commands/status.ts
import { access, writeFile } from "node:fs/promises";
var HELP = `Usage:
  sprintlab status --from FILE [options]        render the report from an offline export
  sprintlab status --repo OWNER/NAME [options]  read the repository's experiments live

Computes the weekly sprint status: best metric against target with a forecast, what we learned,
experiments this sprint, kill and promotion rates, cycle time, WIP, time boxes, compute, data
readiness, risks, and Mermaid charts.

Options:
  --from FILE              a sprintlab.status-export/v1 JSON file (no network)
  --repo OWNER/NAME        read live; token from GITHUB_TOKEN, API from GITHUB_API_URL
  --config FILE            configuration (default: with --from, the export's own "config";
                           else ${DEFAULT_CONFIG_PATH} if present)
  --format markdown|json   output format (default markdown)
  -o, --output FILE        write the report to FILE instead of stdout
  --export FILE            with --repo: also save what was read as an export for --from
  --publish                with --repo: create or update this week's status issue, as the Action does
  --dry-run                with --publish: print what it would write, and write nothing
  --now ISO-DATE           compute the report as of this instant (default: now, or the export's "now")

Exit codes: 0 done, 2 usage or input error.
`;
var options = {
  from: { type: "string" },
  repo: { type: "string" },
  config: { type: "string" },
  format: { type: "string" },
  output: { type: "string", short: "o" },
  export: { type: "string" },
  publish: { type: "boolean" },
  "dry-run": { type: "boolean" },
  now: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function loadConfig(path) {
  const file = path ?? DEFAULT_CONFIG_PATH;
  if (!path) {
    try {
      await access(file);
    } catch {
      return void 0;
    }
  }
  const { loadConfigFile } = await import("./load-7JRE5Q7G.js");
  return loadConfigFile(file);
}
function parseNow(text) {
  if (text === void 0) return void 0;
  const t = Date.parse(text);
  if (!isReportableTime(t))
    throw new InputError(`--now "${text}" is not a date ${REPORTABLE_RANGE}`, {
      fix: "pass an ISO 8601 date or timestamp, e.g. --now 2026-11-20T16:00:00Z"
    });
  return new Date(t);
}
function parseRepo(text) {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  if (!m?.[1] || !m[2])
    throw new InputError(`--repo "${text}" is not OWNER/NAME`, {
      fix: "pass the repository as owner/name, e.g. --repo acme/support-bot"
    });
  return { owner: m[1], repo: m[2] };
}
var parseValues = (argv) => parseCommandArgs("status", argv, options).values;
function checkFlags(values) {
  if (Boolean(values.from) === Boolean(values.repo)) {
    throw new InputError(
      values.from ? "pass either --from or --repo, not both" : "missing --from FILE or --repo OWNER/NAME",
      {
        fix: 'use --from FILE for an offline export, or --repo owner/name to read GitHub (run "sprintlab status --help")'
      }
    );
  }
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json")
    throw new InputError(`--format "${format}" is not supported`, {
      fix: "pass --format markdown or --format json"
    });
  if (values.from && (values.publish || values.export)) {
    throw new InputError("--publish and --export need --repo", {
      fix: "drop them, or read live with --repo owner/name"
    });
  }
  if (values["dry-run"] && !values.publish) {
    throw new InputError("--dry-run needs --publish", {
      fix: "add --publish --repo owner/name to see what publishing would write"
    });
  }
  return format;
}
async function fromExport(file, values, now) {
  const { readStatusExport } = await import("./status-export-TTFGOYSD.js");
  const data = await readStatusExport(file);
  const section = (values.config ? await loadConfig(values.config) : data.config) ?? await loadConfig(void 0) ?? {};
  const result = weeklyStatus({
    repository: data.repository,
    issues: data.issues,
    settings: statusSettings(section).report,
    now: now ?? data.now ?? /* @__PURE__ */ new Date(),
    sources: {
      ...data.sprints ? { sprints: data.sprints } : {},
      ...data.milestones ? { milestones: data.milestones } : {}
    }
  });
  return { result };
}
async function fromRepository(repo, values, at) {
  const ref = parseRepo(repo);
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  if (!token)
    throw new InputError("no GitHub token: GITHUB_TOKEN is not set", {
      fix: "export GITHUB_TOKEN=<a token that can read the repository issues> (e.g. GITHUB_TOKEN=$(gh auth token))"
    });
  const now = at ?? /* @__PURE__ */ new Date();
  const config = await loadConfig(values.config);
  const { createGitHub } = await import("./client-MRL3FYBR.js");
  const { publishWeeklyStatus, readWeeklyStatus } = await import("./weekly-status-HQDDJDLO.js");
  const gh = createGitHub({
    token,
    ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}
  });
  const read = await readWeeklyStatus(gh, ref, { config, now, statusIssues: Boolean(values.publish) });
  const { result } = read;
  if (values.export) {
    const { toExport, writeStatusExport } = await import("./status-export-TTFGOYSD.js");
    await writeStatusExport(
      values.export,
      toExport(read.repository, read.issues, {
        now: now.toISOString(),
        sprints: result.report.sprints,
        config: { report: config?.report ?? {}, board: config?.board ?? {} }
      })
    );
  }
  if (!values.publish) return { result };
  if (values["dry-run"]) {
    const { describeStatusIssuePlan } = await import("./status-issue-QP4FNQ3O.js");
    return {
      result,
      publish: async () => describeStatusIssuePlan(read.plan).map((line) => `dry run: ${line}`)
    };
  }
  const publish = async () => {
    const r = await publishWeeklyStatus(gh, ref, read);
    const closed = r.closed.length ? `; closed ${r.closed.map((n) => `#${n}`).join(", ")}` : "";
    return [`${r.action} ${r.issue.url}${closed}`];
  };
  return { result, publish };
}
var status = async (argv, io) => {
  const values = parseValues(argv);
  if (values.help) {
    io.stdout.write(HELP);
    return ExitCode.ok;
  }
  const format = checkFlags(values);
  const now = parseNow(values.now);
  const { result, publish } = values.from ? await fromExport(values.from, values, now) : await fromRepository(values.repo ?? "", values, now);
  const text = format === "json" ? `${JSON.stringify({ format: STATUS_REPORT_FORMAT, week: result.week, title: result.title, ...result.report }, null, 2)}
` : result.markdown;
  if (values.output) await writeFile(values.output, text);
  else io.stdout.write(text);
  if (result.note) io.stderr.write(`sprintlab status: ${result.note}
`);
  for (const line of publish ? await publish() : []) io.stderr.write(`sprintlab status: ${line}
`);
  return ExitCode.ok;
};
export {
  status
};
