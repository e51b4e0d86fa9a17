import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  renderLeakageJson,
  renderLeakageMarkdown
} from "./chunk-TQXYQZSZ.js";
import {
  checkLeakagePaths
} from "./chunk-GQXXSEH2.js";
import {
  runLeakageCheck
} from "./chunk-VXU6S555.js";
import "./chunk-UM45P6NX.js";
import "./chunk-Z5MP7C47.js";
import "./chunk-A6CPINGI.js";
import {
  loadConfigFile
} from "./chunk-SNP2QDIS.js";
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
