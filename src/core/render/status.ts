import { DEFAULT_CONFIG_PATH } from '../contracts.js';
import { withoutTrailingZeros } from '../gate/format.js';
import type { Fit, Forecast } from '../report/forecast.js';
import type { IssueRef, RateHealth } from '../report/metrics.js';
import type { Target } from '../report/settings.js';
import type { StatusReport } from '../report/status-report.js';
import type { TargetTrend } from '../report/targets.js';
import { escapeCell, escapeText, hiddenBlock, quoteBlock } from './escape.js';

/**
 * The weekly status issue. Top to bottom it serves three readers: the stakeholder's one line, the
 * scrum master's tables, the researcher's links. Lists are capped so that a repository with
 * thousands of experiments still fits GitHub's 65,536-character issue body.
 */

export const STATUS_BLOCK = 'status-report';
const LIST_CAP = 25;
const TABLE_CAP = 15;
const LEARNING_CHARS = 600;

export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  return String(Number(v.toPrecision(4)));
}

const pct = (r: number) => `${Math.round(r * 100)} %`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const signed = (v: number) => `${v >= 0 ? '+' : '−'}${String(Number(Math.abs(v).toPrecision(3)))}`;

export const issueLink = (i: IssueRef): string => `[#${i.number}](${i.url}) ${escapeCell(i.title)}`;
const shortLink = (i: IssueRef): string => `[#${i.number}](${i.url})`;

function linkList(refs: readonly IssueRef[], cap = LIST_CAP, link = shortLink): string {
  if (refs.length === 0) return '—';
  const shown = refs.slice(0, cap).map(link).join(', ');
  return refs.length > cap ? `${shown} and ${refs.length - cap} more` : shown;
}

function sprints(n: number): string {
  if (n < 0.5) return 'this sprint';
  const k = Math.round(n);
  return `~${plural(k, 'sprint')}`;
}

/** "~3 sprints, likely 2–4": the point ETA and the range from the prediction interval. */
/**
 * The trend in the metric's own direction: a latency falling 2 ms a sprint reads "−2 per sprint", as
 * its chart shows it, not "+2" of improvement; the words then say whether that is good.
 */
type Goal = Target['goal'];
const perSprint = (fit: Fit, goal: Goal) =>
  `${signed(goal === 'minimize' ? -fit.improvementPerSprint : fit.improvementPerSprint)} per sprint`;

export function etaText(f: Forecast, horizon: number, goal: Goal = 'maximize'): string {
  switch (f.status) {
    case 'reached':
      return 'target reached';
    case 'insufficient_data':
      return `trend: insufficient data (${f.reason})`;
    case 'stalled':
      return f.reason === 'flat_or_falling'
        ? `stalled: flat or ${goal === 'minimize' ? 'rising' : 'falling'} (${perSprint(f.fit, goal)})`
        : `stalled: at ${perSprint(f.fit, goal)} the target is over ${horizon} sprints away`;
    case 'on_track': {
      const point = sprints(f.eta);
      if (f.etaLow === undefined) return `target in ${point} (range needs 3 sprints of data)`;
      const low = Math.floor(f.etaLow);
      if (f.etaHigh === undefined) {
        return low === 0
          ? `target in ${point}, but the range is too wide to call (this sprint to over ${horizon})`
          : `target in ${point}, likely ${low} or more (over ${horizon} at the slow end)`;
      }
      const high = Math.max(Math.ceil(f.etaHigh), low, 1);
      return low === 0
        ? `target in ${point}, likely within ${plural(high, 'sprint')}`
        : `target in ${point}, likely ${low}–${high}`;
    }
  }
}

const HEALTH_MARKS: Record<RateHealth['health'], string> = {
  healthy: '✅ healthy',
  low: '⚠️ below range',
  high: '⚠️ above range',
  no_data: '—',
};

const healthMark = (h: RateHealth): string => HEALTH_MARKS[h.health];

function summaryLine(r: StatusReport, horizon: number): string {
  const t = r.targets[0];
  const s = r.thisSprint;
  const sprintPart = `this sprint: ${s.promoted.length} promoted, ${s.killed.length} killed, ${s.iterated.length} iterated, ${s.active.length} active`;
  if (!t)
    return `**No targets tracked yet** (add \`report.targets\` to ${DEFAULT_CONFIG_PATH}) · ${sprintPart}`;
  const metric = escapeText(t.target.metric);
  const best = t.best
    ? `**${metric} ${formatValue(t.best.value)}** (best, ${shortLink(t.best.issue)})`
    : `**${metric}: no values logged yet**`;
  const slope =
    t.forecast.status === 'on_track' || (t.forecast.status === 'reached' && t.forecast.fit)
      ? ` · ${perSprint(t.forecast.status === 'on_track' ? t.forecast.fit : t.forecast.fit!, t.target.goal)}`
      : '';
  return `${best} vs target **${formatValue(t.target.target)}**${slope} · ${etaText(t.forecast, horizon, t.target.goal)} · ${sprintPart}`;
}

