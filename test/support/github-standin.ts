/**
 * A local stand-in for the GitHub REST and GraphQL API, for end-to-end tests that cannot reach GitHub.
 *
 * ```ts
 * const gh = await startGitHubStandIn();                 // http://127.0.0.1:<port>, repo acme/models
 * gh.state.setFile('main', 'evals/results.json', text); // seed state directly, no HTTP
 * const pr = gh.state.addPull({ head: { ref: 'feat', sha } });
 * // Point the code under test at it: GITHUB_API_URL=gh.url (Action child process), Octokit or Probot
 * // baseUrl=gh.url; GraphQL is served at gh.graphqlUrl (`${gh.url}/graphql`, also GITHUB_GRAPHQL_URL).
 * ...
 * expect(gh.calls({ method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments' })).toHaveLength(1);
 * gh.assertNoViolations();                                // every route and document was a real GitHub one
 * await gh.close();
 * ```
 *
 * Checks against drift: every REST request is matched against GitHub's published route list
 * (@octokit/openapi). An unknown route or method answers 404, a body missing a property GitHub requires
 * answers 422, and a real route this stand-in does not model answers 400; all three are recorded in
 * `violations`. Every GraphQL document is validated against GitHub's schema (@octokit/graphql-schema),
 * then executed over the same in-memory state; an invalid one gets GraphQL errors and a violation, and
 * a valid one asking for a field the stand-in does not model gets an `unimplemented` violation.
 * GitHub's run-time rules hold too: connections need `first` or `last` (at most 100), unknown logins,
 * projects and numbers answer NOT_FOUND errors.
 *
 * Seeding (`gh.state`, no HTTP): addRepo, addIssue, seedIssues(n, i => seed), addPull, addComment,
 * addMilestone, ensureLabel, setFile(ref, path, text), setRef, setMergeBase, setPermission,
 * addProject({ owner, ownerType, number, fields }) with single-select, iteration, text, number and date
 * fields, addProjectItem(project, issue, { Status: 'Hypothesis' }); `state.now` fixes the clock.
 * Reading back: state.issue(n), state.commentsOf(issue), state.itemValueByName(project, item, 'Status').
 *
 * Recording: `requests` (method, path, matched route template and params, query, body, headers, auth,
 * status, and for GraphQL the document, variables, operation and root fields); `calls(filter)`;
 * `resetRecords()` between runs. Faults: `failNext({ route, status })` (`writes: true` with `skip: n` fails the
 * n+1-th write; `afterWrite: true` carries the request out and answers the failure anyway), `clearFaults()`,
 * `rateLimitNext({ retryAfter })`
 * (secondary limit; `primary: true` for the hourly one). `tokenPermissions.set(token, 'read')` makes a
 * token read-only (writes answer 403 "Resource not accessible by integration"), like a fork PR's token.
 *
 * Probot's app authentication works: the /app routes require a Bearer JWT (its signature is not
 * checked) and an installation token is minted; requests with it act as `<app slug>[bot]`. As on GitHub,
 * GraphQL shows a bot's login without the `[bot]` suffix. Unknown tokens act as `github-actions[bot]`.
 *
 * Timing: Octokit's throttling plugin (used by the client and Probot) spaces GraphQL and write requests
 * 1 s apart, and comment or issue creation 3 s apart, in each process; seed through `state`, not HTTP.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { executeGraphQL, type GraphQLOutcome } from './standin-graphql.js';
import { newToken, type RestContext, RestError, restHandlers } from './standin-rest.js';
import { matchRoute } from './standin-routes.js';
import { GitHubState } from './standin-state.js';

export type { IssueSeed, PermissionLevel, ProjectFieldSpec, PullSeed } from './standin-state.js';
export { GitHubState } from './standin-state.js';

export type TokenPermission = 'read' | 'write';

export interface RecordedRequest {
  seq: number;
  method: string;
  /** Path without the query string, still percent-encoded as sent. */
  path: string;
  /** The OpenAPI template matched (e.g. `/repos/{owner}/{repo}/issues`), `/graphql`, or undefined. */
  route: string | undefined;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string>;
  /** The credential sent: a token, or a JWT for app routes. */
  auth: { scheme: 'token' | 'bearer' | 'none'; token?: string; jwt: boolean };
  status: number;
  /** What the stand-in answered (a Buffer for raw contents, undefined for 204). */
  response?: unknown;
  /** For GraphQL requests: the document, its variables and its operation type. */
  graphql?: {
    query: string;
    variables: Record<string, unknown>;
    operationName?: string;
    /** `query` or `mutation`. */
    operation?: string;
    /** Top-level fields asked for, e.g. `['organization']` or `['updateProjectV2ItemFieldValue']`. */
    rootFields?: string[];
  };
}

