import { join, resolve } from 'node:path';
import { loadConfigFile } from '../../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../../core/contracts.js';
import { ExitCode } from '../../core/errors.js';
import { renderLeakageJson, renderLeakageMarkdown } from '../../core/render/leakage.js';
import { checkConfiguredLeakage } from '../../flows/leakage/configured.js';
import type { ActionCommand } from '../context.js';
import { writeReportOutputs } from '../report-outputs.js';

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
  await writeReportOutputs(
    ctx,
    { verdict: report.verdict, json: renderLeakageJson(report), markdown: renderLeakageMarkdown(report) },
    {
      json: join(ctx.runnerTemp, 'sprintlab-leakage-report.json'),
      markdown: join(ctx.runnerTemp, 'sprintlab-leakage-report.md'),
    },
  );
  return report.verdict === 'fail' ? ExitCode.fail : ExitCode.ok;
};