function businessLine(r: StatusReport): string | undefined {
  const b = r.business;
  if (!b) return undefined;
  const unit = escapeText(b.unit);
  const gain = `${signed(b.gainPoints)} points over the baseline ≈ **${formatValue(Math.round(b.gainValue))} ${unit}**`;
  const rest =
    b.remainingPoints > 0
      ? `; reaching the target would add ≈ ${formatValue(Math.round(b.remainingValue))} more`
      : '';
  return `Business impact: ${gain}${rest} (1 point = ${formatValue(b.point)}).`;
}

/**
 * A number as Mermaid's chart grammar reads it: plain decimals only, since "1e-7" is not a number
 * there. Four significant digits, like the tables.
 */
export function mermaidNumber(v: number): string {
  const text = formatValue(v);
  if (!/e/i.test(text)) return text;
  // toFixed itself turns to exponents from 1e21 on; integers that large are exact as BigInt.
  if (Math.abs(v) >= 1e21) return BigInt(Number(v.toPrecision(4))).toString();
  const digits = Math.min(100, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(v)))));
  return withoutTrailingZeros(Number(v.toPrecision(4)).toFixed(digits));
}

/** An axis bound at four significant digits, rounded away from the data so no point falls off the chart. */
function axisBound(v: number, direction: 'down' | 'up'): string {
  if (v === 0 || !Number.isFinite(v)) return mermaidNumber(v);
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 3);
  const rounded = (direction === 'down' ? Math.floor(v / scale) : Math.ceil(v / scale)) * scale;
  return mermaidNumber(rounded);
}