export interface Violation {
  /** `unimplemented`: a real GitHub route this stand-in does not model yet (answered 400). */
  kind: 'rest-route' | 'rest-method' | 'rest-body' | 'graphql' | 'unimplemented';
  method: string;
  path: string;
  message: string;
}

export interface CallFilter {
  method?: string;
  /** An OpenAPI template such as `/repos/{owner}/{repo}/issues/{issue_number}`, or `/graphql`. */
  route?: string;
  path?: string | RegExp;
  status?: number;
  /** GraphQL only: `query` or `mutation`. */
  operation?: string;
}

export interface FaultSpec {
  method?: string;
  /** A template, a raw path, or `/graphql`. */
  route?: string;
  status?: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Match only writes: REST requests other than GET/HEAD, and GraphQL mutations. */
  writes?: boolean;
  /** Let this many matching requests through before failing (to fail the n-th write of a run). */
  skip?: number;
  /** Carry the request out, then answer the failure anyway (GitHub did the work, the answer was lost). */
  afterWrite?: boolean;
}

export interface StandInOptions {
  /** Repositories created up front ("owner/name"); default `['acme/models']`. */
  repos?: string[];
  /** Requests without credentials answer 401 (GitHub Actions and apps always send one). Default true. */
  requireAuth?: boolean;
  /** The login a plain token acts as (GITHUB_TOKEN's bot). */
  defaultActor?: string;
  app?: { id?: number; slug?: string; name?: string };
}

export interface StandIn {
  url: string;
  graphqlUrl: string;
  state: GitHubState;
  requests: RecordedRequest[];
  violations: Violation[];
  /** Token -> read or write; unknown tokens can write. A read token's writes answer 403. */
  tokenPermissions: Map<string, TokenPermission>;
  /** Token -> the login it acts as (for comment authors, reactions, events). */
  tokenLogins: Map<string, string>;
  calls(filter?: CallFilter | ((r: RecordedRequest) => boolean)): RecordedRequest[];
  /** Forgets recorded requests and violations (state is kept), e.g. between a first and a second run. */
  resetRecords(): void;
  failNext(fault?: FaultSpec): void;
  /** Drops every fault not yet taken. */
  clearFaults(): void;
  /**
   * The next matching request hits a rate limit once: by default the secondary one (403, `retry-after`,
   * "secondary rate limit"); with `primary: true` the hourly one (403, `x-ratelimit-remaining: 0`, reset
   * `retryAfter` seconds ahead).
   */
  rateLimitNext(options?: { retryAfter?: number; method?: string; route?: string; primary?: boolean }): void;
  assertNoViolations(): void;
  close(): Promise<void>;
}

interface PendingFault {
  spec: FaultSpec;
  remaining: number;
  skip: number;
  kind: 'status' | 'secondary-rate-limit' | 'primary-rate-limit';
  retryAfter: number;
}

const isWrite = (r: RecordedRequest) =>
  r.route === '/graphql'
    ? /^\s*mutation\b/.test(r.graphql?.query ?? '')
    : r.method !== 'GET' && r.method !== 'HEAD';

const isJwt = (t: string) => /^eyJ[\w-]*\.[\w-]+\.[\w-]*$/.test(t);

/** Routes that only a GitHub App's JWT may call. */
const JWT_ROUTES = new Set([
  '/app',
  '/app/installations',
  '/app/installations/{installation_id}',
  '/app/installations/{installation_id}/access_tokens',
  '/repos/{owner}/{repo}/installation',
  '/orgs/{org}/installation',
  '/users/{username}/installation',
]);

const DOCS = 'https://docs.github.com/rest';

