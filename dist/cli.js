import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  serviceFailure
} from "./chunks/chunk-NUXY54RL.js";
import {
  ExitCode,
  isInputError
} from "./chunks/chunk-GTFHKJ5W.js";
import "./chunks/chunk-4KYKJDKG.js";

// src/cli/main.ts
var commands = {
  gate: {
    summary: "compare candidate eval results with the baseline",
    load: async () => (await import("./chunks/gate-3VSADY3O.js")).gate
  },
  leakage: {
    summary: "find eval items in training data (ids, text, near-duplicates)",
    load: async () => (await import("./chunks/leakage-2CIYD64V.js")).leakage
  },
  status: {
    summary: "weekly sprint status: metrics, forecast, learnings, charts",
    load: async () => (await import("./chunks/status-LPQOAUDN.js")).status
  }
};
function usage() {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Usage: sprintlab <command> [options]

Commands:
${lines.join("\n")}

Run "sprintlab <command> --help" for a command's options.
`;
}
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(usage());
    return name ? ExitCode.ok : ExitCode.input;
  }
  if (name === "--version") {
    io.stdout.write(`${"0.1.0"}
`);
    return ExitCode.ok;
  }
  const entry = commands[name];
  if (!entry) {
    io.stderr.write(`sprintlab: unknown command "${name}".

${usage()}`);
    return ExitCode.input;
  }
  try {
    return await (await entry.load())(rest, io);
  } catch (error) {
    if (isInputError(error)) {
      io.stderr.write(`sprintlab ${name}: ${error.describe()}
`);
      return ExitCode.input;
    }
    const outage = serviceFailure(error);
    if (outage) {
      io.stderr.write(`sprintlab ${name}: ${outage}
`);
      return ExitCode.fail;
    }
    io.stderr.write(
      `sprintlab ${name}: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
    );
    return ExitCode.internal;
  }
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
