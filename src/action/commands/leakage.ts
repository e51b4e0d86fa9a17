import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadConfigFile } from '../../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../../core/contracts.js';
import { ExitCode } from '../../core/errors.js';
import { renderLeakageJson, renderLeakageMarkdown } from '../../core/render/leakage.js';
import { checkConfiguredLeakage } from '../../flows/leakage/configured.js';
import type { ActionCommand } from '../context.js';

/**
 * `command: leakage`: runs the check configured under `leakage:` and publishes the report as the
 * job summary and as files under RUNNER_TEMP (outputs report-json, report-markdown).
 */
export const leakage: ActionCommand = async (ctx) => {
  const configPath = resolve(ctx.workspace, ctx.input('config') || DEFAULT_CONFIG_PATH);
  const config = await loadConfigFile(configPath);
  const report = await checkConfiguredLeakage(config, ctx.workspace, {
    write: (line: string) => ctx.info(line.trimEnd()),
    isTTY: false,
  });
  const markdown = renderLeakageMarkdown(report);
  const jsonPath = join(ctx.runnerTemp, 'sprintlab-leakage-report.json');
  const markdownPath = join(ctx.runnerTemp, 'sprintlab-leakage-report.md');
  await writeFile(jsonPath, renderLeakageJson(report));
  await writeFile(markdownPath, markdown);
  ctx.setOutput('verdict', report.verdict);
  ctx.setOutput('report-json', jsonPath);
  ctx.setOutput('report-markdown', markdownPath);
  await ctx.summary(markdown);
  return report.verdict === 'fail' ? ExitCode.fail : ExitCode.ok;
};