function parseAuth(header: string | undefined): RecordedRequest['auth'] {
  if (!header) return { scheme: 'none', jwt: false };
  const [scheme, token] = header.split(/\s+/, 2);
  const s = scheme?.toLowerCase() === 'bearer' ? 'bearer' : 'token';
  return { scheme: s, token, jwt: token ? isJwt(token) : false };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function routeMatches(r: RecordedRequest, route: string): boolean {
  if (route === 'graphql' || route === '/graphql') return r.route === '/graphql';
  return r.route === route || r.path === route;
}

export async function startGitHubStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const state = new GitHubState();
  for (const name of options.repos ?? ['acme/models']) state.addRepo(name);
  const requireAuth = options.requireAuth ?? true;
  const defaultActor = options.defaultActor ?? 'github-actions[bot]';
  const app = {
    id: options.app?.id ?? 123456,
    slug: options.app?.slug ?? 'sprintlab',
    name: options.app?.name ?? 'Sprintlab',
  };
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const tokenPermissions = new Map<string, TokenPermission>();
  const tokenLogins = new Map<string, string>();
  const faults: PendingFault[] = [];
  let seq = 0;
  let url = '';

  const takeFault = (r: RecordedRequest): PendingFault | undefined => {
    const i = faults.findIndex(
      (f) =>
        (!f.spec.method || f.spec.method.toUpperCase() === r.method) &&
        (!f.spec.route || routeMatches(r, f.spec.route)) &&
        (!f.spec.writes || isWrite(r)),
    );
    const fault = faults[i];
    if (!fault) return undefined;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return undefined;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(i, 1);
    return fault;
  };

  const send = (
    res: ServerResponse,
    record: RecordedRequest,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
    contentType = 'application/json; charset=utf-8',
  ) => {
    record.status = status;
    record.response = body;
    const reset = Math.floor(Date.now() / 1000) + 3600;
    res.setHeader('x-github-request-id', `STANDIN:${record.seq}`);
    res.setHeader('x-ratelimit-limit', '5000');
    res.setHeader('x-ratelimit-remaining', String(Math.max(5000 - record.seq, 1)));
    res.setHeader('x-ratelimit-reset', String(reset));
    res.setHeader('x-ratelimit-used', String(record.seq));
    res.setHeader('x-ratelimit-resource', record.route === '/graphql' ? 'graphql' : 'core');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (status === 204 || body === undefined) {
      res.writeHead(status);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': contentType });
    res.end(Buffer.isBuffer(body) ? body : JSON.stringify(body));
  };

  const answerFault = (res: ServerResponse, record: RecordedRequest, fault: PendingFault) => {
    if (fault.kind === 'secondary-rate-limit') {
      send(
        res,
        record,
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID STANDIN.',
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
        },
        { 'retry-after': String(fault.retryAfter) },
      );
      return;
    }
    if (fault.kind === 'primary-rate-limit') {
      send(
        res,
        record,
        403,
        {
          message:
            'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID STANDIN.',
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
        },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + fault.retryAfter),
        },
      );
      return;
    }
    const status = fault.spec.status ?? 502;
    send(res, record, status, { message: status >= 500 ? 'Server Error' : 'Injected failure' });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const target = new URL(req.url ?? '/', 'http://standin.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const auth = parseAuth(headers.authorization);
    seq += 1;
    const record: RecordedRequest = {
      seq,
      method,
      path: target.pathname,
      route: undefined,
      params: {},
      query: Object.fromEntries(target.searchParams),
      body,
      headers,
      auth,
      status: 0,
    };
    requests.push(record);

    if (target.pathname === '/graphql' && method === 'POST') {
      record.route = '/graphql';
      const payload = (body ?? {}) as {
        query?: unknown;
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      record.graphql = {
        query: typeof payload.query === 'string' ? payload.query : '',
        variables: payload.variables ?? {},
        ...(payload.operationName ? { operationName: payload.operationName } : {}),
      };
      if (requireAuth && auth.scheme === 'none') {
        send(res, record, 401, {
          message: 'This endpoint requires you to be authenticated.',
          documentation_url: DOCS,
        });
        return;
      }
      const fault = takeFault(record);
      if (fault && !fault.spec.afterWrite) return answerFault(res, record, fault);
      const token = auth.token ?? '';
      const outcome: GraphQLOutcome = executeGraphQL({
        state,
        query: record.graphql.query,
        variables: record.graphql.variables,
        operationName: payload.operationName,
        actor: tokenLogins.get(token) ?? defaultActor,
        canWrite: tokenPermissions.get(token) !== 'read',
      });
      if (outcome.operation) record.graphql.operation = outcome.operation;
      if (outcome.rootFields) record.graphql.rootFields = outcome.rootFields;
      if (outcome.unmodelled) {
        violations.push({
          kind: 'unimplemented',
          method,
          path: target.pathname,
          message: `GraphQL fields the stand-in does not model (answered null): ${outcome.unmodelled.join(', ')}; add them to standin-graphql.ts`,
        });
      }
      if (outcome.invalid) {
        violations.push({ kind: 'graphql', method, path: target.pathname, message: outcome.invalid });
      }
      if (fault) return answerFault(res, record, fault);
      send(res, record, 200, outcome.result);
      return;
    }

    const match = matchRoute(method, target.pathname);
    if (!match) {
      violations.push({
        kind: 'rest-route',
        method,
        path: target.pathname,
        message: 'no such route in GitHub REST API',
      });
      send(res, record, 404, { message: 'Not Found', documentation_url: DOCS });
      return;
    }
    record.route = match.template;
    record.params = match.params;
    if (!match.methodKnown) {
      violations.push({
        kind: 'rest-method',
        method,
        path: target.pathname,
        message: `${match.template} exists but has no ${method} in GitHub REST API`,
      });
      send(res, record, 404, { message: 'Not Found', documentation_url: DOCS });
      return;
    }
    const jwtRoute = JWT_ROUTES.has(match.template);
    if (jwtRoute && !(auth.scheme === 'bearer' && auth.jwt)) {
      send(res, record, 401, {
        message: 'A JSON web token could not be decoded',
        documentation_url: `${DOCS}/apps/apps#get-the-authenticated-app`,
      });
      return;
    }
    if (requireAuth && auth.scheme === 'none') {
      send(res, record, 401, { message: 'Requires authentication', documentation_url: DOCS });
      return;
    }
    const fault = takeFault(record);
    if (fault && !fault.spec.afterWrite) return answerFault(res, record, fault);
    const bodyObject =
      body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    const missing = match.requiredBody.filter((p) => !(p in bodyObject));
    // Array bodies (e.g. labels) stand for the single required property.
    if (missing.length && !Array.isArray(body)) {
      violations.push({
        kind: 'rest-body',
        method,
        path: target.pathname,
        message: `${match.template}: body lacks required ${missing.join(', ')}`,
      });
      send(res, record, 422, {
        message: 'Invalid request.',
        errors: missing.map((field) => ({ resource: 'Request', field, code: 'missing_field' })),
        documentation_url: DOCS,
      });
      return;
    }
    const token = auth.token ?? '';
    if (method !== 'GET' && method !== 'HEAD' && !jwtRoute && tokenPermissions.get(token) === 'read') {
      send(res, record, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: DOCS,
        status: '403',
      });
      return;
    }
    const handler = restHandlers[`${method} ${match.template}`];
    if (!handler) {
      // A real route the stand-in does not model: say so loudly instead of pretending.
      violations.push({
        kind: 'unimplemented',
        method,
        path: target.pathname,
        message: `${method} ${match.template} is a GitHub route the stand-in does not model; add it to standin-rest.ts`,
      });
      // 400, not 501: clients retry 5xx, and a 404 could be mistaken for "missing" and pass silently.
      send(res, record, 400, { message: `stand-in does not implement ${method} ${match.template}` });
      return;
    }
    const extraHeaders: Record<string, string> = {};
    const ctx: RestContext = {
      state,
      api: url,
      method,
      path: target.pathname,
      params: match.params,
      query: target.searchParams,
      body: bodyObject,
      rawBody: body,
      headers,
      actor: tokenLogins.get(token) ?? defaultActor,
      setHeader: (k, v) => {
        extraHeaders[k] = v;
      },
      issueInstallationToken: () => {
        const t = newToken('ghs');
        tokenLogins.set(t, `${app.slug}[bot]`);
        return t;
      },
      app,
    };
    try {
      const answer = handler(ctx);
      if (fault) return answerFault(res, record, fault);
      send(res, record, answer.status, answer.body, extraHeaders, answer.contentType);
    } catch (e) {
      if (e instanceof RestError) {
        send(res, record, e.status, {
          message: e.message,
          ...(e.errors ? { errors: e.errors } : {}),
          documentation_url: DOCS,
          status: String(e.status),
        });
      } else {
        send(res, record, 500, { message: `stand-in error: ${(e as Error).message}` });
      }
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `stand-in error: ${(e as Error).message}` }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const calls = (filter?: CallFilter | ((r: RecordedRequest) => boolean)) => {
    if (!filter) return [...requests];
    if (typeof filter === 'function') return requests.filter(filter);
    return requests.filter(
      (r) =>
        (!filter.method || r.method === filter.method.toUpperCase()) &&
        (!filter.route || routeMatches(r, filter.route)) &&
        (!filter.path ||
          (typeof filter.path === 'string' ? r.path === filter.path : filter.path.test(r.path))) &&
        (filter.status === undefined || r.status === filter.status) &&
        (!filter.operation || r.graphql?.operation === filter.operation),
    );
  };

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    state,
    requests,
    violations,
    tokenPermissions,
    tokenLogins,
    calls,
    resetRecords: () => {
      requests.length = 0;
      violations.length = 0;
    },
    failNext: (spec = {}) => {
      faults.push({ spec, remaining: spec.times ?? 1, skip: spec.skip ?? 0, kind: 'status', retryAfter: 0 });
    },
    clearFaults: () => {
      faults.length = 0;
    },
    rateLimitNext: ({ retryAfter = 1, method, route, primary = false } = {}) => {
      const kind = primary ? 'primary-rate-limit' : 'secondary-rate-limit';
      faults.push({ spec: { method, route }, remaining: 1, skip: 0, kind, retryAfter });
    },
    assertNoViolations: () => {
      if (violations.length === 0) return;
      const lines = violations.map((v) => `- [${v.kind}] ${v.method} ${v.path}: ${v.message}`);
      throw new Error(
        `GitHub stand-in saw ${violations.length} request(s) GitHub would not accept:\n${lines.join('\n')}`,
      );
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
