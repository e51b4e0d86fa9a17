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
