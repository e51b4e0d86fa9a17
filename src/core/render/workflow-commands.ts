/**
 * The Actions runner reads any log line that starts with "::" (or the older "##[") as a workflow
 * command: add-mask, set-env, stop-commands… Metric and slice names from a PR's results file are
 * printed in the report, so printed text must not be able to issue one. It goes between
 * `::stop-commands::TOKEN` and `::TOKEN::`: the runner ignores commands in between. The token is fresh
 * for each block (`newToken`), so the text cannot guess it, and it is printed nowhere else.
 */
export function commandSafe(text: string, newToken: () => string): string {
  let token = newToken();
  // A text that holds the token (astronomically unlikely) gets another.
  while (text.includes(token)) token = newToken();
  return `::stop-commands::${token}\n${text.replace(/\n$/, '')}\n::${token}::`;
}

/** Whether some line of the text would be read as a command, after the blanks a runner skips. */
const LOOKS_LIKE_COMMAND = /(^|[\r\n])[ \t]*(::|##\[)/;

/** Plain log text stays plain; text with a line that could be a command is fenced (see commandSafe). */
export const logSafe = (text: string, newToken: () => string): string =>
  LOOKS_LIKE_COMMAND.test(text) ? commandSafe(text, newToken) : text;
