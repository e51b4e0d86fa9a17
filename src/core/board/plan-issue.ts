import { formOfIssue } from '../experiment/forms.js';
import type { IssuePlanner } from './events.js';
import { emptyPlan } from './plan.js';
import { planDataTask, planMlEngineering } from './plan-data-task.js';
import { planExperiment } from './plan-experiment.js';
import { planNoAccess } from './plan-no-access.js';

/** The plan for any Sprintlab issue, chosen by the form it came from; other issues get none. */
export const planIssue: IssuePlanner = (issue, current, event, ctx) => {
  const form = formOfIssue(issue.labels, issue.body);
  if (!form) return emptyPlan();
  if (event.type === 'command' && !event.canWrite)
    return planNoAccess(event.command.name, event.by, current.noAccessRepliedAt, ctx.now);
  // Recognised by its headings: give it the type label, so the board and the report find it too.
  const labelled = issue.labels.includes(form.label)
    ? issue
    : { ...issue, labels: [...issue.labels, form.label] };
  const plan =
    form.kind === 'experiment'
      ? planExperiment(labelled, current, event, ctx)
      : form.kind === 'data-task'
        ? planDataTask(labelled, current, event, ctx)
        : planMlEngineering(labelled, current, event);
  if (labelled !== issue) plan.addLabels = [form.label, ...plan.addLabels];
  return plan;
};
