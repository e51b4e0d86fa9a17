import type { ExperimentSpec } from './parse.js';
import type { Column, ExperimentRecord } from './record.js';

/** The moves of the experiment lifecycle: which command, from which columns, to which column. */
export const TRANSITIONS = {
  start: { from: ['Backlog', 'Hypothesis'], to: 'Experiment' },
  evaluate: { from: ['Experiment', 'Iteration'], to: 'Evaluation' },
  iterate: { from: ['Evaluation'], to: 'Iteration' },
  kill: { from: ['Hypothesis', 'Experiment', 'Evaluation', 'Iteration'], to: 'Killed' },
  promote: { from: ['Evaluation'], to: 'Production' },
} as const satisfies Record<string, { from: readonly Column[]; to: Column }>;

export type Move = keyof typeof TRANSITIONS;

export const isMove = (name: string): name is Move => Object.hasOwn(TRANSITIONS, name);

/** What the exit gates look at, gathered by the caller. */
export interface GateFacts {
  spec?: ExperimentSpec;
  record: ExperimentRecord;
  /** Open data tasks this experiment waits for (not yet Ready). */
  blockingDataTasks: number[];
  learnings?: string;
  minLearnings: number;
}

export type MoveCheck = { ok: true; to: Column } | { ok: false; reason: string };

/**
 * The shortest run of commands from `at` to one of `targets`, said as the next thing to do, so a
 * refused move tells the person how to get there instead of only where they are not.
 */
function wayTo(at: Column, targets: readonly Column[]): string {
  if (at === 'Killed' || at === 'Production')
    return 'Its decision is recorded and the issue is closed; open a new experiment to try again.';
  const seen = new Map<Column, Move[]>([[at, []]]);
  const queue: Column[] = [at];
  for (let col = queue.shift(); col !== undefined; col = queue.shift()) {
    const path = seen.get(col) ?? [];
    if (targets.includes(col) && path.length)
      return `Comment ${path.map((m) => `\`/${m}\``).join(', then ')} first.`;
    for (const [name, t] of Object.entries(TRANSITIONS) as [Move, (typeof TRANSITIONS)[Move]][]) {
      if (name === 'kill' || seen.has(t.to) || !(t.from as readonly Column[]).includes(col)) continue;
      seen.set(t.to, [...path, name]);
      queue.push(t.to);
    }
  }
  return '';
}

const listRefs = (ns: number[]) => ns.map((n) => `#${n}`).join(', ');

/**
 * Whether `move` may happen from `from`, and if not, which exit gate is not met: said as what to do
 * next, because the person reading it wants to unblock the experiment, not learn the state machine.
 */
export function checkMove(move: Move, from: Column | undefined, facts: GateFacts): MoveCheck {
  const t = TRANSITIONS[move];
  const at = from ?? 'Backlog';
  if (!(t.from as readonly Column[]).includes(at)) {
    return {
      ok: false,
      reason: [
        `\`/${move}\` moves an experiment from ${t.from.join(' or ')} to ${t.to}, but this one is in ${at}.`,
        wayTo(at, t.from),
      ]
        .filter(Boolean)
        .join(' '),
    };
  }
  const { spec, record } = facts;
  switch (move) {
    case 'start':
      if (!spec)
        return { ok: false, reason: 'the form has problems (see the validation comment); fix them first.' };
      if (facts.blockingDataTasks.length)
        return {
          ok: false,
          reason: `data is not ready: data task ${listRefs(facts.blockingDataTasks)} is still open. Move it to Ready first.`,
        };
      return { ok: true, to: t.to };
    case 'evaluate': {
      const metric = spec?.metric;
      const logged =
        record.log.some((e) => metric === undefined || metric in e.metrics) || record.gates.length > 0;
      if (!logged)
        return {
          ok: false,
          reason: `no results yet: log one with \`/log ${metric ?? 'metric'}=<value>\` or link a PR with \`Experiment: #N\`.`,
        };
      return { ok: true, to: t.to };
    }
    case 'kill': {
      const learnings = facts.learnings?.trim() ?? '';
      if (learnings.length < facts.minLearnings)
        return {
          ok: false,
          reason: `learnings are required: write what was learned after the command, e.g. \`/kill QLoRA r16 does not beat full fine-tuning on long inputs\` (at least ${facts.minLearnings} characters).`,
        };
      return { ok: true, to: t.to };
    }
    case 'promote': {
      const gate = record.gates.at(-1);
      if (!gate)
        return {
          ok: false,
          reason:
            'no gate result is linked: open a PR with `Experiment: #N` in its body and let the Sprintlab gate run.',
        };
      if (gate.verdict !== 'pass')
        return {
          ok: false,
          reason: `the last gate (PR #${gate.pr}) says ${gate.verdict}: a passing gate is required for Production.`,
        };
      const missing = spec?.readiness.missing ?? [];
      if (!spec)
        return { ok: false, reason: 'the form has problems (see the validation comment); fix them first.' };
      if (missing.length)
        return {
          ok: false,
          reason: `the production-readiness checklist is incomplete: tick ${missing.map((m) => `"${m}"`).join(', ')} in the issue.`,
        };
      return { ok: true, to: t.to };
    }
    default:
      return { ok: true, to: t.to };
  }
}
