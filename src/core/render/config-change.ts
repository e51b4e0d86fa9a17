import type { GateReport } from '../gate/types.js';
import { inlineCode } from './escape.js';

/** Keys listed by name; a PR that rewrites the whole file gets a count for the rest. */
const MAX_KEYS = 30;

/** The lines that say which config graded this PR, and that the PR's own edits apply after merge. */
export function configChangeLines(report: GateReport): string[] {
  const config = report.config;
  if (!config) return [];
  const file = inlineCode(config.path);
  if (config.used === 'checkout' && config.base_ref && config.base_sha256 === undefined) {
    return [
      `**Config**: there is no ${file} at the merge base ${inlineCode(config.base_ref.slice(0, 12))}, so this PR is gated with its own config.`,
      '',
    ];
  }
  const changed = config.changed ?? [];
  if (changed.length === 0) return [];
  const named = changed.slice(0, MAX_KEYS).map(inlineCode).join(', ');
  const more = changed.length > MAX_KEYS ? ` and ${changed.length - MAX_KEYS} more` : '';
  return [
    '### This PR changes the gate’s config',
    '',
    `The new settings apply after merge; this PR was gated with ${file} as it is at the merge base${config.base_ref ? ` ${inlineCode(config.base_ref.slice(0, 12))}` : ''}. Keys changed: ${named}${more}.`,
    '',
  ];
}
