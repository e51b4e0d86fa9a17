import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  lineColumn
} from "./chunk-AZKMGFWZ.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// src/io/files/json.ts
function parseJson(text, file, what) {
  try {
    return JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const offset = errorOffset(text, message);
    const where = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : offset !== void 0 ? lineColumn(text, offset) : {};
    const nonFinite = /\b(NaN|-?Infinity)\b/.exec(text);
    throw new InputError(`${what} is not valid JSON: ${jsonProblem(message)}`, {
      file,
      ...where,
      fix: nonFinite ? `metric values must be finite numbers, and JSON has no ${nonFinite[1]} (Python's json.dump writes it): drop the run or fix the value` : "write valid JSON (no trailing commas, double-quoted keys and strings)"
    });
  }
}
function jsonProblem(message) {
  if (message.startsWith("Unexpected token")) return "unexpected character";
  if (/Unexpected end of JSON input/.test(message)) return "the text ends too early";
  return message.replace(/ (in JSON )?at position \d+.*$/s, "").replace(/".*$/s, "").trim() || "unreadable";
}
function errorOffset(text, message) {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  const excerpt = /^Unexpected token '(.)', (.*) is not valid JSON$/s.exec(message);
  if (!excerpt) return void 0;
  const token = excerpt[1];
  const clippedStart = excerpt[2].startsWith("...");
  const bare = excerpt[2].replace(/^\.\.\./, "").replace(/\.\.\.$/, "");
  for (const core of [bare, bare.slice(1), bare.slice(0, -1), bare.slice(1, -1)]) {
    const start = core ? text.indexOf(core) : -1;
    if (start < 0) continue;
    const near = clippedStart ? Math.max(0, 10 - (bare.length - core.length)) : 0;
    const within = core.indexOf(token, Math.max(0, near - 1));
    return start + (within < 0 ? core.indexOf(token) : within);
  }
  return void 0;
}

export {
  parseJson
};
