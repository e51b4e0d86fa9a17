import { num, pValue, signed } from '../gate/format.js';
import type { GateCheck, GateReport, SideInfo, SideStats, Status } from '../gate/types.js';
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

function row(c: GateCheck): string {
  // The p shown is for the direction the metric moved: worse, or better.
  const improved = c.test && (c.test.alternative === 'less' ? (c.delta ?? 0) > 0 : (c.delta ?? 0) < 0);
  const p = improved
    ? (c.test?.p_improvement_adjusted ?? c.test?.p_improvement)
    : (c.test?.p_adjusted ?? c.test?.p_value);
  const cells = [
    STATUS_ICON[c.status],
    checkName(c),
    stats(c.baseline),
    stats(c.candidate),
    c.delta === undefined ? '' : signed(c.delta),
    p === undefined ? '' : pValue(p),
    STATUS_WORD[c.status],
  ];
  return `| ${cells.join(' | ')} |`;
}

/** One headline: the verdict and, when it is not a pass, which checks made it so. */
export function headline(report: GateReport): string {
  const failing = report.checks.filter((c) => c.status === report.verdict);
  const word = STATUS_WORD[report.verdict];
  if (report.verdict === 'pass') {
    const gains = report.checks.filter((c) => c.improvement).map((c) => c.id);
    return `all ${report.checks.length} checks passed${gains.length ? `; significant improvement: ${gains.join(', ')}` : ''}.`;
  }
  return `${failing.length} of ${report.checks.length} checks ${word === 'fail' ? 'failed' : `are ${word}`}: ${failing.map((c) => c.id).join(', ')}.`;
}

const side = (name: string, s: SideInfo) =>
  `${name}: ${inlineCode(s.source)}${s.ref ? ` at ${inlineCode(s.ref.slice(0, 12))}` : ''}, ${s.n_runs} run(s)${s.sha256 ? `, sha256 ${s.sha256.slice(0, 12)}` : ''}${s.model ? `, model ${inlineCode(s.model)}` : ''}`;

/**
 * The one Markdown rendering of a gate report: the terminal, the job summary, the sticky PR comment
 * and the check run all show this text.
 */
export function renderGateMarkdown(report: GateReport): string {
  const out: string[] = [];
  out.push(
    `## ${STATUS_ICON[report.verdict]} Sprintlab gate: ${STATUS_WORD[report.verdict]}`,
    '',
    escapeText(headline(report)),
    '',
  );
  const tabled = report.checks.filter((c) => c.baseline && c.candidate);
  if (tabled.length > 0) {
    out.push('| | Check | Baseline | Candidate | Δ | p (adj.)¹ | Status |', '|---|---|---|---|---|---|---|');
    out.push(...tabled.map(row), '', '¹ one-sided, for the direction the metric moved.', '');
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
  if (passed.length > 0) {
    out.push(
      `<details><summary>Passed (${passed.length})</summary>`,
      '',
      ...passed.map((c) => `- ${STATUS_ICON.pass} **${escapeCell(c.id)}**: ${escapeText(c.message)}`),
      '',
      '</details>',
      '',
    );
  }
  if (report.notes.length > 0)
    out.push('**Notes**', '', ...report.notes.map((n) => `- ${escapeText(n)}`), '');
  const tests = report.checks.filter((c) => c.test).length;
  out.push(
    `${side('Baseline', report.baseline)}.  `,
    `${side('Candidate', report.candidate)}.  `,
    `One-sided Welch tests at α = ${report.alpha}${report.correction === 'holm' ? `, Holm-corrected across ${tests} regression and slice tests` : ''}.`,
  );
  return `${out.join('\n')}\n`;
}

/** The machine-readable summary the app reads from the check run (verdict and candidate means). */
export function gateSummaryBlock(report: GateReport): string {
  const metrics: Record<string, number> = {};
  for (const c of report.checks) {
    if (c.kind === 'regression' && c.metric && c.candidate) metrics[c.metric] = c.candidate.mean;
    else if (c.kind === 'threshold' && c.metric && c.candidate && !(c.metric in metrics))
      metrics[c.metric] = c.candidate.mean;
  }
  return hiddenBlock('gate', { verdict: report.verdict, metrics, headline: headline(report) });
}
