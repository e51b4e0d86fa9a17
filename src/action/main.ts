import * as core from '@actions/core';
import { ExitCode, isInputError } from '../core/errors.js';
import { serviceFailure } from '../github/errors.js';
import { type ActionCommand, runnerContext } from './context.js';

const commands: Record<string, () => Promise<ActionCommand>> = {
  gate: async () => (await import('./commands/gate.js')).gate,
  publish: async () => (await import('./commands/publish.js')).publish,
  leakage: async () => (await import('./commands/leakage.js')).leakage,
  status: async () => (await import('./commands/status.js')).status,
  app: async () => (await import('./commands/app.js')).app,
};

export async function run(): Promise<void> {
  const ctx = runnerContext();
  const name = (ctx.input('command') || 'gate').trim();
  const load = commands[name];
  if (!load) {
    core.setFailed(
      `Unknown command "${name}". Set the "command" input to one of: ${Object.keys(commands).join(', ')}.`,
    );
    process.exitCode = ExitCode.input;
    return;
  }
  try {
    const code = await (await load())(ctx);
    if (code !== ExitCode.ok) process.exitCode = code;
  } catch (error) {
    if (isInputError(error)) {
      core.setFailed(error.describe());
      process.exitCode = ExitCode.input;
      return;
    }
    const outage = serviceFailure(error);
    if (outage) {
      core.setFailed(outage);
      process.exitCode = ExitCode.fail;
      return;
    }
    core.setFailed(
      `Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = ExitCode.internal;
  }
}
