import { dataTaskForm, experimentForm } from '../../src/core/experiment/forms.js';
import type { ExperimentRecord } from '../../src/core/experiment/record.js';
import { encodeRecord } from '../../src/core/experiment/record-codec.js';
import { isoWeekName } from '../../src/core/report/sprints.js';
import { stickyMarker } from '../../src/github/sticky-comment.js';
import { renderBody } from '../experiment/bodies.js';
import type { GitHubState } from '../support/github-standin.js';

const DAY = 86_400_000;

export interface SeedSummary {
  experiments: number;
  dataTasks: number;
  /** Experiments whose experiment-log comment sits behind other comments. */
  buriedLogs: number;
  previousWeekIssue: number;
  olderClosedIssue: number;
}

/**
 * A busy repository: `n` experiment issues opened over the last eight weeks, each with the form body
 * and the app's sticky experiment-log comment (the record as the app writes it), plus data tasks and
 * last week's open status issue. Deterministic for a given `now`.
 */
export function seedRepository(state: GitHubState, now: Date, n = 1000, dataTasks = 20): SeedSummary {
  const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const nowMs = now.getTime();
  let buried = 0;
  for (let i = 0; i < n; i++) {
    const age = 3 + (i % 53) + (i % 7) / 10; // days since opening
    const created = nowMs - age * DAY;
    const record: ExperimentRecord = {
      version: 1,
      history: [{ column: 'Hypothesis', at: at(created) }],
      log: [],
      decisions: [],
      gates: [],
      blockers: [],
    };
    if (i % 5 !== 0) record.history.push({ column: 'Experiment', at: at(created + DAY) });
    if (i % 5 !== 0 && age > 2.5) {
      // Accuracy creeps up over the weeks: later experiments log better values.
      const accuracy = Number((0.8 + (56 - age) * 0.0012 + (i % 10) * 0.0004).toFixed(4));
      record.log.push({
        at: at(created + 2 * DAY),
        by: 'mira',
        metrics: { accuracy },
        gpuHours: 2 + (i % 9),
      });
    }
    if (i % 5 !== 0 && age > 10) {
      record.history.push({ column: 'Evaluation', at: at(created + 8 * DAY) });
      if (i % 13 === 0) {
        record.history.push({ column: 'Production', at: at(created + 9 * DAY) });
        record.decisions.push({
          kind: 'promote',
          at: at(created + 9 * DAY),
          by: 'mira',
          learnings: `Variant ${i} holds on every slice.`,
        });
      } else if (i % 4 === 0) {
        record.history.push({ column: 'Killed', at: at(created + 9 * DAY) });
        record.decisions.push({
          kind: 'kill',
          at: at(created + 9 * DAY),
          by: 'mira',
          learnings: `Variant ${i} plateaued; @team see the log | table-breaking <b>text</b>.`,
        });
      }
    }
    const decided = record.decisions.length > 0;
    const issue = state.addIssue({
      title: `Experiment ${i}: variant ${i % 17}`,
      labels: ['experiment'],
      body: renderBody(experimentForm, {
        hypothesis: `Variant ${i} improves accuracy.`,
        method: 'Fine-tune and evaluate on 5 seeds.',
        dataset: 'support-eval-500 @ v3',
        model: 'llama-3-8b',
        metric: 'accuracy',
        goal: 'maximize',
        baseline: '0.84',
        target: '0.90',
        budget: String(10 + (i % 20)),
        time_box: `${Math.max(1, Math.round(age / 7) + (i % 3) - 1)} weeks`,
        success_criteria: 'accuracy >= 0.90',
        mode: i % 2 ? 'explore' : 'exploit',
      }),
      created_at: at(created),
      state: decided ? 'closed' : 'open',
      ...(decided ? { closed_at: record.decisions[0]!.at } : {}),
    });
    const log = `${stickyMarker('experiment-log')}\n### Experiment log\n\n${encodeRecord(record)}`;
    if (i % 40 === 0) {
      buried++;
      for (let c = 0; c < 4; c++)
        state.addComment(issue.number, `Discussion ${c} on variant ${i}.`, {
          user: 'mira',
          created_at: at(created + 3600_000 * (c + 1)),
        });
    }
    state.addComment(issue.number, log, { user: 'sprintlab[bot]', created_at: at(created + 5 * 3600_000) });
  }
  for (let d = 0; d < dataTasks; d++) {
    const created = nowMs - (10 + d) * DAY;
    const ready = d % 3 === 0;
    const record: ExperimentRecord = {
      version: 1,
      history: [],
      log: [],
      decisions: [],
      gates: [],
      blockers: [],
      stages: [
        { stage: 'Data needed', at: at(created) },
        ...(ready ? [{ stage: 'Ready' as const, at: at(created + 4 * DAY) }] : []),
      ],
    };
    const issue = state.addIssue({
      title: `Data task ${d}`,
      labels: ['data-task'],
      body: renderBody(dataTaskForm, {
        source: 'support tickets',
        volume: '5000',
        quality_gate: 'kappa >= 0.8',
        blocking_experiments: `#${d * 7 + 2}`,
        stage: 'Data needed',
      }),
      created_at: at(created),
      state: ready ? 'closed' : 'open',
      ...(ready ? { closed_at: at(created + 4 * DAY) } : {}),
    });
    state.addComment(issue.number, `${stickyMarker('experiment-log')}\n${encodeRecord(record)}`, {
      user: 'sprintlab[bot]',
      created_at: at(created + 3600_000),
    });
  }
  const lastWeek = isoWeekName(new Date(nowMs - 7 * DAY));
  const older = state.addIssue({
    title: `Sprint status ${isoWeekName(new Date(nowMs - 14 * DAY))}`,
    labels: ['sprint-status'],
    state: 'closed',
    created_at: at(nowMs - 14 * DAY),
  });
  const previous = state.addIssue({
    title: `Sprint status ${lastWeek}`,
    labels: ['sprint-status'],
    body: `<!-- sprintlab:status-report {"week":"${lastWeek}"} -->\nlast week`,
    created_at: at(nowMs - 7 * DAY),
  });
  return {
    experiments: n,
    dataTasks,
    buriedLogs: buried,
    previousWeekIssue: previous.number,
    olderClosedIssue: older.number,
  };
}
