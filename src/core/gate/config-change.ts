import type { GateReport } from './types.js';

/**
 * Which config the gate ran with, and how the PR's own config differs. On a pull request the settings
 * come from the base: a PR that loosened its own thresholds would otherwise grade itself.
 */
export interface ConfigProvenance {
  /** The config file, relative to the repository root. */
  path: string;
  /** "base": the config at the merge base; "checkout": the checked-out one (no config at the base, or not a PR). */
  used: 'base' | 'checkout';
  /** The merge base commit, on a pull request. */
  base_ref?: string;
  /** sha256 of the config at the merge base; absent when there was none. */
  base_sha256?: string;
  /** sha256 of the checked-out (the PR's) config; absent when the checkout has none. */
  checkout_sha256?: string;
  /** Dotted keys whose values differ between the base's config and the PR's: they apply after merge. */
  changed?: string[];
}

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The dotted keys whose values differ between two parsed configs, in a stable order. A list counts as
 * one value: "gate.consistency.metrics" changed, whichever item moved.
 */
export function changedConfigKeys(before: unknown, after: unknown, prefix = ''): string[] {
  if (!isMapping(before) || !isMapping(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix || '(whole file)'];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const has = (o: Record<string, unknown>) => Object.hasOwn(o, key);
    if (!has(before) || !has(after)) return [path];
    return changedConfigKeys(before[key], after[key], path);
  });
}

/** The report with the config it ran with recorded (the report format only gains this field). */
export const withConfigProvenance = (report: GateReport, config: ConfigProvenance): GateReport => ({
  ...report,
  config,
});
