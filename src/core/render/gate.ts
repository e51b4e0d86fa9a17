import { num, pValue, signed } from '../gate/format.js';
import type { GateCheck, GateReport, SideInfo, SideStats, Status } from '../gate/types.js';
import { ownRecord } from '../own-record.js';
import { configChangeLines } from './config-change.js';
import { escapeCell, escapeText, hiddenBlock, inlineCode } from './escape.js';

export const STATUS_ICON: Record<Status, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  insufficient_data: '❔',
};
const STATUS_WORD: Record<Status, string> = {
  pass: 'pass',
  warn: 'warn',
  fail: 'fail',
  insufficient_data: 'insufficient data',
};

const stats = (s: SideStats | undefined) => (s ? `${num(s.mean)} ± ${num(s.std, 2)} (n=${s.n})` : '');

function checkName(c: GateCheck): string {
  const subject = [c.metric && inlineCode(c.metric), c.slice && `on ${inlineCode(c.slice)}`]
    .filter(Boolean)
    .join(' ');
  return subject ? `${subject} ${c.kind}` : c.kind;
}

/** The change with its 95 % interval, which is what makes "+8.2, p = 0.0029, pass" read as it should. */
function changeCell(c: GateCheck): string {
  if (c.delta === undefined) return '';
  const ci = c.test?.ci95;
  return ci ? `${signed(c.delta)} [${num(ci[0])}, ${num(ci[1])}]` : signed(c.delta);
}

function row(c: GateCheck): string {
  // The p shown is for the direction the metric moved: worse (than the margin), or better.
  const improved = c.test && (c.test.alternative === 'less' ? (c.delta ?? 0) > 0 : (c.delta ?? 0) < 0);
  const p = improved
    ? (c.test?.p_improvement_adjusted ?? c.test?.p_improvement)
    : (c.test?.p_adjusted ?? c.test?.p_value);
  const cells = [
    STATUS_ICON[c.status],
    checkName(c),
    stats(c.baseline),
    stats(c.candidate),
    changeCell(c),
    c.margin === undefined ? '' : num(c.margin),
    c.test?.name ?? '',
    p === undefined ? '' : pValue(p),
    STATUS_WORD[c.status],
  ];
  return `| ${cells.join(' | ')} |`;
}

const HEADLINE_VERB: Record<Status, string> = {
  pass: 'passed',
  fail: 'failed',
  warn: 'warned',
  insufficient_data: 'had too little data',
};

/** One headline: the verdict and, when it is not a pass, which checks made it so. */
export function headline(report: GateReport): string {
  const failing = report.checks.filter((c) => c.status === report.verdict);
  if (report.verdict === 'pass') {
    const gains = report.checks.filter((c) => c.improvement).map((c) => c.id);
    return `all ${report.checks.length} checks passed${gains.length ? `; significant improvement: ${gains.join(', ')}` : ''}.`;
  }
  // Fifty failing slices would make a headline no title or log line can carry: name the first ten.
  const named = failing.slice(0, 10).map((c) => c.id);
  const more = failing.length > named.length ? ` and ${failing.length - named.length} more` : '';
  return `${failing.length} of ${report.checks.length} checks ${HEADLINE_VERB[report.verdict]}: ${named.join(', ')}${more}.`;
}

const side = (name: string, s: SideInfo) =>
  `${name}: ${inlineCode(s.source)}${s.ref ? ` at ${inlineCode(s.ref.slice(0, 12))}` : ''}, ${s.n_runs} run(s)${s.sha256 ? `, sha256 ${s.sha256.slice(0, 12)}` : ''}${s.model ? `, model ${inlineCode(s.model)}` : ''}`;

export interface RenderOptions {
  /**
   * Longest text the surface takes: GitHub refuses comments and check run summaries over 65,535
   * characters, which ten metrics over fifty slices pass. Over it, passing checks are counted instead
   * of listed, and as a last resort the text is cut at a line with a pointer to the full report.
   */
  maxLength?: number;
  /** Where the full report is, for the note a shortened report carries. */
  fullReportAt?: string;
}

/**
 * The one Markdown rendering of a gate report: the terminal, the job summary, the sticky PR comment
 * and the check run all show this text.
 */
