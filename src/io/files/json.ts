import { lineColumn } from '../../config/yaml.js';
import { InputError } from '../../core/errors.js';

/** JSON.parse with a message that names the file, the line and the column, and common causes. */
export function parseJson(text: string, file: string, what: string): unknown {
  try {
    // A UTF-8 byte order mark (Windows editors and PowerShell write one) is not JSON, but it is not a mistake either.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const offset = errorOffset(text, message);
    const where = lc
      ? { line: Number(lc[1]), column: Number(lc[2]) }
      : offset !== undefined
        ? lineColumn(text, offset)
        : {};
    const nonFinite = /\b(NaN|-?Infinity)\b/.exec(text);
    throw new InputError(`${what} is not valid JSON: ${jsonProblem(message)}`, {
      file,
      ...where,
      fix: nonFinite
        ? `metric values must be finite numbers, and JSON has no ${nonFinite[1]} (Python's json.dump writes it): drop the run or fix the value`
        : 'write valid JSON (no trailing commas, double-quoted keys and strings)',
    });
  }
}

/**
 * JSON.parse's reason without the bytes it quotes: a file that is not JSON at all (a key file, the
 * environment) must not have its content echoed into a log, a comment or a check run.
 */
function jsonProblem(message: string): string {
  if (message.startsWith('Unexpected token')) return 'unexpected character';
  if (/Unexpected end of JSON input/.test(message)) return 'the text ends too early';
  return (
    message
      .replace(/ (in JSON )?at position \d+.*$/s, '')
      .replace(/".*$/s, '')
      .trim() || 'unreadable'
  );
}

/**
 * Where JSON.parse stopped. Node reports "at position N" for some errors, and for others only an
 * excerpt of about ten characters either side of the bad token: find that excerpt in the text.
 */
function errorOffset(text: string, message: string): number | undefined {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  const excerpt = /^Unexpected token '(.)', (.*) is not valid JSON$/s.exec(message);
  if (!excerpt) return undefined;
  const token = excerpt[1]!;
  const clippedStart = excerpt[2]!.startsWith('...');
  const bare = excerpt[2]!.replace(/^\.\.\./, '').replace(/\.\.\.$/, '');
  // The excerpt may or may not carry quotes of its own around the text.
  for (const core of [bare, bare.slice(1), bare.slice(0, -1), bare.slice(1, -1)]) {
    const start = core ? text.indexOf(core) : -1;
    if (start < 0) continue;
    const near = clippedStart ? Math.max(0, 10 - (bare.length - core.length)) : 0;
    const within = core.indexOf(token, Math.max(0, near - 1));
    return start + (within < 0 ? core.indexOf(token) : within);
  }
  return undefined;
}
