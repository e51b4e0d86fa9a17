import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Real webhook payloads recorded from GitHub (@octokit/webhooks-examples), so end-to-end tests start
 * from what GitHub actually sends. Each call returns a fresh deep clone the test may edit freely.
 *
 * ```ts
 * const payload = examplePayload('issues', 'opened');
 * payload.issue.body = experimentForm;
 * ```
 */

interface WebhookDefinition {
  name: string;
  actions: string[];
  examples: Record<string, unknown>[];
}

// Payloads are deep, loosely typed JSON; tests edit them field by field, like the JSON they are.
// biome-ignore lint/suspicious/noExplicitAny: a webhook payload is arbitrary JSON the test reshapes.
export type WebhookPayload = Record<string, any>;

let definitions: WebhookDefinition[] | undefined;

function load(): WebhookDefinition[] {
  if (!definitions) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/webhooks-examples');
    definitions = JSON.parse(readFileSync(file, 'utf8')) as WebhookDefinition[];
  }
  return definitions;
}

/** Event names and the actions with at least one example, for discovery in a REPL or a failing test. */
export function exampleCatalog(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of load()) out[d.name] = [...new Set(d.examples.map((e) => String(e.action ?? '')))];
  return out;
}

/**
 * The `index`-th recorded payload for `event` (and `action`, when the event has actions).
 * Throws with the available actions when there is no such example.
 */
export function examplePayload(event: string, action?: string, index = 0): WebhookPayload {
  const def = load().find((d) => d.name === event);
  if (!def)
    throw new Error(
      `webhook-examples: no event "${event}"; known: ${Object.keys(exampleCatalog()).join(', ')}`,
    );
  const matches = def.examples.filter((e) => action === undefined || e.action === action);
  const example = matches[index];
  if (!example) {
    const actions = [...new Set(def.examples.map((e) => String(e.action)))].join(', ');
    throw new Error(
      `webhook-examples: no example ${index} for ${event}${action ? `.${action}` : ''} (${matches.length} found); actions: ${actions}`,
    );
  }
  return structuredClone(example) as WebhookPayload;
}