export function renderGateMarkdown(report: GateReport, options: RenderOptions = {}): string {
  const { maxLength = Number.POSITIVE_INFINITY, fullReportAt = 'the JSON report' } = options;
  const full = render(report, false, fullReportAt);
  if (full.length <= maxLength) return full;
  const compact = render(report, true, fullReportAt);
  if (compact.length <= maxLength) return compact;
  const note = `\n… (cut to fit: the full report is in ${fullReportAt})\n`;
  const cut = compact.lastIndexOf('\n', maxLength - note.length);
  return `${compact.slice(0, Math.max(0, cut))}${note}`;
}

function render(report: GateReport, compact: boolean, fullReportAt: string): string {
  const out: string[] = [];
  out.push(
    `## ${STATUS_ICON[report.verdict]} Sprintlab gate: ${STATUS_WORD[report.verdict]}`,
    '',
    escapeText(headline(report)),
    '',
  );
  const comparable = report.checks.filter((c) => c.baseline && c.candidate);
  const tabled = compact ? comparable.filter((c) => c.status !== 'pass') : comparable;
  if (tabled.length > 0) {
    out.push(
      '| | Check | Baseline | Candidate | Δ [95% CI] | Margin | Test | p (adj.)¹ | Status |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    out.push(
      ...tabled.map(row),
      '',
      '¹ one-sided, for the direction the metric moved: worse by more than the margin, or better.',
      '',
    );
  }
  if (compact && tabled.length < comparable.length) {
    out.push(
      `${comparable.length - tabled.length} passing comparisons are not shown here, to fit GitHub's size limit: see ${escapeText(fullReportAt)}.`,
      '',
    );
  }
  const section = (title: string, status: Status) => {
    const list = report.checks.filter((c) => c.status === status);
    if (list.length === 0) return;
    out.push(
      `### ${title}`,
      '',
      ...list.map((c) => `- ${STATUS_ICON[c.status]} **${escapeCell(c.id)}**: ${escapeText(c.message)}`),
      '',
    );
  };
  section('What failed, and what to do', 'fail');
  section('Warnings', 'warn');
  section('Not enough data', 'insufficient_data');
  const passed = report.checks.filter((c) => c.status === 'pass');
  if (passed.length > 0 && compact) {
    out.push(`**Passed**: ${passed.length} checks, listed in ${escapeText(fullReportAt)}.`, '');
  } else if (passed.length > 0) {
    out.push(
      `<details><summary>Passed (${passed.length})</summary>`,
      '',
      ...passed.map((c) => `- ${STATUS_ICON.pass} **${escapeCell(c.id)}**: ${escapeText(c.message)}`),
      '',
      '</details>',
      '',
    );
  }
  out.push(...configChangeLines(report));
  if (report.notes.length > 0)
    out.push('**Notes**', '', ...report.notes.map((n) => `- ${escapeText(n)}`), '');
  out.push(
    `${side('Baseline', report.baseline)}.  `,
    `${side('Candidate', report.candidate)}.  `,
    `${testsLine(report)}.`,
  );
  return `${out.join('\n')}\n`;
}

/** What was tested and how it was corrected; tests without a p-value (NaN, deterministic) count in no family. */
function testsLine(report: GateReport): string {
  const sizes = new Map<string, number>();
  for (const c of report.checks) if (c.family) sizes.set(c.family.name, c.family.size);
  const families = [...sizes].filter(([, size]) => size > 0);
  const head = `One-sided tests of each drop against its margin at α = ${report.alpha}`;
  if (report.correction !== 'holm' || families.length === 0) return head;
  return `${head}, Holm-corrected within each family: ${families.map(([name, size]) => `${name} (${size})`).join(', ')}`;
}

/**
 * The JSON report. JSON has no infinities: they are written as "inf" and "-inf" (a ratio over a zero
 * spread is one), and NaN (a figure that could not be computed) as null.
 */
export function renderGateJson(report: GateReport): string {
  const text = JSON.stringify(
    report,
    (_key, value: unknown) =>
      value === Number.POSITIVE_INFINITY ? 'inf' : value === Number.NEGATIVE_INFINITY ? '-inf' : value,
    2,
  );
  return `${text}\n`;
}

/** The machine-readable summary the app reads from the check run (verdict and candidate means). */
export function gateSummaryBlock(report: GateReport): string {
  const metrics = ownRecord<number>(undefined);
  for (const c of report.checks) {
    if (c.kind === 'regression' && c.metric && c.candidate) metrics[c.metric] = c.candidate.mean;
    else if (c.kind === 'threshold' && c.metric && c.candidate && !(c.metric in metrics))
      metrics[c.metric] = c.candidate.mean;
  }
  return hiddenBlock('gate', { verdict: report.verdict, metrics, headline: headline(report) });
}
