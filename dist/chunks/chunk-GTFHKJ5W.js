import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/core/errors.ts
var InputError = class extends Error {
  constructor(message, details = {}) {
    super(message);
    this.details = details;
  }
  details;
  name = "InputError";
  /** One human-readable paragraph: where, what, and how to fix it. */
  describe() {
    const { file, field, line, column, fix } = this.details;
    const where = [
      file && (line ? `${file}:${line}${column ? `:${column}` : ""}` : file),
      field && `field "${field}"`
    ].filter(Boolean).join(", ");
    return [where ? `${where}: ${this.message}` : this.message, fix && `Fix: ${fix}`].filter(Boolean).join("\n");
  }
};
var isInputError = (e) => e instanceof InputError;
var ExitCode = { ok: 0, fail: 1, input: 2, internal: 3 };

export {
  InputError,
  isInputError,
  ExitCode
};
