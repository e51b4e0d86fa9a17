import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  renderLeakageJson,
  renderLeakageMarkdown
} from "./chunk-2TLLGDHD.js";
import {
  checkLeakagePaths
} from "./chunk-NRHPKOJ7.js";
import {
  runLeakageCheck
} from "./chunk-FRH7EJSA.js";
import "./chunk-BAQ3FP4N.js";
import "./chunk-MI43LEGC.js";
import "./chunk-Z5MP7C47.js";
import "./chunk-A6CPINGI.js";
import {
  loadConfigFile
} from "./chunk-BBE6J4GB.js";
import "./chunk-6VVURFHU.js";
import {
  ExitCode
} from "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";

// src/action/commands/leakage.ts
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
var leakage = async (ctx) => {
  const configPath = resolve(ctx.workspace, ctx.input("config") || ".github/sprintlab.yml");
  const config = await loadConfigFile(configPath);
  const section = config.leakage ?? {};
  await checkLeakagePaths(config, ctx.workspace);
  const report = await runLeakageCheck(section, ctx.workspace, {
    write: (line) => ctx.info(line.trimEnd()),
    isTTY: false
  });
  const markdown = renderLeakageMarkdown(report);
  const jsonPath = join(ctx.runnerTemp, "sprintlab-leakage-report.json");
  const markdownPath = join(ctx.runnerTemp, "sprintlab-leakage-report.md");
  await writeFile(jsonPath, renderLeakageJson(report));
  await writeFile(markdownPath, markdown);
  ctx.setOutput("verdict", report.verdict);
  ctx.setOutput("report-json", jsonPath);
  ctx.setOutput("report-markdown", markdownPath);
  await ctx.summary(markdown);
  return report.verdict === "fail" ? ExitCode.fail : ExitCode.ok;
};
export {
  leakage
};
