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
function serviceFailure(error) {
  if (error instanceof Error && error.name === "RateLimitWaitTooLong") return error.message;
  const status = httpStatus(error);
  if (status === void 0 || status < 500) return void 0;
  const request = error.request;
  let call = "";
  if (typeof request?.method === "string" && typeof request.url === "string") {
    try {
      call = ` to ${request.method} ${new URL(request.url).pathname}`;
    } catch {
      call = ` to ${request.method}`;
    }
  }
  return `GitHub's API answered HTTP ${status}${call}, and still did after retries. This is a failure on GitHub's side, not in the input: re-run the job later.`;
}

export {
  httpStatus,
  isPermissionDenied,
  serviceFailure
};
