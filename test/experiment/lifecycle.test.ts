import { describe, expect, it } from 'vitest';
import { experimentForm, READINESS_CHECKLIST } from '../../src/core/experiment/forms.js';
import { gapInPoints, killSignals } from '../../src/core/experiment/kill-criteria.js';
import { checkMove, type Move, TRANSITIONS } from '../../src/core/experiment/lifecycle.js';
import { readExperiment } from '../../src/core/experiment/parse.js';
import { COLUMNS, type ExperimentRecord, emptyRecord } from '../../src/core/experiment/record.js';
import { parseSlashCommand } from '../../src/core/experiment/slash-command.js';
import { experimentBody } from './bodies.js';

const now = new Date('2026-11-22T10:00:00Z');
const spec = readExperiment(experimentForm, experimentBody(), { now, createdAt: now }).spec!;
const ready = readExperiment(experimentForm, experimentBody({ readiness: READINESS_CHECKLIST }), {
  now,
  createdAt: now,
}).spec!;

const facts = (over: Partial<Parameters<typeof checkMove>[2]> = {}) => ({
  spec,
  record: emptyRecord(),
  blockingDataTasks: [],
  minLearnings: 20,
  ...over,
});

const withLog = (): ExperimentRecord => ({
  ...emptyRecord(),
  log: [{ at: 'x', by: 'a', metrics: { accuracy: 0.86 } }],
});
const withGate = (verdict: 'pass' | 'fail'): ExperimentRecord => ({
  ...withLog(),
  gates: [{ pr: 5, verdict, at: 'x' }],
});

describe('lifecycle transitions', () => {
  const allowed: [Move, string, string][] = [
    ['start', 'Hypothesis', 'Experiment'],
    ['evaluate', 'Experiment', 'Evaluation'],
    ['evaluate', 'Iteration', 'Evaluation'],
    ['iterate', 'Evaluation', 'Iteration'],
    ['kill', 'Evaluation', 'Killed'],
    ['kill', 'Experiment', 'Killed'],
    ['promote', 'Evaluation', 'Production'],
  ];
  it.each(allowed)('/%s moves %s to %s when its exit gate is met', (move, from, to) => {
    const f = facts({
      spec: ready,
      record: withGate('pass'),
      learnings: 'rank 16 adapters overfit the long tail of intents',
    });
    expect(checkMove(move, from as never, f)).toEqual({ ok: true, to });
  });

  it('refuses every move from a column the table does not allow, naming the columns', () => {
    for (const [move, t] of Object.entries(TRANSITIONS) as [Move, (typeof TRANSITIONS)[Move]][]) {
      for (const from of COLUMNS.filter((c) => !(t.from as readonly string[]).includes(c))) {
        const r = checkMove(
          move,
          from,
          facts({ spec: ready, record: withGate('pass'), learnings: 'x'.repeat(30) }),
        );
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toContain(`this one is in ${from}`);
      }
    }
  });

  it('/start needs a valid form and no open blocking data task', () => {
    const noSpec = checkMove('start', 'Hypothesis', facts({ spec: undefined }));
    expect(noSpec.ok === false && noSpec.reason).toMatch(/form has problems/);
    const blocked = checkMove('start', 'Hypothesis', facts({ blockingDataTasks: [12] }));
    expect(blocked.ok === false && blocked.reason).toMatch(/data is not ready: data task #12/);
  });

  it('/evaluate needs a logged result', () => {
    const r = checkMove('evaluate', 'Experiment', facts());
    expect(r.ok === false && r.reason).toMatch(/no results yet.*\/log accuracy=/);
    expect(checkMove('evaluate', 'Experiment', facts({ record: withLog() })).ok).toBe(true);
  });

  it('/kill needs learnings', () => {
    const r = checkMove('kill', 'Evaluation', facts({ learnings: 'meh' }));
    expect(r.ok === false && r.reason).toMatch(/learnings are required/);
  });

  it('/promote needs a passing gate and the readiness checklist', () => {
    const none = checkMove('promote', 'Evaluation', facts({ spec: ready }));
    expect(none.ok === false && none.reason).toMatch(/no gate result/);
    const failed = checkMove('promote', 'Evaluation', facts({ spec: ready, record: withGate('fail') }));
    expect(failed.ok === false && failed.reason).toMatch(/says fail/);
    const unticked = checkMove('promote', 'Evaluation', facts({ spec, record: withGate('pass') }));
    expect(unticked.ok === false && unticked.reason).toMatch(/checklist is incomplete/);
  });
});

describe('kill criteria', () => {
  const entry = (accuracy: number, gpuHours = 1) => ({ at: 'x', by: 'a', metrics: { accuracy }, gpuHours });

  it('fires on compute over twice the budget', () => {
    const s = killSignals(spec, [entry(0.86, 50), entry(0.87, 31)]);
    expect(s.map((x) => x.rule)).toEqual(['budget']);
    expect(killSignals(spec, [entry(0.86, 80)])).toEqual([]);
  });

  it('fires on a plateau of the last three values', () => {
    expect(
      killSignals(spec, [entry(0.7), entry(0.861), entry(0.862), entry(0.86)]).map((x) => x.rule),
    ).toEqual(['plateau']);
    expect(killSignals(spec, [entry(0.85), entry(0.86), entry(0.88)])).toEqual([]);
  });

  it('fires when the gap to target is over 15 points', () => {
    const s = killSignals(spec, [entry(0.7)]);
    expect(s.map((x) => x.rule)).toEqual(['gap']);
    expect(s[0]?.message).toMatch(/20 points short/);
    expect(gapInPoints({ goal: 'minimize', target: 400, baseline: 500 }, 480)).toBe(20);
  });
});

describe('slash commands', () => {
  it('reads the command, pairs and the rest from the first line', () => {
    expect(parseSlashCommand('/log accuracy=0.84 gpu_hours=6 warm restart\nmore detail')).toEqual({
      name: 'log',
      text: 'accuracy=0.84 gpu_hours=6 warm restart\nmore detail',
      pairs: { accuracy: '0.84', gpu_hours: '6' },
      rest: 'warm restart\nmore detail',
    });
    expect(parseSlashCommand('/KILL\r\nno gain over baseline')?.rest).toBe('no gain over baseline');
    expect(parseSlashCommand('Thanks! /start later')).toBeUndefined();
    expect(parseSlashCommand('')).toBeUndefined();
  });

  it('runs a command written as prose, up to three spaces in, after blank lines', () => {
    expect(parseSlashCommand('\n\n   /kill no gain\nat all')?.rest).toBe('no gain\nat all');
  });

  it('never runs a command shown in indented or fenced code, a quote or an HTML comment', () => {
    for (const shown of [
      '    /kill no gain',
      '\t/kill no gain',
      '\n    /promote',
      '```\n/kill no gain\n```',
      '~~~text\n/promote\n~~~',
      '> /kill no gain',
      '<!-- /kill no gain -->',
      '<!--\n/kill no gain\n-->',
    ])
      expect(parseSlashCommand(shown), JSON.stringify(shown)).toBeUndefined();
  });
});
