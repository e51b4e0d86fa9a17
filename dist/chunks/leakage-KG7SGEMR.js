import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  renderLeakageJson,
  renderLeakageMarkdown
} from "./chunk-3ZBLTLP3.js";
import {
  writeReportOutputs
} from "./chunk-LPZM7FJE.js";
import {
  checkConfiguredLeakage
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
  ExitCode
} from "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";

// src/action/commands/leakage.ts
import { join, resolve } from "node:path";
var leakage = async (ctx) => {
  const configPath = resolve(ctx.workspace, ctx.input("config") || DEFAULT_CONFIG_PATH);
  const config = await loadConfigFile(configPath);
  const report = await checkConfiguredLeakage(config, ctx.workspace, {
    write: (line) => ctx.info(line.trimEnd()),
    isTTY: false
  });
  await writeReportOutputs(
    ctx,
    { verdict: report.verdict, json: renderLeakageJson(report), markdown: renderLeakageMarkdown(report) },
    {
      json: join(ctx.runnerTemp, "sprintlab-leakage-report.json"),
      markdown: join(ctx.runnerTemp, "sprintlab-leakage-report.md")
    }
  );
  return report.verdict === "fail" ? ExitCode.fail : ExitCode.ok;
};
export {
  leakage
};
