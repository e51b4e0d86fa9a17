import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with user-facing errors: an unknown or malformed flag becomes an InputError
 * that names the flag and points at --help, instead of a TypeError with a stack trace.
 */
export function parseCommandArgs<O extends Options>(
  command: string,
  argv: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error);
    throw new InputError(message, { fix: `run "sprintlab ${command} --help" to see the accepted options` });
  }
}

export function requireOption(
  command: string,
  value: string | undefined,
  flag: string,
  what: string,
): string {
  if (!value) {
    throw new InputError(`missing --${flag}: ${what}`, {
      fix: `pass --${flag} <path>, or run "sprintlab ${command} --help"`,
    });
  }
  return value;
}