function mermaidText(text: string): string {
  // Mermaid labels are quoted strings: drop quotes and anything that could end the block.
  return text.replace(/["`\\]/g, '').replace(/[\r\n]+/g, ' ');
}

/** Best value per sprint against the target. Sprints without values carry the last value forward. */
export function trendChart(t: TargetTrend, names: readonly string[]): string | undefined {
  const first = t.perSprint.findIndex(Boolean);
  if (first < 0) return undefined;
  const labels = names.slice(first);
  const values: number[] = [];
  let last = t.perSprint[first]!.value;
  for (const b of t.perSprint.slice(first)) {
    if (b) last = b.value;
    values.push(last);
  }
  const all = [...values, t.target.target];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.05 || 1;
  const metric = mermaidText(t.target.metric);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${metric}: best per sprint vs target ${mermaidNumber(t.target.target)}"`,
    `  x-axis [${labels.map((l) => `"${mermaidText(l)}"`).join(', ')}]`,
    `  y-axis "${metric}" ${axisBound(lo - pad, 'down')} --> ${axisBound(hi + pad, 'up')}`,
    `  line [${values.map(mermaidNumber).join(', ')}]`,
    `  line [${labels.map(() => mermaidNumber(t.target.target)).join(', ')}]`,
    '```',
  ].join('\n');
}

function outcomesChart(r: StatusReport): string | undefined {
  const o = r.outcomes;
  if (o.killed + o.promoted + o.iterated === 0) return undefined;
  // Empty slices are left out: they only add "0 %" labels on top of each other.
  const slices = (
    [
      ['Killed', o.killed],
      ['Promoted', o.promoted],
      ['Iterated', o.iterated],
    ] as const
  ).filter(([, n]) => n > 0);
  return [
    '```mermaid',
    `pie title Decisions over the last ${plural(r.sprints.length, 'sprint')}`,
    ...slices.map(([label, n]) => `  "${label}" : ${n}`),
    '```',
  ].join('\n');
}

export interface RenderOptions {
  /** The title of the issue, repeated in the hidden block so a re-run can find it. */
  week: string;
  horizon: number;
  /** The previous status issue, linked at the bottom. */
  previous?: { number: number; url: string };
}

export function renderStatus(r: StatusReport, o: RenderOptions): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(hiddenBlock(STATUS_BLOCK, { week: o.week, sprint: r.sprint.name }));
  push(`> ${summaryLine(r, o.horizon)}`);
  const business = businessLine(r);
  if (business) push('>', `> ${business}`);
  push(
    '',
    `Sprint **${escapeCell(r.sprint.name)}** (${r.sprint.start.slice(0, 10)} to ${dayBefore(r.sprint.end)}) · ${escapeText(r.repository)}`,
  );

  push('', '## What we learned', '');
  if (r.learnings.length === 0) push('No kills or promotions this sprint, so no new learnings.');
  for (const l of r.learnings.slice(0, LIST_CAP)) {
    const verb = l.kind === 'kill' ? 'Killed' : l.kind === 'promote' ? 'Promoted' : 'Iterated';
    push(`- **${verb}** ${issueLink(l.issue)}`);
    if (l.learnings) {
      const text =
        l.learnings.length > LEARNING_CHARS ? `${l.learnings.slice(0, LEARNING_CHARS)}…` : l.learnings;
      push(quoteBlock(text).replace(/^/gm, '  '));
    } else push('  _no learnings recorded_');
  }
  if (r.learnings.length > LIST_CAP)
    push(`- and ${r.learnings.length - LIST_CAP} more decisions this sprint`);

  const s = r.thisSprint;
  push('', '## Experiments this sprint', '', '| | count | experiments |', '| --- | ---: | --- |');
  push(`| Promoted | ${s.promoted.length} | ${linkList(s.promoted)} |`);
  push(`| Killed | ${s.killed.length} | ${linkList(s.killed)} |`);
  push(`| Iterated | ${s.iterated.length} | ${linkList(s.iterated)} |`);
  push(`| Started | ${s.started.length} | ${linkList(s.started)} |`);
  push(`| Active | ${s.active.length} | ${linkList(s.active)} |`);

  const window = `last ${plural(r.sprints.length, 'sprint')}`;
  const decided = r.outcomes.killed + r.outcomes.promoted + r.outcomes.iterated;
  const thisSprintDecisions = r.decisions.at(-1);
  const throughput = thisSprintDecisions ? thisSprintDecisions.killed + thisSprintDecisions.promoted : 0;
  const average =
    r.decisions.reduce((a, c) => a + c.killed + c.promoted, 0) / Math.max(1, r.decisions.length);
  const range = (x: { min: number; max: number }) =>
    `${Math.round(x.min * 100)}–${Math.round(x.max * 100)} %`;
  push('', '## Flow', '', '| measure | value | healthy range | |', '| --- | --- | --- | --- |');
  push(
    `| Kill rate (${window}) | ${r.killRate.rate === undefined ? '—' : `${pct(r.killRate.rate)} (${r.outcomes.killed} of ${decided} decisions)`} | ${range(r.healthy.killRate)} | ${healthMark(r.killRate)} |`,
  );
  push(
    `| Promotion rate (${window}) | ${r.promotionRate.rate === undefined ? '—' : `${pct(r.promotionRate.rate)} (${r.outcomes.promoted} of ${decided})`} | ${range(r.healthy.promotionRate)} | ${healthMark(r.promotionRate)} |`,
  );
  push(
    `| Throughput (kills + promotions) | ${throughput} this sprint, ${average.toFixed(1)} per sprint on average | | |`,
  );
  const c = r.cycleTime;
  push(
    `| Cycle time, Hypothesis to decision | ${c.n ? `median ${c.medianDays!.toFixed(1)} days, p90 ${c.p90Days!.toFixed(1)} days (${plural(c.n, 'decision')})` : '—'} | | |`,
  );
  push(
    `| Explore / exploit (active or decided this sprint) | ${r.exploreExploit.explore} / ${r.exploreExploit.exploit}${r.exploreExploit.unspecified ? ` (${r.exploreExploit.unspecified} unspecified)` : ''} | | |`,
  );
  push(
    `| Data readiness (ready on time / planned) | ${r.data.rate === undefined ? '— (no data task due in the window)' : `${pct(r.data.rate)} (${r.data.readyOnTime} of ${r.data.planned})`} | | |`,
  );

  push('', '## WIP', '', '| column | experiments | limit | |', '| --- | ---: | ---: | --- |');
  for (const w of r.wip)
    push(
      `| ${w.column} | ${w.count} | ${w.limit ?? '—'} | ${w.over ? '⚠️ over the limit' : w.limit === undefined ? '' : '✅'} |`,
    );

  push('', '## Time boxes overrun', '');
  if (r.timeBoxes.length === 0) push('None: every active experiment is within its time box.');
  else {
    push('| experiment | decision was due | days over |', '| --- | --- | ---: |');
    for (const t of r.timeBoxes.slice(0, TABLE_CAP))
      push(`| ${issueLink(t.issue)} | ${t.timeBox} | ${Math.floor(t.daysOver)} |`);
    if (r.timeBoxes.length > TABLE_CAP) push(`| and ${r.timeBoxes.length - TABLE_CAP} more | | |`);
  }

  const cu = r.compute;
  push('', '## Compute', '');
  push(
    `${formatValue(cu.totalUsed)} GPU-hours used${cu.totalBudget ? ` of ${formatValue(cu.totalBudget)} budgeted (${pct(cu.totalUsed / cu.totalBudget)})` : ''}, ${formatValue(cu.usedThisSprint)} this sprint.`,
  );
  if (cu.rows.length) {
    push(
      '',
      '| experiment | used (GPU-h) | budget (GPU-h) | used / budget |',
      '| --- | ---: | ---: | ---: |',
    );
    for (const row of cu.rows.slice(0, TABLE_CAP)) {
      const ratio =
        row.ratio === undefined
          ? '—'
          : `${pct(row.ratio)}${row.ratio > 2 ? ' ⛔' : row.ratio > 1 ? ' ⚠️' : ''}`;
      push(
        `| ${issueLink(row.issue)} | ${formatValue(row.usedGpuHours)} | ${row.budgetGpuHours === undefined ? '—' : formatValue(row.budgetGpuHours)} | ${ratio} |`,
      );
    }
    if (cu.rows.length > TABLE_CAP) push(`| and ${cu.rows.length - TABLE_CAP} more | | | |`);
  }

  push('', '## Risks and blockers', '');
  if (r.risks.length === 0) push('No risks or blockers flagged.');
  for (const risk of r.risks.slice(0, LIST_CAP))
    push(`- ⚠️ ${escapeCell(risk.text)}${risk.issues.length ? `: ${linkList(risk.issues, 10)}` : ''}`);
  if (r.risks.length > LIST_CAP) push(`- and ${r.risks.length - LIST_CAP} more`);
  const byKind = countBy(r.blockers.map((b) => b.kind));
  if (r.blockers.length)
    push(
      '',
      `Blockers by kind: ${Object.entries(byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}.`,
    );
  if (r.data.inProgress.length) {
    push(
      '',
      `Data tasks in progress: ${r.data.inProgress
        .slice(0, LIST_CAP)
        .map((d) => `${shortLink(d.issue)}${d.stage ? ` (${d.stage})` : ''}`)
        .join(
          ', ',
        )}${r.data.inProgress.length > LIST_CAP ? ` and ${r.data.inProgress.length - LIST_CAP} more` : ''}.`,
    );
  }

  push('', '## Trend', '');
  if (r.targets.length === 0)
    push(`No targets tracked. Add \`report.targets\` (metric, goal, target) to ${DEFAULT_CONFIG_PATH}.`);
  const names = r.sprints.map((x) => x.name);
  for (const t of r.targets) {
    push(`### ${escapeText(t.target.metric)} (${t.target.goal}, target ${formatValue(t.target.target)})`, '');
    push(
      `${etaText(t.forecast, o.horizon, t.target.goal)}.${t.best ? ` Best so far ${formatValue(t.best.value)} in ${issueLink(t.best.issue)}.` : ''}`,
      '',
    );
    push(
      `| sprint | ${names.map(escapeCell).join(' | ')} |`,
      `| --- | ${names.map(() => '---:').join(' | ')} |`,
    );
    push(
      `| best | ${t.perSprint.map((b) => (b ? `${formatValue(b.value)} (${shortLink(b.issue)})` : '—')).join(' | ')} |`,
      '',
    );
    const chart = trendChart(t, names);
    if (chart) push(chart, '');
  }
  const pie = outcomesChart(r);
  if (pie) {
    push('### Outcomes', '', pie, '');
    push(
      `| decisions | ${names.map(escapeCell).join(' | ')} |`,
      `| --- | ${names.map(() => '---:').join(' | ')} |`,
    );
    for (const [label, key] of [
      ['killed', 'killed'],
      ['promoted', 'promoted'],
      ['iterated', 'iterated'],
    ] as const) {
      push(`| ${label} | ${r.decisions.map((d) => d[key]).join(' | ')} |`);
    }
    push('');
  }

  const footer = [
    `Generated by Sprintlab from ${plural(r.counts.experiments, 'experiment')} and ${plural(r.counts.dataTasks, 'data task')} at ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`,
  ];
  if (o.previous) footer.push(`Previous report: [#${o.previous.number}](${o.previous.url}).`);
  footer.push('Re-running the workflow updates this issue.');
  // A "---" right under a line of text would turn that line into a heading: keep a blank line between.
  if (out.at(-1) !== '') push('');
  push('---', `<sub>${footer.join(' ')}</sub>`, '');
  return out.join('\n');
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);
}

function countBy(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}
