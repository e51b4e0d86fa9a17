/** Where a CLI command writes; tests pass their own sinks. */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

/** A subcommand: parses its own argv, returns the exit code. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;
