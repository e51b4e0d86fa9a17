import type { Verdict } from '../contracts.js';
import { kindVerdict, type LeakageKind, type LeakageReport, skippedShare, skippedVerdict } from './report.js';

/** The minimal gate check shape (aligned with the gate's own types by the gate). */
export interface GateCheck {
  id: string;
  kind: 'leakage';
  status: Verdict;
  blocking: boolean;
  message: string;
  [extra: string]: unknown;
}

const WHAT: Record<LeakageKind, string> = {
  exact_id: 'share an id with a training row',
  exact_content: 'have the same normalised text as a training row',
  near_duplicate: 'are near-duplicates of a training row',
};

// Through Number: toPrecision writes 100 as "1.0e+2".
const pct = (r: number): string => `${Number((r * 100).toPrecision(2))}%`;

/** What skipping cost, said the same way in the report and the gate check. */
export function skippedMessage(report: LeakageReport): string {
  const share = `${report.skipped_lines.toLocaleString('en-US')} of ${(report.train_items + report.skipped_lines).toLocaleString('en-US')} training rows (${pct(skippedShare(report))}) were unreadable and skipped (--skip-bad-lines)`;
  return skippedVerdict(report) === 'fail'
    ? `${share}, more than the allowed ${pct(report.max_skipped_share)} (leakage.max_skipped_share): the check cannot vouch for rows it did not read. Fix the rows named without --skip-bad-lines, or raise leakage.max_skipped_share.`
    : `${share}; allowed: ${pct(report.max_skipped_share)} (leakage.max_skipped_share).`;
}

/** One gate check per kind of leakage; a kind above max_ratio blocks the merge. */
export function leakageChecks(report: LeakageReport): GateCheck[] {
  const kinds: LeakageKind[] = ['exact_id', 'exact_content'];
  if (report.findings.near_duplicate.threshold !== null) kinds.push('near_duplicate');
  const checks = kinds.map((kind): GateCheck => {
    const finding = report.findings[kind];
    const status = kindVerdict(finding, report.max_ratio);
    const first = finding.examples[0];
    const where = first
      ? ` First: eval item "${first.eval_id}" at ${first.train_file}:${first.train_line}.`
      : '';
    const tolerated = `allowed: ${pct(report.max_ratio)}`;
    const message =
      finding.count === 0
        ? `No eval item ${WHAT[kind].replace(/^(share|have|are)/, (v) => ({ share: 'shares', have: 'has', are: 'is' })[v] ?? v)} (${report.eval_items} eval items against ${report.train_items} training rows).`
        : `${finding.count} of ${report.eval_items} eval items (${pct(finding.ratio)}) ${WHAT[kind]} (${tolerated}).${where}` +
          (status === 'fail'
            ? ' Remove them from the training data (or the eval set) and re-run the check.'
            : '');
    return {
      id: `leakage:${kind}`,
      kind: 'leakage',
      status,
      blocking: true,
      message,
      leakage_kind: kind,
      count: finding.count,
      ratio: finding.ratio,
      max_ratio: report.max_ratio,
      examples: finding.examples,
    };
  });
  if (report.skipped_lines > 0)
    checks.push({
      id: 'leakage:skipped',
      kind: 'leakage',
      status: skippedVerdict(report),
      blocking: true,
      message: skippedMessage(report),
      count: report.skipped_lines,
      ratio: skippedShare(report),
      max_ratio: report.max_skipped_share,
    });
  return checks;
}
