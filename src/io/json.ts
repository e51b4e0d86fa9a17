import { lineColumn } from '../config/yaml.js';
import { InputError } from '../core/errors.js';

/** JSON.parse with a message that names the file, the line and the column, and common causes. */
export function parseJson(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const where = lc
      ? { line: Number(lc[1]), column: Number(lc[2]) }
      : at
        ? lineColumn(text, Number(at[1]))
        : {};
    const nonFinite = /\b(NaN|-?Infinity)\b/.exec(text);
    throw new InputError(
      `${what} is not valid JSON: ${message.replace(/^.*?: /, '').replace(/ in JSON at position \d+.*$/, '')}`,
      {
        file,
        ...where,
        fix: nonFinite
          ? `metric values must be finite numbers, and JSON has no ${nonFinite[1]} (Python's json.dump writes it): drop the run or fix the value`
          : 'write valid JSON (no trailing commas, double-quoted keys and strings)',
      },
    );
  }
}
