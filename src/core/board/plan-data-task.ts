import { dataTaskForm, formFor, mlEngineeringForm } from '../experiment/forms.js';
import { parseForm, readDataTask } from '../experiment/parse.js';
import { DATA_STAGES, type DataStage, type ExperimentRecord } from '../experiment/record.js';
import { HELP, renderDataTaskLog, renderRefusal, renderValidation } from '../render/experiment.js';
import type { BoardEvent, CurrentState, IssuePlanner, IssueSnapshot } from './events.js';
import { COMMENT_KEYS, LABELS } from './keys.js';
import { diffLabels, emptyPlan, type Plan } from './plan.js';
import { stageLabel } from './settings.js';

const STAGE_LABELS = DATA_STAGES.map(stageLabel);
const HANDLED_CAP = 200;

/** Reads a stage from a command argument: `qa`, `QA`, `data-needed`, `Data needed`. */
export function matchStage(text: string): DataStage | undefined {
  const want = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  return DATA_STAGES.find((s) => s.toLowerCase() === want);
}

/** The stage a data task is in, from its `stage:*` label. */
export function stageOfLabels(labels: readonly string[]): DataStage | undefined {
  return DATA_STAGES.find((s) => labels.includes(stageLabel(s)));
}

/** Data tasks: validated like experiments, moved through their stages with `/stage`, shown by a `stage:*` label. */
export const planDataTask: IssuePlanner = (issue, current, event, ctx) => {
  const plan = emptyPlan();
  const record: ExperimentRecord = structuredClone(current.record);
  const { spec, problems } = readDataTask(dataTaskForm, issue.body);
  const labels = new Set(issue.labels);
  const nowIso = ctx.now.toISOString();
  let reply: string | undefined;

  if (event.type === 'opened' || event.type === 'edited' || event.type === 'reopened') {
    if (problems.length) {
      labels.add(LABELS.needsInfo);
      plan.comments.push({
        key: COMMENT_KEYS.validation,
        body: renderValidation(dataTaskForm.name, problems),
      });
    } else {
      labels.delete(LABELS.needsInfo);
      if (current.hasValidationComment)
        plan.comments.push({ key: COMMENT_KEYS.validation, body: renderValidation(dataTaskForm.name, []) });
    }
    if (!record.stages?.length && spec)
      record.stages = [{ stage: spec.stage, at: nowIso, by: ctx.actor ?? 'sprintlab' }];
  } else if (event.type === 'command' && !record.handled?.includes(event.commentId)) {
    // A command already in the record only re-derives its label below: a redelivery repairs it.
    const { name, rest } = event.command;
    if (name === 'stage') {
      const stage = matchStage(rest);
      if (!stage)
        reply = renderRefusal(name, `name a stage: ${DATA_STAGES.map((s) => `\`${s}\``).join(', ')}.`);
      else {
        record.stages = [...(record.stages ?? []), { stage, at: nowIso, by: event.by }];
        plan.summary.push(`stage ${stage}`);
      }
    } else if (name === 'help') reply = HELP;
    else
      reply = renderRefusal(
        name,
        'data tasks move with `/stage <stage>`; the other commands are for experiments.',
      );
    plan.reaction = reply && name !== 'help' ? 'confused' : 'rocket';
    record.handled = [...(record.handled ?? []), event.commentId].slice(-HANDLED_CAP);
    if (reply) plan.comments.push({ key: COMMENT_KEYS.reply(event.commentId), body: reply });
  }

  const stage = record.stages?.at(-1)?.stage ?? spec?.stage;
  for (const l of STAGE_LABELS) labels.delete(l);
  if (stage) labels.add(stageLabel(stage));
  const { add, remove } = diffLabels(issue.labels, labels, new Set([LABELS.needsInfo, ...STAGE_LABELS]));
  plan.addLabels = add;
  plan.removeLabels = remove;
  plan.comments.push({ key: COMMENT_KEYS.log, body: renderDataTaskLog(spec, record) });
  return plan;
};

/** ML engineering issues are only checked against their form. */
export function planMlEngineering(issue: IssueSnapshot, current: CurrentState, event: BoardEvent): Plan {
  const plan = emptyPlan();
  if (event.type === 'command') {
    const { name } = event.command;
    const body =
      name === 'help'
        ? HELP
        : renderRefusal(
            name,
            'ML engineering issues have no lifecycle commands; they are checked against their form only.',
          );
    plan.reaction = name === 'help' ? 'rocket' : 'confused';
    plan.comments.push({ key: COMMENT_KEYS.reply(event.commentId), body });
    return plan;
  }
  if (event.type !== 'opened' && event.type !== 'edited' && event.type !== 'reopened') return plan;
  const { problems } = parseForm(mlEngineeringForm, issue.body);
  const labels = new Set(issue.labels);
  if (problems.length) {
    labels.add(LABELS.needsInfo);
    plan.comments.push({
      key: COMMENT_KEYS.validation,
      body: renderValidation(formFor('ml-engineering').name, problems),
    });
  } else {
    labels.delete(LABELS.needsInfo);
    if (current.hasValidationComment)
      plan.comments.push({
        key: COMMENT_KEYS.validation,
        body: renderValidation(mlEngineeringForm.name, []),
      });
  }
  const { add, remove } = diffLabels(issue.labels, labels, new Set([LABELS.needsInfo]));
  plan.addLabels = add;
  plan.removeLabels = remove;
  return plan;
}
