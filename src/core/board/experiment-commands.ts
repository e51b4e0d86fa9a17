import { killSignals } from '../experiment/kill-criteria.js';
import { checkMove, isMove, type Move } from '../experiment/lifecycle.js';
import type { ExperimentSpec } from '../experiment/parse.js';
import { type Column, currentColumn, type ExperimentRecord } from '../experiment/record.js';
import { cutText, TEXT_LIMITS } from '../experiment/record-size.js';
import { type SlashCommand, suggestCommand } from '../experiment/slash-command.js';
import { ownRecord } from '../own-record.js';
import { inlineCode } from '../render/escape.js';
import { HELP, renderKillSuggestion, renderRefusal } from '../render/experiment.js';
import type { PlanContext } from './events.js';
import { LABELS } from './keys.js';
import type { Plan } from './plan.js';

export interface CommandOutcome {
  ok: boolean;
  reply?: string;
  state?: Plan['state'];
}

/** One slash command on an experiment, with what it may read and change. */
export interface CommandInput {
  command: SlashCommand;
  by: string;
  issueNumber: number;
  spec: ExperimentSpec | undefined;
  /** The record being planned: a handler appends to it. */
  record: ExperimentRecord;
  ctx: PlanContext;
  /** Moves the card; false when a WIP limit refuses the move. */
  moveTo: (to: Column, why: string) => boolean;
  labels: Set<string>;
}

type Handler = (input: CommandInput) => CommandOutcome;

const refusal = (input: CommandInput, reason: string): CommandOutcome => ({
  ok: false,
  reply: renderRefusal(input.command.name, reason),
});

/** The arguments of `/log`: metrics and GPU hours as numbers, and the note on the first line. */
export type LogArgs =
  | { ok: true; metrics: Record<string, number>; gpuHours?: number; note?: string }
  | { ok: false; reason: string };

export function parseLogArgs(command: SlashCommand, spec: ExperimentSpec | undefined): LogArgs {
  // A metric named `__proto__` or `constructor` is a metric like any other, not a prototype.
  const metrics = ownRecord<number>(undefined);
  let gpuHours: number | undefined;
  const bad: string[] = [];
  for (const [key, raw] of Object.entries(command.pairs)) {
    const value = Number(raw);
    if (!Number.isFinite(value) || raw.trim() === '') bad.push(`${key}=${raw}`);
    else if (/^gpu[_-]?hours$/i.test(key)) gpuHours = value;
    else metrics[key] = value;
  }
  const example = `\`/log ${spec?.metric ?? 'accuracy'}=0.84 gpu_hours=6\``;
  // `accuracy= 0.84` or `=0.84` are pairs gone wrong, not a note: logging without them would lose the value.
  const broken = (command.rest.split('\n')[0] ?? '').split(/\s+/).filter((w) => w.includes('='));
  const quoted = (words: string[]) => words.map((w) => inlineCode(cutText(w, 100))).join(', ');
  if (broken.length) {
    const plural = broken.length > 1;
    return {
      ok: false,
      reason: `${quoted(broken)} ${plural ? 'are not' : 'is not a'} \`name=value\` pair${plural ? 's' : ''}: write the name, \`=\` and the number with no spaces, e.g. ${example}.`,
    };
  }
  if (bad.length)
    return { ok: false, reason: `${quoted(bad)}: the value must be a number, e.g. ${example}.` };
  if (gpuHours !== undefined && gpuHours < 0) return { ok: false, reason: 'gpu_hours cannot be negative.' };
  if (!Object.keys(metrics).length && gpuHours === undefined)
    return {
      ok: false,
      reason: `nothing to log: write \`/log ${spec?.metric ?? 'metric'}=<value> gpu_hours=<n> [note]\`.`,
    };
  const note = command.rest.split('\n')[0]?.trim();
  return { ok: true, metrics, ...(gpuHours !== undefined ? { gpuHours } : {}), ...(note ? { note } : {}) };
}

