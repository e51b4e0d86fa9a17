import { computeUsed, type KillSignal } from '../experiment/kill-criteria.js';
import type { DataTaskSpec, ExperimentSpec, FormProblem } from '../experiment/parse.js';
import { currentColumn, type ExperimentRecord, type GateLink, type LogEntry } from '../experiment/record.js';
import { encodeRecord } from '../experiment/record-codec.js';
import { FOLD_LEVELS, foldRecord } from '../experiment/record-size.js';
import { escapeCell, escapeText, inlineCode, markdownCell, quoteBlock } from './escape.js';

const num = (n: number) => String(Number(n.toPrecision(6)));
const day = (iso: string) => iso.slice(0, 10);

/** The validation comment: each problem with its fix, or a pass once the form is right. */
export function renderValidation(formName: string, problems: readonly FormProblem[]): string {
  if (!problems.length) {
    return `### ✅ ${formName} form is complete\n\nEvery required field is filled in and consistent. Thanks for fixing it.`;
  }
  // Problems and fixes are Sprintlab's own Markdown; user text never reaches them unescaped.
  const rows = problems.map(
    (p) => `| ${escapeCell(p.label)} | ${markdownCell(p.problem)} | ${markdownCell(p.fix)} |`,
  );
  return [
    `### ⚠️ ${formName} form needs a few fixes`,
    '',
    `Sprintlab could not accept this ${formName.toLowerCase()} yet. Edit the issue (⋯ → Edit) and fix:`,
    '',
    '| field | problem | how to fix |',
    '| --- | --- | --- |',
    ...rows,
    '',
    'This comment updates itself when the issue is edited, and the `needs-info` label goes away.',
  ].join('\n');
}

/**
 * The sticky experiment log: the experiment at a glance, its log table, decisions, gates, and the
 * hidden record. Older rows and gate runs are folded into summaries until the comment fits GitHub's
 * limit, so it never jams however long the experiment runs.
 */
export function renderExperimentLog(spec: ExperimentSpec | undefined, record: ExperimentRecord): string {
  let text = '';
  for (const level of FOLD_LEVELS) {
    text = renderLog(spec, foldRecord(record, spec, level));
    if (text.length <= COMMENT_BUDGET) return text;
  }
  return text;
}

// GitHub refuses comments over 65,536 characters; the marker line and some slack come on top.
const COMMENT_BUDGET = 60_000;
const MAX_ROWS = 50;

