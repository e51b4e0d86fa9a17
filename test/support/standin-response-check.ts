import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule, { type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

// Both are CommonJS; under NodeNext their values are the default export's default.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;

/**
 * Checks the stand-in's own REST answers against the response schemas GitHub publishes
 * (@octokit/openapi), so "shaped like GitHub's" is measured, not assumed. Test-time only: it loads the
 * full 13 MB description and compiles schemas on demand.
 */

type Json = Record<string, unknown>;

/** OpenAPI 3.0's `nullable` is not JSON Schema; rewrite it as a type union (recursively). */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (k === 'nullable' || k === 'example' || k === 'examples' || k.startsWith('x-')) continue;
    out[k] = k === 'properties' || k === 'patternProperties' ? mapValues(v as Json) : toJsonSchema(v);
  }
  if ((node as Json).nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else return { anyOf: [out, { type: 'null' }] };
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}

const mapValues = (o: Json): Json =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, toJsonSchema(v)]));

interface Operation {
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
}

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: Json;
}

let loaded: { doc: OpenApi; ajv: InstanceType<typeof Ajv> } | undefined;
const compiled = new Map<string, ValidateFunction | null>();

function load() {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApi;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const components = doc.components as { schemas: Json; responses?: Json };
  ajv.addSchema({ $id: 'github', components: { schemas: mapValues(components.schemas) } });
  loaded = { doc, ajv };
  return loaded;
}

const rewriteRefs = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Json).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' ? `github${v}` : rewriteRefs(v),
    ]),
  );
};

/** Schema errors of one answer, or [] when it fits (or GitHub documents no JSON body for it). */
export function checkResponse(method: string, template: string, status: number, body: unknown): string[] {
  const key = `${method} ${template} ${status}`;
  let validate = compiled.get(key);
  if (validate === undefined) {
    const { doc, ajv } = load();
    const response = doc.paths[template]?.[method.toLowerCase()]?.responses?.[String(status)];
    const resolved = response?.$ref
      ? ((doc.components.responses as Json)[response.$ref.split('/').pop() ?? ''] as typeof response)
      : response;
    const schema = resolved?.content?.['application/json']?.schema;
    validate = schema ? ajv.compile(rewriteRefs(toJsonSchema(schema)) as Json) : null;
    compiled.set(key, validate);
  }
  if (!validate || validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || '/'} ${e.message}`);
}

/** Schema errors across recorded requests: every 2xx JSON answer the stand-in gave (GraphQL aside). */
export function responseShapeErrors(
  requests: { method: string; route: string | undefined; status: number; response?: unknown }[],
): string[] {
  return requests.flatMap((r) =>
    r.route && r.route !== '/graphql' && r.status >= 200 && r.status < 300 && !Buffer.isBuffer(r.response)
      ? checkResponse(r.method, r.route, r.status, r.response)
      : [],
  );
}
