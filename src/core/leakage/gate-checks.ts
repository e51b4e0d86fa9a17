import { kindVerdict, type LeakageKind, type LeakageReport } from './report.js';

/** The minimal gate check shape (aligned with the gate's own types by the gate). */
export interface GateCheck {
  id: string;
  kind: 'leakage';
  status: 'pass' | 'warn' | 'fail' | 'insufficient_data';
  blocking: boolean;
  message: string;
  [extra: string]: unknown;
}

const WHAT: Record<LeakageKind, string> = {
  exact_id: 'share an id with a training row',
  exact_content: 'have the same normalised text as a training row',
  near_duplicate: 'are near-duplicates of a training row',
};

const pct = (r: number): string => `${(r * 100).toPrecision(2).replace(/\.?0+$/, '')}%`;

/** One gate check per kind of leakage; a kind above max_ratio blocks the merge. */
export function leakageChecks(report: LeakageReport): GateCheck[] {
  const kinds: LeakageKind[] = ['exact_id', 'exact_content'];
  if (report.findings.near_duplicate.threshold !== null) kinds.push('near_duplicate');
  return kinds.map((kind) => {
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
}
