import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/core/render/workflow-commands.ts
function commandSafe(text, newToken) {
  let token = newToken();
  while (text.includes(token)) token = newToken();
  return `::stop-commands::${token}
${text.replace(/\n$/, "")}
::${token}::`;
}
var LOOKS_LIKE_COMMAND = /(^|[\r\n])[ \t]*(::|##\[)/;
var logSafe = (text, newToken) => LOOKS_LIKE_COMMAND.test(text) ? commandSafe(text, newToken) : text;

export {
  commandSafe,
  logSafe
};
