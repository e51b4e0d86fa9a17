/**
 * A board misconfiguration the team can fix (no access to the project, a wrong URL, a missing
 * Status option). The app says it on the issue as a sticky comment instead of burying it in logs.
 */
export class BoardProblem extends Error {
  override readonly name = 'BoardProblem';
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

export const isBoardProblem = (e: unknown): e is BoardProblem => e instanceof BoardProblem;

interface GraphQLErrorLike {
  errors?: { type?: string; message?: string }[];
  status?: number;
  message?: string;
}

/** What kind of GraphQL failure this is, as far as the user can act on it. */
export function graphqlErrorType(error: unknown): 'NOT_FOUND' | 'FORBIDDEN' | undefined {
  const e = error as GraphQLErrorLike;
  const types = (e?.errors ?? []).map((x) => x.type);
  if (types.includes('NOT_FOUND')) return 'NOT_FOUND';
  if (
    types.includes('FORBIDDEN') ||
    e?.status === 403 ||
    /not accessible by integration|insufficient scopes/i.test(e?.message ?? '')
  )
    return 'FORBIDDEN';
  return undefined;
}
