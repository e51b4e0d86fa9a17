import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ActionContext } from './context.js';

/**
 * A report as every report command hands it to the workflow: the JSON and Markdown files (outputs
 * report-json and report-markdown), the verdict output and the job summary.
 */
export async function writeReportOutputs(
  ctx: ActionContext,
  report: { verdict: string; json: string; markdown: string },
  paths: { json: string; markdown: string },
): Promise<void> {
  await mkdir(dirname(paths.json), { recursive: true });
  await writeFile(paths.json, report.json);
  await writeFile(paths.markdown, report.markdown);
  ctx.setOutput('verdict', report.verdict);
  ctx.setOutput('report-json', paths.json);
  ctx.setOutput('report-markdown', paths.markdown);
  await ctx.summary(report.markdown);
}
