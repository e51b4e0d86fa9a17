import { withoutTrailingZeros } from '../gate/format.js';
import type { StatusReport } from '../report/status-report.js';
import type { TargetTrend } from '../report/targets.js';
import { formatValue, plural } from './status-format.js';

/** The Mermaid charts of the status issue: a trend per target and the outcomes pie. */

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
  const exponent = Math.floor(Math.log10(Math.abs(v))) - 3;
  // Only whole powers of ten are exact on every Node (`10 ** -4` is not on Node 20), and a quotient of
  // exact operands rounds the same everywhere; a value a hair off a whole step is that step, not the next.
  const power = 10 ** Math.abs(exponent);
  const steps = exponent < 0 ? v * power : v / power;
  const nearest = Math.round(steps);
  const whole =
    Math.abs(steps - nearest) <= 1e-9 * Math.abs(steps)
      ? nearest
      : direction === 'down'
        ? Math.floor(steps)
        : Math.ceil(steps);
  return mermaidNumber(exponent < 0 ? whole / power : whole * power);
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

export function outcomesChart(r: StatusReport): string | undefined {
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
