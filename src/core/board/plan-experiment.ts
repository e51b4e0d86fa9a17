import { experimentForm } from '../experiment/forms.js';
import { type ExperimentSpec, type FormProblem, readExperiment } from '../experiment/parse.js';
import { type Column, currentColumn, type ExperimentRecord } from '../experiment/record.js';
import { cutText, hasGateRun, TEXT_LIMITS } from '../experiment/record-size.js';
import { escapeText } from '../render/escape.js';
import { renderExperimentLog, renderRefusal, renderValidation } from '../render/experiment.js';
import { cardFieldValues } from './card-fields.js';
import type { BoardEvent, IssuePlanner } from './events.js';
import { runCommand } from './experiment-commands.js';
import { COMMENT_KEYS, LABELS } from './keys.js';
import { diffLabels, emptyPlan, overWip, type Plan } from './plan.js';
import { STATUS_LABELS, statusLabel, wipModeOf } from './settings.js';

export { COMMENT_KEYS, LABELS };

const TRIAGE_NOTE =
  '👋 Thanks for the experiment! It waits in **Backlog** until a maintainer picks it up with `/start`; ' +
  'until then it takes no place in the WIP limits.';

const ACTIVE: readonly Column[] = ['Backlog', 'Hypothesis', 'Experiment', 'Evaluation', 'Iteration'];
const HANDLED_CAP = 200;

const fmt = (n: number) => String(Number(n.toPrecision(6)));

/**
 * The plan for an experiment issue after one event: the experiment lifecycle with its exit gates,
 * WIP limits, kill criteria and time box. Pure: the record, labels and `now` come in, a plan goes out.
 */
