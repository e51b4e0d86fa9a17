import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/action/report-outputs.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
async function writeReportOutputs(ctx, report, paths) {
  await mkdir(dirname(paths.json), { recursive: true });
  await writeFile(paths.json, report.json);
  await writeFile(paths.markdown, report.markdown);
  ctx.setOutput("verdict", report.verdict);
  ctx.setOutput("report-json", paths.json);
  ctx.setOutput("report-markdown", paths.markdown);
  await ctx.summary(report.markdown);
}

export {
  writeReportOutputs
};
