import { randomBytes } from 'node:crypto';

/**
 * The runner reads any log line that starts with "::" (or the older "##[") as a workflow command:
 * add-mask, set-env, stop-commands… A metric or slice name from a PR's results file is printed in the
 * report, so the report must not be able to issue one. Text goes between a one-time
 * `::stop-commands::TOKEN` and `::TOKEN::`: the runner ignores commands in between, and the random
 * token cannot be guessed by the text, nor is it printed anywhere else.
 */
export function commandSafe(text: string, token = randomBytes(16).toString('hex')): string {
  // The token is fresh per block; a text holding it (astronomically unlikely) gets another.
  if (text.includes(token)) return commandSafe(text);
  return `::stop-commands::${token}\n${text.replace(/\n$/, '')}\n::${token}::`;
}

/** Whether some line of the text would be read as a command, after the blanks a runner skips. */
const LOOKS_LIKE_COMMAND = /(^|[\r\n])[ \t]*(::|##\[)/;

/** Plain log text stays plain; text with a line that could be a command is fenced (see commandSafe). */
export const logSafe = (text: string): string => (LOOKS_LIKE_COMMAND.test(text) ? commandSafe(text) : text);
