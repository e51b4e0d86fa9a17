import { describe, expect, it } from 'vitest';
import { dataTaskForm, experimentForm, READINESS_CHECKLIST } from '../../src/core/experiment/forms.js';
import {
  parseForm,
  parseIssueRefs,
  readDataTask,
  readExperiment,
  resolveTimeBox,
} from '../../src/core/experiment/parse.js';
import { experimentBody, renderBody } from './bodies.js';

const now = new Date('2026-11-22T10:00:00Z');
const opts = { now, createdAt: now };

describe('parsing an experiment issue', () => {
  it('reads every field of a valid form into a typed spec', () => {
    const { spec, problems } = readExperiment(
      experimentForm,
      experimentBody({ data_tasks: '#12, 15' }),
      opts,
    );
    expect(problems).toEqual([]);
    expect(spec).toMatchObject({
      metric: 'accuracy',
      goal: 'maximize',
      baseline: 0.84,
      target: 0.9,
      budgetGpuHours: 40,
      timeBox: '2026-12-31',
      mode: 'explore',
      dataTasks: [12, 15],
    });
    expect(spec?.killCriteria).toBeUndefined();
    expect(spec?.readiness.missing).toEqual(READINESS_CHECKLIST);
  });

  it("keeps a user's own ### heading inside a textarea as part of that answer", () => {
    const method = 'Two phases.\n\n### Phase 1\nwarm up\n\n### Phase 2\nfine-tune';
    const { spec, problems } = readExperiment(experimentForm, experimentBody({ method }), opts);
    expect(problems).toEqual([]);
    expect(spec?.method).toContain('### Phase 1');
    expect(spec?.method).toContain('fine-tune');
    expect(spec?.dataset).toBe('support-eval-500 @ v3');
  });

  it('keeps a ### in the middle of a line, and a bare ### line, inside the answer', () => {
    const hypothesis = 'see ### above\n###\nstill the hypothesis';
    const { spec } = readExperiment(experimentForm, experimentBody({ hypothesis }), opts);
    expect(spec?.hypothesis).toBe(hypothesis);
  });

  it('reads CRLF bodies like LF ones', () => {
    const lf = readExperiment(experimentForm, experimentBody({}, '\n'), opts);
    const crlf = readExperiment(experimentForm, experimentBody({}, '\r\n'), opts);
    expect(crlf.problems).toEqual([]);
    expect(crlf.spec).toEqual(lf.spec);
  });

  it('treats _No response_ as empty and says which required field is missing', () => {
    const { spec, problems } = readExperiment(
      experimentForm,
      experimentBody({ hypothesis: undefined }),
      opts,
    );
    expect(spec).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ field: 'hypothesis', label: 'Hypothesis', problem: 'is empty' }),
    ]);
    expect(problems[0]?.fix).toMatch(/Edit the issue/);
  });

  it('treats an empty dropdown (None) as missing', () => {
    const { problems } = readExperiment(experimentForm, experimentBody({ goal: 'None' }), opts);
    expect(problems.map((p) => p.field)).toEqual(['goal']);
  });

  it('reads ticked checkboxes', () => {
    const ticked = READINESS_CHECKLIST.slice(0, 2);
    const { spec } = readExperiment(experimentForm, experimentBody({ readiness: ticked }), opts);
    expect(spec?.readiness.done).toEqual(ticked);
    expect(spec?.readiness.missing).toEqual(READINESS_CHECKLIST.slice(2));
  });

  it('asks for numbers where numbers are asked', () => {
    const { problems } = readExperiment(
      experimentForm,
      experimentBody({ baseline: 'about 0.8', budget: 'lots' }),
      opts,
    );
    expect(problems.map((p) => [p.field, p.problem])).toEqual([
      ['baseline', 'is not a number'],
      ['budget', 'is not a number'],
    ]);
  });

  it('needs a budget above 0', () => {
    const { problems } = readExperiment(experimentForm, experimentBody({ budget: '0' }), opts);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'budget', problem: 'must be greater than 0' }),
    ]);
  });

  it('needs the target beyond the baseline in the goal direction', () => {
    const max = readExperiment(experimentForm, experimentBody({ target: '0.80' }), opts);
    expect(max.problems[0]).toMatchObject({ field: 'target' });
    expect(max.problems[0]?.problem).toMatch(/below the baseline .* maximize/);
    const min = readExperiment(
      experimentForm,
      experimentBody({ goal: 'minimize', baseline: '400', target: '350' }),
      opts,
    );
    expect(min.problems).toEqual([]);
    const minBad = readExperiment(
      experimentForm,
      experimentBody({ goal: 'minimize', baseline: '400', target: '450' }),
      opts,
    );
    expect(minBad.problems[0]?.problem).toMatch(/above the baseline/);
    const same = readExperiment(experimentForm, experimentBody({ target: '0.84' }), opts);
    expect(same.problems[0]?.problem).toBe('equals the baseline');
  });

  it('refuses a time box in the past, an impossible date, or gibberish', () => {
    expect(
      readExperiment(experimentForm, experimentBody({ time_box: '2026-11-01' }), opts).problems[0]?.problem,
    ).toMatch(/in the past/);
    expect(
      readExperiment(experimentForm, experimentBody({ time_box: '2026-02-30' }), opts).problems[0]?.problem,
    ).toMatch(/not a real date/);
    expect(
      readExperiment(experimentForm, experimentBody({ time_box: 'soon' }), opts).problems[0]?.field,
    ).toBe('time_box');
    expect(readExperiment(experimentForm, experimentBody({ time_box: '2026-11-22' }), opts).problems).toEqual(
      [],
    );
  });

  it('resolves a duration from the creation date', () => {
    expect(resolveTimeBox('2 weeks', new Date('2026-11-01T12:00:00Z'))).toBe('2026-11-15');
    expect(resolveTimeBox('10 days', new Date('2026-11-01T12:00:00Z'))).toBe('2026-11-11');
    const { spec } = readExperiment(experimentForm, experimentBody({ time_box: '3w' }), opts);
    expect(spec?.timeBox).toBe('2026-12-13');
  });

  it('lists several problems in form order, one per field', () => {
    const { problems } = readExperiment(
      experimentForm,
      experimentBody({ target: 'x', hypothesis: undefined, goal: 'None' }),
      opts,
    );
    expect(problems.map((p) => p.field)).toEqual(['hypothesis', 'goal', 'target']);
  });

  it('reads an empty or foreign body as all fields missing', () => {
    expect(parseForm(experimentForm, '').problems.length).toBe(
      experimentForm.fields.filter((f) => f.required).length,
    );
    expect(parseForm(experimentForm, 'Just some text, no form').problems.length).toBeGreaterThan(5);
  });

  it('reads issue references', () => {
    expect(parseIssueRefs('#12, #15 #12')).toEqual([12, 15]);
    expect(parseIssueRefs(undefined)).toEqual([]);
  });
});

describe('parsing a data task', () => {
  it('reads the stage and the experiments it blocks', () => {
    const body = renderBody(dataTaskForm, {
      source: 'support logs',
      volume: '5000',
      quality_gate: 'kappa >= 0.8',
      blocking_experiments: '#7, #9',
      stage: 'Collection',
    });
    const { spec, problems } = readDataTask(dataTaskForm, body);
    expect(problems).toEqual([]);
    expect(spec).toEqual({
      source: 'support logs',
      volume: 5000,
      qualityGate: 'kappa >= 0.8',
      blockingExperiments: [7, 9],
      stage: 'Collection',
    });
  });

  it('starts at Data needed when no stage is picked', () => {
    const body = renderBody(dataTaskForm, { source: 's', volume: '10', quality_gate: 'q' });
    expect(readDataTask(dataTaskForm, body).spec?.stage).toBe('Data needed');
  });
});
