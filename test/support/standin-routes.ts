import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * GitHub's published REST route list (@octokit/openapi), compiled once per process into matchers, so
 * the stand-in answers only routes that exist on api.github.com and cannot drift from the real API.
 */

export interface RouteMatch {
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}`. */
  template: string;
  params: Record<string, string>;
  /** Whether the template knows the request's method; false means the path exists but not for it. */
  methodKnown: boolean;
  /** Top-level body properties GitHub marks as required for this method. */
  requiredBody: string[];
}

interface CompiledRoute {
  template: string;
  strict: RegExp;
  /** Same as strict but the last parameter may span slashes (contents paths, refs, branch names). */
  greedy: RegExp | undefined;
  paramNames: string[];
  methods: Map<string, string[]>;
  segments: number;
  /** Literal segments weigh more, so `/issues/comments` wins over `/issues/{issue_number}`. */
  rank: string;
}

interface OpenApiSchema {
  $ref?: string;
  required?: string[];
}
interface OpenApiOperation {
  requestBody?: { $ref?: string; content?: Record<string, { schema?: OpenApiSchema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>>;
}

/** Parameters that GitHub lets carry slashes: file paths, refs, branch names, base...head. */
const SLASHED_PARAMS = /\{(path|ref|basehead|branch|head)\}$/;

const HTTP_METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options']);

let compiled:
  | { routes: CompiledRoute[]; bySegments: Map<number, CompiledRoute[]>; loadMs: number }
  | undefined;

function resolveRef<T>(doc: OpenApiDocument, value: T & { $ref?: string }): T {
  if (!value.$ref) return value;
  // '#/components/schemas/x' -> components.schemas.x
  const [, , group, name] = value.$ref.split('/');
  return (doc.components[group ?? '']?.[name ?? ''] ?? {}) as T;
}

function requiredBodyOf(doc: OpenApiDocument, op: OpenApiOperation): string[] {
  if (!op.requestBody) return [];
  const body = resolveRef(doc, op.requestBody);
  const schema = body.content?.['application/json']?.schema;
  if (!schema) return [];
  return resolveRef(doc, schema).required ?? [];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

function compileTemplate(template: string, greedyLast: boolean): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const parts = template.split(/(\{[^}]+\})/);
  const lastParam = parts.reduce((last, part, i) => (part.startsWith('{') ? i : last), -1);
  const source = parts
    .map((part, i) => {
      if (!part.startsWith('{')) return escapeRegExp(part);
      names.push(part.slice(1, -1));
      return greedyLast && i === lastParam ? '(.+)' : '([^/]+?)';
    })
    .join('');
  return { regex: new RegExp(`^${source}$`), names };
}

type RouteList = [template: string, methods: [method: string, requiredBody: string[]][]][];

/** Reduces GitHub's 13 MB OpenAPI description to templates, methods and required body properties. */
function routeListFromOpenApi(file: string): RouteList {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  return Object.entries(doc.paths).map(([template, item]) => [
    template,
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, op]) => [method.toUpperCase(), requiredBodyOf(doc, op)]),
  ]);
}

/**
 * The reduced list is cached beside node_modules, keyed by the description's size and time, because
 * vitest gives every test file a fresh module graph and the full parse costs about half a second.
 */
function routeList(): RouteList {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const stat = statSync(file);
  const cacheDir = join(dirname(dirname(dirname(dirname(file)))), '.cache', 'github-standin');
  const cacheFile = join(cacheDir, `routes-${stat.size}-${Math.floor(stat.mtimeMs)}.json`);
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as RouteList;
  } catch {
    const list = routeListFromOpenApi(file);
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Write then rename, so a parallel test worker never reads half a file.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(list));
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only node_modules only costs the slower parse next time.
    }
    return list;
  }
}

function load(): NonNullable<typeof compiled> {
  const started = performance.now();
  const routes: CompiledRoute[] = [];
  for (const [template, methodList] of routeList()) {
    const methods = new Map<string, string[]>(methodList);
    const strict = compileTemplate(template, false);
    const endsInParam = SLASHED_PARAMS.test(template);
    const segs = template.split('/');
    routes.push({
      template,
      strict: strict.regex,
      greedy: endsInParam ? compileTemplate(template, true).regex : undefined,
      paramNames: strict.names,
      methods,
      segments: segs.length,
      rank: segs
        .map((s) => (s.includes('{') ? (s.startsWith('{') && s.endsWith('}') ? '0' : '1') : '2'))
        .join(''),
    });
  }
  routes.sort((a, b) => (a.rank < b.rank ? 1 : a.rank > b.rank ? -1 : 0));
  const bySegments = new Map<number, CompiledRoute[]>();
  for (const r of routes) {
    const list = bySegments.get(r.segments) ?? [];
    list.push(r);
    bySegments.set(r.segments, list);
  }
  return { routes, bySegments, loadMs: performance.now() - started };
}

function routeTable() {
  compiled ??= load();
  return compiled;
}

/** Milliseconds spent reading and compiling the route list (once per process). */
export const routeListLoadMs = () => routeTable().loadMs;

function toMatch(route: CompiledRoute, m: RegExpExecArray, method: string): RouteMatch {
  const params: Record<string, string> = {};
  route.paramNames.forEach((name, i) => {
    params[name] = decodeURIComponent(m[i + 1] ?? '');
  });
  const required = route.methods.get(method);
  return {
    template: route.template,
    params,
    methodKnown: required !== undefined,
    requiredBody: required ?? [],
  };
}

/**
 * Finds the GitHub route for a raw (still percent-encoded) path. Prefers a route that knows the
 * method, then the most literal template. Returns undefined when no published route has this shape.
 */
export function matchRoute(method: string, rawPath: string): RouteMatch | undefined {
  const { routes, bySegments } = routeTable();
  const upper = method.toUpperCase();
  const segments = rawPath.split('/').length;
  let pathOnly: RouteMatch | undefined;
  for (const route of bySegments.get(segments) ?? []) {
    const m = route.strict.exec(rawPath);
    if (!m) continue;
    if (route.methods.has(upper)) return toMatch(route, m, upper);
    pathOnly ??= toMatch(route, m, upper);
  }
  if (pathOnly) return pathOnly;
  // Slashes inside the last parameter (a file path, a ref): try the greedy forms.
  for (const route of routes) {
    if (!route.greedy || route.segments > segments) continue;
    const m = route.greedy.exec(rawPath);
    if (!m) continue;
    if (route.methods.has(upper)) return toMatch(route, m, upper);
    pathOnly ??= toMatch(route, m, upper);
  }
  return pathOnly;
}
