/** Octokit's RequestError without importing its class: the status is all the adapters branch on. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/** 403/404 on a write: the token may not write here (a fork PR's read-only GITHUB_TOKEN, a missing permission). */
export const isPermissionDenied = (error: unknown) => {
  const status = httpStatus(error);
  return status === 403 || status === 404;
};

/**
 * A failure that is GitHub's, not the user's: a 5xx still there after the client's retries, or a rate limit
 * that resets later than the allowed wait. Returns
 * what to tell the user (which call failed and that a later re-run is the fix), else undefined.
 */
export function serviceFailure(error: unknown): string | undefined {
  // A rate limit that resets later than the allowed wait is GitHub refusing for now, not a bug of ours.
  if (error instanceof Error && error.name === 'RateLimitWaitTooLong') return error.message;
  const status = httpStatus(error);
  if (status === undefined || status < 500) return undefined;
  const request = (error as { request?: { method?: unknown; url?: unknown } }).request;
  let call = '';
  if (typeof request?.method === 'string' && typeof request.url === 'string') {
    try {
      call = ` to ${request.method} ${new URL(request.url).pathname}`;
    } catch {
      call = ` to ${request.method}`;
    }
  }
  return `GitHub's API answered HTTP ${status}${call}, and still did after retries. This is a failure on GitHub's side, not in the input: re-run the job later.`;
}
