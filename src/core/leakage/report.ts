import type { LEAKAGE_REPORT_FORMAT } from '../contracts.js';

/** The leakage report, `sprintlab.leakage-report/v1` (docs/architecture.md, "Contracts"). */

export type LeakageKind = 'exact_id' | 'exact_content' | 'near_duplicate';
export const LEAKAGE_KINDS: readonly LeakageKind[] = ['exact_id', 'exact_content', 'near_duplicate'];
export type LeakageVerdict = 'pass' | 'warn' | 'fail';

export interface LeakageExample {
  eval_id: string;
  train_id: string | null;
  train_file: string;
  train_line: number;
  similarity?: number;
}

export interface LeakageFinding {
  count: number;
  ratio: number;
  examples: LeakageExample[];
}

export interface NearDuplicateFinding extends LeakageFinding {
  /** The Jaccard threshold used, or null when the near-duplicate check was off. */
  threshold: number | null;
}

export interface LeakageReport {
  format: typeof LEAKAGE_REPORT_FORMAT;
  verdict: LeakageVerdict;
  eval_items: number;
  train_items: number;
  max_ratio: number;
  findings: {
    exact_id: LeakageFinding;
    exact_content: LeakageFinding;
    near_duplicate: NearDuplicateFinding;
  };
  /** Unreadable training rows skipped with --skip-bad-lines, next to `train_items` (the rows read). */
  skipped_lines: number;
  /** Above this share of skipped rows (skipped / (read + skipped)) the check fails. */
  max_skipped_share: number;
}

export const MAX_EXAMPLES = 20;

/** A kind fails above max_ratio, warns when it found something it tolerates, else passes. */
export function kindVerdict(finding: LeakageFinding, maxRatio: number): LeakageVerdict {
  if (finding.ratio > maxRatio) return 'fail';
  return finding.count > 0 ? 'warn' : 'pass';
}

/** The share of training rows skipped as unreadable (0 when none were seen). */
export function skippedShare(report: Pick<LeakageReport, 'train_items' | 'skipped_lines'>): number {
  const seen = report.train_items + report.skipped_lines;
  return seen === 0 ? 0 : report.skipped_lines / seen;
}

/** Too many skipped rows fail the check: it cannot vouch for training data it did not read. */
export const skippedVerdict = (
  report: Pick<LeakageReport, 'train_items' | 'skipped_lines' | 'max_skipped_share'>,
): LeakageVerdict => (skippedShare(report) > report.max_skipped_share ? 'fail' : 'pass');

export function overallVerdict(
  findings: LeakageReport['findings'],
  maxRatio: number,
  skipped: LeakageVerdict = 'pass',
): LeakageVerdict {
  const verdicts = [...LEAKAGE_KINDS.map((k) => kindVerdict(findings[k], maxRatio)), skipped];
  if (verdicts.includes('fail')) return 'fail';
  return verdicts.includes('warn') ? 'warn' : 'pass';
}
