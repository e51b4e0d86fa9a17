import { ExitCode, isInputError } from '../core/errors.js';
import { serviceFailure } from '../github/errors.js';
import type { CliIo, Command } from './io.js';

// Each subcommand is loaded only when asked for, so `sprintlab gate` does not pay for the app or leakage code.
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  gate: {
    summary: 'compare candidate eval results with the baseline',
    load: async () => (await import('./commands/gate.js')).gate,
  },
  leakage: {
    summary: 'find eval items in training data (ids, text, near-duplicates)',
    load: async () => (await import('./commands/leakage.js')).leakage,
  },
  status: {
    summary: 'weekly sprint status: metrics, forecast, learnings, charts',
    load: async () => (await import('./commands/status.js')).status,
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Usage: sprintlab <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "sprintlab <command> --help" for a command's options.\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name ? ExitCode.ok : ExitCode.input;
  }
  if (name === '--version') {
    io.stdout.write(`${process.env.SPRINTLAB_VERSION ?? 'development'}\n`);
    return ExitCode.ok;
  }
  const entry = commands[name];
  if (!entry) {
    io.stderr.write(`sprintlab: unknown command "${name}".\n\n${usage()}`);
    return ExitCode.input;
  }
  try {
    return await (await entry.load())(rest, io);
  } catch (error) {
    if (isInputError(error)) {
      io.stderr.write(`sprintlab ${name}: ${error.describe()}\n`);
      return ExitCode.input;
    }
    const outage = serviceFailure(error);
    if (outage) {
      io.stderr.write(`sprintlab ${name}: ${outage}\n`);
      return ExitCode.fail;
    }
    io.stderr.write(
      `sprintlab ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return ExitCode.internal;
  }
}
