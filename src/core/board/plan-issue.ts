import { formOfLabels } from '../experiment/forms.js';
import type { BoardEvent, CurrentState, IssueSnapshot, PlanContext } from './events.js';
import { emptyPlan, type Plan } from './plan.js';
import { planDataTask, planMlEngineering } from './plan-data-task.js';
import { planExperiment } from './plan-experiment.js';

/** The plan for any Sprintlab issue, chosen by the type label its form set; other issues get none. */
export function planIssue(
  issue: IssueSnapshot,
  current: CurrentState,
  event: BoardEvent,
  ctx: PlanContext,
): Plan {
  const form = formOfLabels(issue.labels);
  if (!form) return emptyPlan();
  if (form.kind === 'experiment') return planExperiment(issue, current, event, ctx);
  if (form.kind === 'data-task') return planDataTask(issue, current, event, ctx);
  return planMlEngineering(issue, current, event);
}