function renderLog(spec: ExperimentSpec | undefined, record: ExperimentRecord): string {
  const lines: string[] = ['### 🧪 Experiment log', ''];
  if (spec) {
    const used = computeUsed(record.log);
    lines.push(
      `**${escapeText(spec.metric)}** (${spec.goal}): baseline ${num(spec.baseline)} → target ${num(spec.target)} · ` +
        `compute ${num(used)} / ${num(spec.budgetGpuHours)} GPU-hours · time box ${spec.timeBox} · ${spec.mode}`,
    );
  }
  const column = currentColumn(record);
  const since = record.history.at(-1)?.at;
  if (column) lines.push(`Column: **${column}**${since ? ` (since ${day(since)})` : ''}`);
  if (record.blockers.length && column !== 'Killed' && column !== 'Production') {
    lines.push(
      `Blocked: ${record.blockers.map((b) => `${b.kind}${b.text && b.text !== b.kind ? ` (${escapeText(b.text)})` : ''}`).join('; ')}`,
    );
  }
  if (record.log.length) {
    const primary = spec?.metric;
    const others = [...new Set(record.log.flatMap((e) => Object.keys(e.metrics)))].filter(
      (m) => m !== primary,
    );
    const header = ['when', 'by', ...(primary ? [primary] : []), ...others, 'GPU-hours', 'note'];
    lines.push('', `| ${header.map(escapeCell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    const folded = record.log[0]?.summarised ? record.log.slice(0, 1) : [];
    const rows = record.log.slice(folded.length);
    const shown = rows.slice(-MAX_ROWS);
    const row = (e: LogEntry) => {
      const metric = (m: string) => (e.metrics[m] === undefined ? '' : num(e.metrics[m]));
      const when = e.summarised ? `${day(e.summarised.first)} – ${day(e.summarised.last)}` : day(e.at);
      const note = e.summarised
        ? `${e.summarised.count} earlier rows summarised${primary ? ` (best ${escapeCell(primary)} shown)` : ''}`
        : escapeCell(e.note ?? '');
      const cells = [
        when,
        e.summarised ? '' : escapeCell(e.by),
        ...(primary ? [metric(primary)] : []),
        ...others.map(metric),
        e.gpuHours === undefined ? '' : num(e.gpuHours),
        note,
      ];
      return `| ${cells.join(' | ')} |`;
    };
    for (const e of folded) lines.push(row(e));
    if (shown.length < rows.length) {
      lines.push(
        `| ${header.map((_, i) => (i === 0 ? `… ${rows.length - shown.length} earlier rows (in the record below)` : '')).join(' | ')} |`,
      );
    }
    for (const e of shown) lines.push(row(e));
  } else if (column === 'Killed' || column === 'Production') {
    lines.push('', 'No results were logged with `/log`.');
  } else {
    lines.push(
      '',
      record.gates.length
        ? 'No `/log` rows yet (the gate results are below). Comment `/log <metric>=<value> gpu_hours=<n> [note]` to add one.'
        : 'No results logged yet. Comment `/log <metric>=<value> gpu_hours=<n> [note]` to add one.',
    );
  }
  if (record.gates.length) {
    lines.push('', '**Gate results**');
    for (const g of record.gates) lines.push(gateLine(g, spec));
  }
  if (record.decisions.length) {
    lines.push('', '**Decisions**');
    for (const d of record.decisions) {
      lines.push(`- ${d.kind} by ${escapeText(d.by)} on ${day(d.at)}${d.learnings ? ':' : ''}`);
      if (d.learnings) lines.push(quoteBlock(d.learnings).replace(/^/gm, '  '));
    }
  }
  lines.push('', encodeRecord(record));
  return lines.join('\n');
}

function gateLine(g: GateLink, spec: ExperimentSpec | undefined): string {
  const s = g.summarised;
  if (!s)
    return `- PR #${g.pr}: **${g.verdict}** (${day(g.at)})${g.summary ? ` — ${escapeText(g.summary)}` : ''}`;
  const counts = Object.entries(s.verdicts)
    .map(([v, n]) => `${n} ${v}`)
    .join(', ');
  const metric = spec?.metric;
  const best =
    metric && g.metrics?.[metric] !== undefined
      ? `; best ${escapeText(metric)} ${num(g.metrics[metric])} on PR #${g.pr}`
      : '';
  return `- ${s.count} earlier gate runs (${counts}): first PR #${s.first.pr} **${s.first.verdict}** (${day(s.first.at)}), last PR #${s.last.pr} **${s.last.verdict}** (${day(s.last.at)})${best}`;
}

export function renderDataTaskLog(spec: DataTaskSpec | undefined, record: ExperimentRecord): string {
  const stage = record.stages?.at(-1)?.stage ?? spec?.stage ?? 'Data needed';
  const lines = ['### 🗂️ Data task', '', `Stage: **${stage}**`];
  if (spec?.blockingExperiments.length)
    lines.push(`Blocks: ${spec.blockingExperiments.map((n) => `#${n}`).join(', ')}`);
  if (spec) lines.push(`Quality gate: ${escapeText(spec.qualityGate.split('\n')[0] ?? '')}`);
  lines.push('', encodeRecord(record));
  return lines.join('\n');
}

export const renderKillSuggestion = (signals: readonly KillSignal[]) =>
  [
    '### 🛑 Kill criteria met',
    '',
    ...signals.map((s) => `- **${s.rule}**: ${escapeText(s.message)}`),
    '',
    'This is a suggestion, not a decision. If the team agrees, comment `/kill <what we learned>`; otherwise carry on.',
  ].join('\n');

export const HELP = [
  '### Sprintlab commands',
  '',
  'Write the command on the first line of a comment. Only people with write access can run them.',
  '',
  '| command | what it does |',
  '| --- | --- |',
  '| `/start` | Hypothesis → Experiment (needs a valid form and no open blocking data task) |',
  '| `/log metric=value [gpu_hours=n] [note]` | in Experiment, Evaluation or Iteration: adds a row to the experiment log and checks the kill criteria (no spaces around `=`) |',
  '| `/evaluate` | Experiment or Iteration → Evaluation (needs a logged result or a linked gate) |',
  '| `/iterate [note]` | Evaluation → Iteration |',
  '| `/kill <learnings>` | Hypothesis, Experiment, Evaluation or Iteration → Killed, closes the issue as not planned (learnings required) |',
  '| `/promote` | Evaluation → Production, closes the issue as completed (needs a passing gate and the readiness checklist) |',
  '| `/block data\\|compute\\|<text>` | marks the experiment blocked |',
  '| `/unblock` | clears the blockers |',
  '| `/stage <stage>` | data tasks: Data needed → Collection → Annotation → QA → Ready |',
  '| `/help` | this table |',
].join('\n');

export const renderRefusal = (command: string, reason: string) =>
  `❌ ${inlineCode(`/${command}`)} was not applied: ${reason}`;
export const renderDone = (text: string) => `✅ ${text}`;