const log: Handler = (input) => {
  const { record, spec } = input;
  const col = currentColumn(record);
  if (!col || !['Experiment', 'Evaluation', 'Iteration'].includes(col))
    return refusal(
      input,
      `results are logged while the experiment runs; it is in ${col ?? 'Backlog'}. ${
        col === 'Killed' || col === 'Production'
          ? 'Its decision is recorded; open a new experiment to log more runs.'
          : 'Comment `/start` first.'
      }`,
    );
  const args = parseLogArgs(input.command, spec);
  if (!args.ok) return refusal(input, args.reason);
  const { metrics, gpuHours } = args;
  record.log.push({
    at: input.ctx.now.toISOString(),
    by: input.by,
    metrics,
    ...(gpuHours !== undefined ? { gpuHours } : {}),
    ...(args.note ? { note: cutText(args.note, TEXT_LIMITS.note) } : {}),
  });
  // Only the rules this row can change fire again: logging a side metric after a plateau is not
  // news, and a suggestion on every comment would teach people to ignore it.
  const signals = spec
    ? killSignals(spec, record.log).filter((s) =>
        s.rule === 'budget' ? gpuHours !== undefined : spec.metric in metrics,
      )
    : [];
  return { ok: true, ...(signals.length ? { reply: renderKillSuggestion(signals) } : {}) };
};

const block: Handler = (input) => {
  // The whole text: `/block waiting for gpu=a100` keeps its `gpu=a100`.
  const said = input.command.text.trim();
  const first = said.split(/\s+/)[0]?.toLowerCase() ?? '';
  const kind = first === 'data' || first === 'compute' ? first : 'other';
  if (kind === 'other' && !said)
    return refusal(input, 'say what blocks it: `/block data`, `/block compute` or `/block <what>`.');
  input.record.blockers.push({
    kind,
    text: cutText(said || kind, TEXT_LIMITS.blocker),
    at: input.ctx.now.toISOString(),
  });
  input.labels.add(LABELS.blocked);
  return { ok: true };
};

const unblock: Handler = (input) => {
  input.record.blockers = [];
  input.labels.delete(LABELS.blocked);
  return { ok: true };
};

const stage: Handler = (input) =>
  refusal(
    input,
    '`/stage` is for data tasks; experiments move with `/start`, `/evaluate`, `/iterate`, `/kill` and `/promote`.',
  );

function runMove(move: Move, input: CommandInput): CommandOutcome {
  const { spec, record, ctx } = input;
  const blocking = ctx.openDataTasks
    .filter((t) => t.blocks.includes(input.issueNumber) || (spec?.dataTasks.includes(t.number) ?? false))
    .map((t) => t.number);
  // Learnings are prose: `/kill lr=3e-4 did not help` must keep `lr=3e-4`, so the whole text counts, pairs included.
  const learnings = input.command.text.trim();
  const check = checkMove(move, currentColumn(record), {
    spec,
    record,
    blockingDataTasks: blocking,
    learnings,
    minLearnings: ctx.board.minLearnings,
  });
  if (!check.ok) return { ok: false, reply: renderRefusal(move, check.reason) };
  if (!input.moveTo(check.to, `/${move}`)) return { ok: false };
  if (move === 'start') delete record.awaitsTriage;
  if (move === 'kill' || move === 'iterate' || move === 'promote') {
    record.decisions.push({
      kind: move,
      at: ctx.now.toISOString(),
      by: input.by,
      ...(learnings ? { learnings: cutText(learnings, TEXT_LIMITS.learnings) } : {}),
    });
  }
  if (move === 'kill') return { ok: true, state: { state: 'closed', reason: 'not_planned' } };
  if (move === 'promote') return { ok: true, state: { state: 'closed', reason: 'completed' } };
  return { ok: true };
}

/** The commands other than the lifecycle moves, by name. */
const HANDLERS: Record<string, Handler> = { log, block, unblock, stage };

/** Runs one slash command against the record being planned. */
export function runCommand(input: CommandInput): CommandOutcome {
  const { name } = input.command;
  if (name === 'help') return { ok: true, reply: HELP };
  if (isMove(name)) return runMove(name, input);
  const handler = HANDLERS[name];
  if (handler) return handler(input);
  const guess = suggestCommand(name);
  const hint = guess ? ` Did you mean \`/${guess}\`?` : '';
  return { ok: false, reply: `${renderRefusal(name, `this is not a Sprintlab command.${hint}`)}\n\n${HELP}` };
}
