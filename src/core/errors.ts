/**
 * A mistake the user can fix: bad input, a bad flag, a malformed file.
 * Front doors print `message` (no stack trace) and exit with code 2.
 * Messages name the file or field, the problem and the fix.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly details: { file?: string; field?: string; line?: number; column?: number; fix?: string } = {},
  ) {
    super(message);
  }

  /** One human-readable paragraph: where, what, and how to fix it. */
  describe(): string {
    const { file, field, line, column, fix } = this.details;
    const where = [
      file && (line ? `${file}:${line}${column ? `:${column}` : ''}` : file),
      field && `field "${field}"`,
    ]
      .filter(Boolean)
      .join(', ');
    return [where ? `${where}: ${this.message}` : this.message, fix && `Fix: ${fix}`]
      .filter(Boolean)
      .join('\n');
  }
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;

/** Exit codes shared by the CLI and the Action. */
export const ExitCode = { ok: 0, fail: 1, input: 2, internal: 3 } as const;
