import { DEFAULT_CONFIG_PATH } from '../contracts.js';
import type { StatusReport } from '../report/status-report.js';
import { escapeCell, escapeText, quoteBlock } from './escape.js';
import { outcomesChart, trendChart } from './status-charts.js';
import {
  etaText,
  formatValue,
  healthMark,
  issueLink,
  LEARNING_CHARS,
  LIST_CAP,
  linkList,
  pct,
  plural,
  type RenderOptions,
  shortLink,
  TABLE_CAP,
} from './status-format.js';

type Push = (...lines: string[]) => void;

/** A section: a blank line, its heading and a blank line, then what `fill` writes. */
function section(heading: string, fill: (push: Push) => void): string[] {
  const out = ['', `## ${heading}`, ''];
  fill((...lines) => out.push(...lines));
  return out;
}

/** What we learned. */
function learningsSection(r: StatusReport): string[] {
  return section('What we learned', (push) => {
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
  });
}

/** Experiments this sprint. */
function thisSprintSection(r: StatusReport): string[] {
  const s = r.thisSprint;
  return section('Experiments this sprint', (push) => {
    push('| | count | experiments |', '| --- | ---: | --- |');
    push(`| Promoted | ${s.promoted.length} | ${linkList(s.promoted)} |`);
    push(`| Killed | ${s.killed.length} | ${linkList(s.killed)} |`);
    push(`| Iterated | ${s.iterated.length} | ${linkList(s.iterated)} |`);
    push(`| Started | ${s.started.length} | ${linkList(s.started)} |`);
    push(`| Active | ${s.active.length} | ${linkList(s.active)} |`);
  });
}

/** Flow: rates, throughput, cycle time, explore/exploit, data readiness. */
function flowSection(r: StatusReport): string[] {
  const window = `last ${plural(r.sprints.length, 'sprint')}`;
  const decided = r.outcomes.killed + r.outcomes.promoted + r.outcomes.iterated;
  const thisSprintDecisions = r.decisions.at(-1);
  const throughput = thisSprintDecisions ? thisSprintDecisions.killed + thisSprintDecisions.promoted : 0;
  const average =
    r.decisions.reduce((a, c) => a + c.killed + c.promoted, 0) / Math.max(1, r.decisions.length);
  const range = (x: { min: number; max: number }) =>
    `${Math.round(x.min * 100)}–${Math.round(x.max * 100)} %`;
  return section('Flow', (push) => {
    push('| measure | value | healthy range | |', '| --- | --- | --- | --- |');
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
  });
}

/** WIP per column. */
function wipSection(r: StatusReport): string[] {
  return section('WIP', (push) => {
    push('| column | experiments | limit | |', '| --- | ---: | ---: | --- |');
    for (const w of r.wip)
      push(
        `| ${w.column} | ${w.count} | ${w.limit ?? '—'} | ${w.over ? '⚠️ over the limit' : w.limit === undefined ? '' : '✅'} |`,
      );
  });
}

/** Time boxes overrun. */
function timeBoxSection(r: StatusReport): string[] {
  return section('Time boxes overrun', (push) => {
    if (r.timeBoxes.length === 0) push('None: every active experiment is within its time box.');
    else {
      push('| experiment | decision was due | days over |', '| --- | --- | ---: |');
      for (const t of r.timeBoxes.slice(0, TABLE_CAP))
        push(`| ${issueLink(t.issue)} | ${t.timeBox} | ${Math.floor(t.daysOver)} |`);
      if (r.timeBoxes.length > TABLE_CAP) push(`| and ${r.timeBoxes.length - TABLE_CAP} more | | |`);
    }
  });
}

/** Compute used against budgets. */
function computeSection(r: StatusReport): string[] {
  const cu = r.compute;
  return section('Compute', (push) => {
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
  });
}

/** Risks, blockers and data tasks in progress. */
function risksSection(r: StatusReport): string[] {
  return section('Risks and blockers', (push) => {
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
  });
}

/** Trend per target, and the outcomes chart. */
function trendSection(r: StatusReport, o: RenderOptions): string[] {
  return section('Trend', (push) => {
    if (r.targets.length === 0)
      push(`No targets tracked. Add \`report.targets\` (metric, goal, target) to ${DEFAULT_CONFIG_PATH}.`);
    const names = r.sprints.map((x) => x.name);
    for (const t of r.targets) {
      push(
        `### ${escapeText(t.target.metric)} (${t.target.goal}, target ${formatValue(t.target.target)})`,
        '',
      );
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
  });
}

/** The sections of the status issue, top to bottom. */
export const STATUS_SECTIONS: readonly ((r: StatusReport, o: RenderOptions) => string[])[] = [
  learningsSection,
  thisSprintSection,
  flowSection,
  wipSection,
  timeBoxSection,
  computeSection,
  risksSection,
  trendSection,
];

function countBy(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}
