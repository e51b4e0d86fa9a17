import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/github/errors.ts
function httpStatus(error) {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = error.status;
    return typeof status === "number" ? status : void 0;
  }
  return void 0;
}
var isPermissionDenied = (error) => {
  const status = httpStatus(error);
  return status === 403 || status === 404;
};

export {
  httpStatus,
  isPermissionDenied
};