export const planExperiment: IssuePlanner = (issue, current, event, ctx) => {
  const plan = emptyPlan();
  const record: ExperimentRecord = structuredClone(current.record);
  const nowIso = ctx.now.toISOString();
  const actor = ctx.actor ?? 'sprintlab';
  const formEvent = event.type === 'opened' || event.type === 'edited' || event.type === 'reopened';
  const started = currentColumn(current.record);
  const notStarted = !started || started === 'Backlog' || started === 'Hypothesis';
  // The time box may only be "in the past" when someone is writing the form; later it is an overrun, not a typo.
  const createdAt = new Date(issue.createdAt);
  const { spec, problems } = readExperiment(experimentForm, issue.body, {
    now: formEvent && notStarted ? ctx.now : createdAt,
    createdAt,
  });
  const labels = new Set(issue.labels.filter((l) => !STATUS_LABELS.includes(l)));
  let state: Plan['state'];
  let reply: string | undefined;

  const moveTo = (to: Column, why: string, automatic = false): boolean => {
    const over = overWip(ctx.board, to, ctx.wipCounts[to]);
    if (over && wipModeOf(ctx.board, to) === 'refuse') {
      const text = `${to} is at its WIP limit (${over.limit}); finish or kill an experiment there first.`;
      // Only a command has a reply to carry the reason; anything else says it on the issue.
      if (automatic || event.type !== 'command')
        plan.comments.push({ key: COMMENT_KEYS.wip, body: `⚠️ Not moved to **${to}**: ${text}` });
      else reply = renderRefusal(why.replace(/^\//, ''), text);
      plan.summary.push(`refused move to ${to}: WIP ${over.count}/${over.limit}`);
      return false;
    }
    labels.delete(LABELS.overWip);
    if (over) {
      labels.add(LABELS.overWip);
      plan.comments.push({
        key: COMMENT_KEYS.wip,
        body: `⚠️ **${to}** is over its WIP limit: ${over.count} experiments for a limit of ${over.limit}. Consider finishing or killing one before starting more.`,
      });
    } else if (issue.labels.includes(LABELS.overWip)) {
      // The flag was about the column it just left: say it is cleared rather than leave a stale warning.
      plan.comments.push({
        key: COMMENT_KEYS.wip,
        body: `✅ Moved to **${to}**, which is within its WIP limit; the over-WIP flag is cleared.`,
      });
    }
    record.history.push({ column: to, at: nowIso, by: actor });
    plan.summary.push(`move to ${to} (${why})`);
    return true;
  };

  const validation = (list: readonly FormProblem[]) => {
    if (list.length) {
      labels.add(LABELS.needsInfo);
      plan.comments.push({ key: COMMENT_KEYS.validation, body: renderValidation(experimentForm.name, list) });
    } else {
      labels.delete(LABELS.needsInfo);
      if (current.hasValidationComment)
        plan.comments.push({ key: COMMENT_KEYS.validation, body: renderValidation(experimentForm.name, []) });
    }
  };

  const column = () => currentColumn(record);

  // Once asked, the question stays on the issue until it is answered: a decision, or a time box
  // edited into the future. Then the same comment says so, instead of asking forever.
  const settleTimeBox = () => {
    if (!issue.labels.includes(LABELS.timeBox) || plan.comments.some((c) => c.key === COMMENT_KEYS.timeBox))
      return;
    const col = column();
    const decided = col === 'Killed' || col === 'Production';
    const extended = spec !== undefined && spec.timeBox >= nowIso.slice(0, 10);
    if (!decided && !extended) return;
    labels.delete(LABELS.timeBox);
    plan.comments.push({
      key: COMMENT_KEYS.timeBox,
      body: decided
        ? `✅ Decision recorded: this experiment is in **${col}**, so the time box question is closed.`
        : `✅ The time box now ends on ${spec?.timeBox}; no decision is due until then.`,
    });
    plan.summary.push('time box question settled');
  };

  switch (event.type) {
    case 'opened':
    case 'edited':
    case 'reopened': {
      validation(problems);
      if (!column() && event.outsider) {
        // Opened by someone without triage access: it waits for a maintainer and takes no WIP slot.
        record.history.push({ column: 'Backlog', at: nowIso, by: actor });
        record.awaitsTriage = true;
        plan.comments.push({ key: COMMENT_KEYS.triage, body: TRIAGE_NOTE });
        plan.summary.push('opened by someone without triage access: waits in Backlog');
      } else if (record.awaitsTriage) {
        // Edits by the author do not move it; a maintainer's `/start` does.
      } else if (problems.length) {
        if (!column()) record.history.push({ column: 'Backlog', at: nowIso, by: actor });
      } else if (!column() || column() === 'Backlog') {
        if (!moveTo('Hypothesis', 'valid form') && !column())
          record.history.push({ column: 'Backlog', at: nowIso, by: actor });
      }
      break;
    }
    case 'closed': {
      const col = column();
      // Backlog holds forms that never became an experiment (nothing ran, nothing was learned), and
      // `/kill` cannot leave Backlog: reopening those would trap an issue opened by mistake forever.
      if (col && col !== 'Killed' && col !== 'Production' && col !== 'Backlog') {
        state = { state: 'open', reason: 'reopened' };
        plan.comments.push({
          key: COMMENT_KEYS.closed,
          body:
            '🔁 Reopened: this experiment was closed without a recorded decision, so its learnings would be lost. ' +
            'Comment `/kill <what we learned>` to close it as not planned, or `/promote` once it passed the gate.',
        });
        plan.summary.push('reopen: closed without learnings');
      }
      break;
    }
    case 'command': {
      // Already in the record: a redelivery only finishes what the first delivery may have left
      // half-applied (labels, card, closing), all of which follows from the record.
      if (record.handled?.includes(event.commentId)) {
        state = decidedBy(record, event.commentId);
        if (record.blockers.length) labels.add(LABELS.blocked);
        else labels.delete(LABELS.blocked);
        break;
      }
      const decisions = record.decisions.length;
      const outcome = runCommand({
        command: event.command,
        by: event.by,
        issueNumber: issue.number,
        spec,
        record,
        ctx,
        moveTo,
        labels,
      });
      for (const d of record.decisions.slice(decisions)) d.comment = event.commentId;
      reply = reply ?? outcome.reply;
      state = outcome.state;
      plan.reaction = outcome.ok ? 'rocket' : 'confused';
      record.handled = [...(record.handled ?? []), event.commentId].slice(-HANDLED_CAP);
      break;
    }
    case 'gate': {
      if (hasGateRun(record, event.checkRun)) break;
      record.gates.push({
        pr: event.pr,
        verdict: event.verdict,
        at: nowIso,
        checkRun: event.checkRun,
        metrics: event.metrics,
        ...(event.title ? { summary: cutText(event.title, TEXT_LIMITS.gateTitle) } : {}),
      });
      const col = column();
      if (col === 'Experiment' || col === 'Iteration') moveTo('Evaluation', `gate on PR #${event.pr}`, true);
      plan.comments.push({ key: COMMENT_KEYS.gate(event.pr), body: renderGateNote(event, spec) });
      break;
    }
    case 'time-box': {
      const col = column();
      const overdue =
        spec && issue.state === 'open' && col && ACTIVE.includes(col) && spec.timeBox < nowIso.slice(0, 10);
      if (overdue && ctx.board.askOnTimeBox) {
        labels.add(LABELS.timeBox);
        plan.comments.push({
          key: COMMENT_KEYS.timeBox,
          body:
            `⏰ The time box ended on ${spec.timeBox} and this experiment is still in **${col}**. A decision is due: ` +
            '`/kill <learnings>`, `/iterate`, `/promote`, or edit the time box in the issue to extend it (say why in a comment).',
        });
        plan.summary.push('time box over: decision asked');
      } else {
        labels.delete(LABELS.timeBox);
      }
      break;
    }
  }
  settleTimeBox();
  // A decided experiment waits for nothing: the blockers stay in the record, the label goes.
  if (column() === 'Killed' || column() === 'Production') labels.delete(LABELS.blocked);

  const col = column();
  if (!ctx.board.project && col) labels.add(statusLabel(col));
  if (ctx.board.project && col) plan.column = col;
  if (ctx.board.project && ctx.board.cardFields.length) {
    const values = cardFieldValues(ctx.board.cardFields, spec, record);
    if (Object.keys(values).length) plan.cardFields = values;
  }
  const managed = new Set<string>([...Object.values(LABELS), ...STATUS_LABELS]);
  const { add, remove } = diffLabels(issue.labels, labels, managed);
  plan.addLabels = add;
  plan.removeLabels = remove;
  if (state && !(state.state === issue.state)) plan.state = state;
  if (reply && event.type === 'command')
    plan.comments.push({ key: COMMENT_KEYS.reply(event.commentId), body: reply });
  // The log goes last: it holds the record, so it is written only once everything before it worked.
  plan.comments.push({ key: COMMENT_KEYS.log, body: renderExperimentLog(spec, record) });
  return plan;
};

/** The issue state a decision recorded for this comment asks for (kill and promote close the issue). */
function decidedBy(record: ExperimentRecord, commentId: number): Plan['state'] {
  const last = record.decisions.at(-1);
  if (last?.comment !== commentId) return undefined;
  const col = currentColumn(record);
  if (last.kind === 'kill' && col === 'Killed') return { state: 'closed', reason: 'not_planned' };
  if (last.kind === 'promote' && col === 'Production') return { state: 'closed', reason: 'completed' };
  return undefined;
}

function renderGateNote(
  event: Extract<BoardEvent, { type: 'gate' }>,
  spec: ExperimentSpec | undefined,
): string {
  const icon = event.verdict === 'pass' ? '✅' : event.verdict === 'fail' ? '❌' : '⚠️';
  const lines = [`### ${icon} Gate on PR #${event.pr}: ${event.verdict}`, ''];
  const names = Object.keys(event.metrics);
  if (names.length) {
    lines.push('| metric | candidate | target |', '| --- | --- | --- |');
    for (const m of names) {
      const target = spec && spec.metric === m ? fmt(spec.target) : '';
      lines.push(`| ${escapeText(m)} | ${fmt(event.metrics[m] ?? Number.NaN)} | ${target} |`);
    }
    lines.push('');
  }
  lines.push(
    event.verdict === 'fail'
      ? 'The gate failed, so this experiment cannot be promoted until a passing gate is linked. See the PR for the full report.'
      : 'See the PR for the full report. Next: `/iterate`, `/kill <learnings>`, or `/promote`.',
  );
  return lines.join('\n');
}
