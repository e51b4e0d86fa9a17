import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/core/own-record.ts
function ownRecord(source) {
  const out = /* @__PURE__ */ Object.create(null);
  if (source) for (const [key, value] of Object.entries(source)) out[key] = value;
  return out;
}

export {
  ownRecord
};
