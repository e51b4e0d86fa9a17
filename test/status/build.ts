import type { ExperimentRecord } from '../../src/core/experiment/record.js';
import type { IssueSnapshot } from '../../src/core/report/snapshot.js';

/** A compact way to write experiment snapshots in tests: days are offsets from a fixed Monday. */
export const MONDAY = Date.parse('2026-11-16T00:00:00Z'); // 2026-W47
export const day = (d: number, hour = 12) =>
  new Date(MONDAY + d * 86_400_000 + hour * 3_600_000).toISOString();

export function experiment(
  number: number,
  over: Partial<Omit<IssueSnapshot, 'record'>> & { record?: Partial<ExperimentRecord> } = {},
): IssueSnapshot {
  const { record, ...rest } = over;
  return {
    number,
    title: `Experiment ${number}`,
    url: `https://github.com/acme/models/issues/${number}`,
    kind: 'experiment',
    state: 'open',
    createdAt: day(-30),
    labels: ['experiment'],
    form: {},
    ...rest,
    record: { version: 1, history: [], log: [], decisions: [], gates: [], blockers: [], ...record },
  };
}

export function dataTask(
  number: number,
  data: IssueSnapshot['data'],
  over: Partial<IssueSnapshot> = {},
): IssueSnapshot {
  return {
    ...experiment(number),
    kind: 'data-task',
    labels: ['data-task'],
    title: `Data ${number}`,
    data,
    ...over,
  };
}
