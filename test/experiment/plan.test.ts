import { describe, expect, it } from 'vitest';
import type { BoardEvent, IssueSnapshot, PlanContext } from '../../src/core/board/events.js';
import type { Plan } from '../../src/core/board/plan.js';
import { COMMENT_KEYS } from '../../src/core/board/plan-experiment.js';
import { planIssue } from '../../src/core/board/plan-issue.js';
import { NO_ACCESS_KEY, noAccessRepliedAt } from '../../src/core/board/plan-no-access.js';
import { boardSettings, parseProjectUrl } from '../../src/core/board/settings.js';
import { dataTaskForm, READINESS_CHECKLIST } from '../../src/core/experiment/forms.js';
import { currentColumn } from '../../src/core/experiment/record.js';
import { decodeRecord } from '../../src/core/experiment/record-codec.js';
import { parseSlashCommand } from '../../src/core/experiment/slash-command.js';
import { experimentBody, renderBody } from './bodies.js';

/** A tiny in-memory issue that plans are applied to, the way src/github applies them to GitHub. */
class FakeIssue {
  comments = new Map<string, string>();
  issue: IssueSnapshot;
  constructor(body: string, labels = ['experiment']) {
    this.issue = {
      number: 7,
      title: 'QLoRA',
      body,
      labels,
      state: 'open',
      createdAt: '2026-11-22T09:00:00Z',
    };
  }
  get record() {
    return decodeRecord(this.comments.get(COMMENT_KEYS.log));
  }
  apply(plan: Plan) {
    this.issue.labels = [
      ...this.issue.labels.filter((l) => !plan.removeLabels.includes(l)),
      ...plan.addLabels,
    ];
    for (const c of plan.comments) this.comments.set(c.key, c.body);
    if (plan.state) this.issue.state = plan.state.state;
    return plan;
  }
  send(event: BoardEvent, ctx: Partial<PlanContext> = {}) {
    const plan = planIssue(
      this.issue,
      {
        record: this.record,
        hasValidationComment: this.comments.has(COMMENT_KEYS.validation),
        noAccessRepliedAt: noAccessRepliedAt(this.comments.get(NO_ACCESS_KEY)),
      },
      event,
      {
        now: new Date('2026-11-22T10:00:00Z'),
        board: boardSettings({}),
        wipCounts: {},
        openDataTasks: [],
        actor: 'sprintlab',
        ...ctx,
      },
    );
    return this.apply(plan);
  }
}

let commentId = 100;
const cmd = (text: string, canWrite = true, by = 'ada'): BoardEvent => ({
  type: 'command',
  command: parseSlashCommand(text)!,
  commentId: ++commentId,
  by,
  canWrite,
});

describe('board plans for experiments', () => {
  it('puts a valid experiment in Hypothesis with a status label in labels-only mode', () => {
    const x = new FakeIssue(experimentBody());
    const plan = x.send({ type: 'opened' });
    expect(plan.addLabels).toEqual(['status:hypothesis']);
    expect(plan.column).toBeUndefined();
    expect(plan.comments.map((c) => c.key)).toEqual(['experiment-log']);
    expect(currentColumn(x.record)).toBe('Hypothesis');
  });

  it('sets the board column and no status label when a board is configured', () => {
    const x = new FakeIssue(experimentBody());
    const plan = x.send(
      { type: 'opened' },
      { board: boardSettings({ project: 'https://github.com/orgs/acme/projects/3' }) },
    );
    expect(plan.column).toBe('Hypothesis');
    expect(plan.addLabels).toEqual([]);
  });

  it('flags an invalid form with needs-info and one comment, then turns it to a pass when edited', () => {
    const x = new FakeIssue(experimentBody({ target: '0.5', budget: 'a lot' }));
    const first = x.send({ type: 'opened' });
    expect(first.addLabels).toEqual(['needs-info', 'status:backlog']);
    const validation = x.comments.get(COMMENT_KEYS.validation)!;
    expect(validation).toMatch(/needs a few fixes/);
    expect(validation).toMatch(/Compute budget .* is not a number/);
    x.issue.body = experimentBody();
    const fixed = x.send({ type: 'edited' });
    expect(fixed.removeLabels.sort()).toEqual(['needs-info', 'status:backlog']);
    expect(fixed.addLabels).toEqual(['status:hypothesis']);
    expect(x.comments.get(COMMENT_KEYS.validation)).toMatch(/form is complete/);
  });

  it('runs the whole journey to Killed, with learnings, closing as not planned', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    x.send(cmd('/start'));
    expect(x.issue.labels).toContain('status:experiment');
    const log = x.send(cmd('/log accuracy=0.86 gpu_hours=6 first run'));
    expect(log.reaction).toBe('rocket');
    expect(x.comments.get(COMMENT_KEYS.log)).toMatch(/\| 2026-11-22 \| ada \| 0\.86 \| 6 \| first run \|/);
    x.send(cmd('/evaluate'));
    const refused = x.send(cmd('/kill nope'));
    expect(refused.reaction).toBe('confused');
    expect(refused.state).toBeUndefined();
    const kill = x.send(cmd('/kill rank-16 adapters do not beat the baseline on long inputs'));
    expect(kill.state).toEqual({ state: 'closed', reason: 'not_planned' });
    expect(x.record.decisions).toEqual([
      expect.objectContaining({
        kind: 'kill',
        by: 'ada',
        learnings: 'rank-16 adapters do not beat the baseline on long inputs',
      }),
    ]);
    expect(x.record.history.map((h) => h.column)).toEqual([
      'Hypothesis',
      'Experiment',
      'Evaluation',
      'Killed',
    ]);
    expect(x.issue.labels).toEqual(['experiment', 'status:killed']);
  });

  it('promotes only after a passing gate and a complete checklist, closing as completed', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    x.send(cmd('/start'));
    x.send({ type: 'gate', pr: 12, checkRun: 1, verdict: 'pass', metrics: { accuracy: 0.91 } });
    expect(currentColumn(x.record)).toBe('Evaluation');
    expect(x.comments.get(COMMENT_KEYS.gate(12))).toMatch(
      /Gate on PR #12: pass[\s\S]*\| accuracy \| 0\.91 \| 0\.9 \|/,
    );
    const early = x.send(cmd('/promote'));
    expect(x.comments.get(COMMENT_KEYS.reply(commentId))).toMatch(/checklist is incomplete/);
    expect(early.state).toBeUndefined();
    x.issue.body = experimentBody({ readiness: READINESS_CHECKLIST });
    x.send({ type: 'edited' });
    const promote = x.send(cmd('/promote'));
    expect(promote.state).toEqual({ state: 'closed', reason: 'completed' });
    expect(currentColumn(x.record)).toBe('Production');
  });

  it('keeps a failed gate out of Production', () => {
    const x = new FakeIssue(experimentBody({ readiness: READINESS_CHECKLIST }));
    x.send({ type: 'opened' });
    x.send(cmd('/start'));
    x.send({ type: 'gate', pr: 3, checkRun: 9, verdict: 'fail', metrics: { accuracy: 0.8 } });
    const p = x.send(cmd('/promote'));
    expect(p.reaction).toBe('confused');
    expect(x.comments.get(COMMENT_KEYS.reply(commentId))).toMatch(/says fail/);
  });

  it('changes nothing the second time the same command or gate is delivered: the same record, no reply', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    const start = cmd('/start');
    x.send(start);
    const log = x.comments.get(COMMENT_KEYS.log);
    expect(x.send(start)).toEqual({
      addLabels: [],
      removeLabels: [],
      comments: [{ key: COMMENT_KEYS.log, body: log }],
      summary: [],
    });
    const gate: BoardEvent = { type: 'gate', pr: 1, checkRun: 77, verdict: 'warn', metrics: {} };
    x.send(gate);
    const afterGate = x.comments.get(COMMENT_KEYS.log);
    expect(x.send(gate).comments).toEqual([{ key: COMMENT_KEYS.log, body: afterGate }]);
    expect(x.record.gates).toHaveLength(1);
  });

  it('keeps the log under the comment limit after 500 gate runs, with their count, first, last and best', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    x.send(cmd('/start'));
    for (let i = 0; i < 500; i++) {
      const accuracy = i === 123 ? 0.97 : 0.85 + (i % 7) / 100;
      const verdict = i % 5 === 0 ? 'fail' : 'pass';
      x.send({
        type: 'gate',
        pr: 1000 + i,
        checkRun: 9000 + i,
        verdict,
        metrics: { accuracy },
        title: `${verdict}: run ${i}`,
      });
    }
    const log = x.comments.get(COMMENT_KEYS.log) ?? '';
    expect(log.length).toBeLessThan(65_536);
    const gates = x.record.gates;
    const summary = gates[0]?.summarised;
    expect((summary?.count ?? 0) + gates.length - 1).toBe(500);
    expect(summary?.verdicts).toEqual({
      fail: 100 - gates.slice(1).filter((g) => g.verdict === 'fail').length,
      pass: expect.any(Number),
    });
    expect(summary?.first).toMatchObject({ pr: 1000, verdict: 'fail' });
    expect(gates.at(-1)).toMatchObject({ pr: 1499, checkRun: 9499 });
    expect(gates[0]).toMatchObject({ pr: 1123, metrics: { accuracy: 0.97 } });
    expect(log).toMatch(
      /- \d+ earlier gate runs \(\d+ fail, \d+ pass\): first PR #1000 \*\*fail\*\*.*best accuracy 0\.97 on PR #1123/,
    );
    // A folded run delivered again is still recognised (the latest 300 folded runs are remembered).
    const again = x.send({
      type: 'gate',
      pr: 1300,
      checkRun: 9300,
      verdict: 'pass',
      metrics: { accuracy: 0.9 },
    });
    expect(again.comments.map((c) => c.key)).toEqual([COMMENT_KEYS.log]);
    expect(x.comments.get(COMMENT_KEYS.log)).toBe(log);
  });

  it('cuts a 40,000-character /log note visibly instead of failing the comment', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    x.send(cmd('/start'));
    x.send(cmd(`/log accuracy=0.86 ${'y'.repeat(40_000)}`));
    const note = x.record.log[0]?.note ?? '';
    expect(note).toMatch(
      /^y{1000} … \(cut at 1000 characters; the full text is in the comment that gave it\)$/,
    );
    expect((x.comments.get(COMMENT_KEYS.log) ?? '').length).toBeLessThan(65_536);
  });

  it('keeps the log under the comment limit with 300 long open blockers, counting the older ones', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    x.send(cmd('/start'));
    for (let i = 0; i < 300; i++) x.send(cmd(`/block waiting on ${i} ${'q'.repeat(2000)}`));
    expect((x.comments.get(COMMENT_KEYS.log) ?? '').length).toBeLessThan(65_536);
    const blockers = x.record.blockers;
    expect(blockers[0]).toMatchObject({
      text: `${300 - blockers.length + 1} earlier blockers`,
      count: 300 - blockers.length + 1,
    });
    expect(blockers.at(-1)?.text).toMatch(/^waiting on 299 q+ … \(cut at 500 characters/);
  });

  it('a redelivered /block or /unblock whose label change failed sets the label from the record', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    const block = cmd('/block data');
    x.send(block);
    x.issue.labels = x.issue.labels.filter((l) => l !== 'blocked');
    expect(x.send(block).addLabels).toEqual(['blocked']);
    const unblock = cmd('/unblock');
    x.send(unblock);
    x.issue.labels = [...x.issue.labels, 'blocked'];
    expect(x.send(unblock).removeLabels).toEqual(['blocked']);
  });

  it('a redelivered /kill whose closing did not happen closes the issue from the record', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    x.send(cmd('/start'));
    const kill = cmd('/kill the adapters never beat the baseline');
    expect(x.send(kill).state).toEqual({ state: 'closed', reason: 'not_planned' });
    // The record was written, then the close failed: the issue is still open.
    x.issue.state = 'open';
    const again = x.send(kill);
    expect(again.state).toEqual({ state: 'closed', reason: 'not_planned' });
    expect(again.reaction).toBeUndefined();
    expect(x.record.decisions).toHaveLength(1);
  });

  it('refuses a command from someone without write access and changes nothing else', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    const p = x.send(cmd('/kill this is a long enough learning text', false, 'mallory'));
    expect(p.reaction).toBe('confused');
    expect(p.state).toBeUndefined();
    expect(p.comments).toHaveLength(1);
    expect(p.comments[0]?.body).toMatch(/only people with write access/);
    expect(currentColumn(x.record)).toBe('Hypothesis');
  });

  it('answers people without write access at most once an hour on an issue, with one reaction each time', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    const at = (iso: string) => ({ now: new Date(iso) });
    const first = x.send(cmd('/start', false, 'mallory'), at('2026-11-22T10:00:00Z'));
    expect(first.reaction).toBe('confused');
    expect(first.comments.map((c) => c.key)).toEqual([NO_ACCESS_KEY]);
    const soon = x.send(cmd('/kill it is mine to kill', false, 'mallory'), at('2026-11-22T10:59:00Z'));
    expect(soon).toMatchObject({ reaction: 'confused', comments: [], addLabels: [], removeLabels: [] });
    const later = x.send(cmd('/start', false, 'eve'), at('2026-11-22T11:01:00Z'));
    expect(later.comments.map((c) => c.key)).toEqual([NO_ACCESS_KEY]);
    expect(currentColumn(x.record)).toBe('Hypothesis');
  });

  it('keeps an experiment opened by someone without triage access in Backlog until a maintainer /starts it', () => {
    const x = new FakeIssue(experimentBody());
    const opened = x.send({ type: 'opened', outsider: true });
    expect(opened.comments.map((c) => c.key)).toContain(COMMENT_KEYS.triage);
    expect(currentColumn(x.record)).toBe('Backlog');
    x.send({ type: 'edited' });
    expect(currentColumn(x.record)).toBe('Backlog');
    x.send(cmd('/start'));
    expect(currentColumn(x.record)).toBe('Experiment');
    expect(x.record.awaitsTriage).toBeUndefined();
  });

  it('says on the issue why a valid form was not moved into a full column', () => {
    const x = new FakeIssue(experimentBody());
    const board = boardSettings({ wip: { Hypothesis: 2 }, wip_mode: 'refuse' });
    const p = x.send({ type: 'opened' }, { board, wipCounts: { Hypothesis: 2 } });
    expect(p.comments.find((c) => c.key === COMMENT_KEYS.wip)?.body).toBe(
      '⚠️ Not moved to **Hypothesis**: Hypothesis is at its WIP limit (2); finish or kill an experiment there first.',
    );
    expect(currentColumn(x.record)).toBe('Backlog');
  });

  it('refuses /start while a blocking data task is open, either way it is linked', () => {
    const x = new FakeIssue(experimentBody({ data_tasks: '#12' }));
    x.send({ type: 'opened' });
    x.send(cmd('/start'), { openDataTasks: [{ number: 12, blocks: [] }] });
    expect(x.comments.get(COMMENT_KEYS.reply(commentId))).toMatch(/data task #12 is still open/);
    x.send(cmd('/start'), { openDataTasks: [{ number: 30, blocks: [7] }] });
    expect(x.comments.get(COMMENT_KEYS.reply(commentId))).toMatch(/#30/);
    x.send(cmd('/start'), { openDataTasks: [{ number: 31, blocks: [8] }] });
    expect(currentColumn(x.record)).toBe('Experiment');
  });

  it('suggests a kill when /log trips a kill criterion', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    x.send(cmd('/start'));
    x.send(cmd('/log accuracy=0.86 gpu_hours=85'));
    expect(x.comments.get(COMMENT_KEYS.reply(commentId))).toMatch(/Kill criteria met[\s\S]*budget/);
    const bad = x.send(cmd('/log accuracy=high'));
    expect(bad.reaction).toBe('confused');
    expect(x.record.log).toHaveLength(1);
  });

  it('reopens an experiment closed without a decision', () => {
    const x = new FakeIssue(experimentBody());
    x.send({ type: 'opened' });
    x.issue.state = 'closed';
    const p = x.send({ type: 'closed' });
    expect(p.state).toEqual({ state: 'open', reason: 'reopened' });
    expect(x.comments.get(COMMENT_KEYS.closed)).toMatch(/without a recorded decision/);
  });

  it('warns or refuses over a WIP limit', () => {
    const warn = new FakeIssue(experimentBody());
    warn.send({ type: 'opened' });
    const board = { wip: { Experiment: 2 }, wip_mode: 'warn' as const };
    warn.send(cmd('/start'), { board: boardSettings(board), wipCounts: { Experiment: 2 } });
    expect(currentColumn(warn.record)).toBe('Experiment');
    expect(warn.issue.labels).toContain('over-wip');
    expect(warn.comments.get(COMMENT_KEYS.wip)).toMatch(/3 experiments for a limit of 2/);

    const refuse = new FakeIssue(experimentBody());
    refuse.send({ type: 'opened' });
    refuse.send(cmd('/start'), {
      board: boardSettings({ ...board, wip_mode: 'refuse' }),
      wipCounts: { Experiment: 2 },
    });
    expect(currentColumn(refuse.record)).toBe('Hypothesis');
    expect(refuse.comments.get(COMMENT_KEYS.reply(commentId))).toMatch(
      /`\/start` was not applied: Experiment is at its WIP limit \(2\)/,
    );
  });

  it('asks for a decision past the time box, and only for active experiments', () => {
    const x = new FakeIssue(experimentBody({ time_box: '2026-11-30' }));
    x.send({ type: 'opened' });
    const later = { now: new Date('2026-12-05T06:00:00Z') };
    const p = x.send({ type: 'time-box' }, later);
    expect(p.addLabels).toContain('time-box-overrun');
    expect(x.comments.get(COMMENT_KEYS.timeBox)).toMatch(/ended on 2026-11-30/);
    const early = new FakeIssue(experimentBody({ time_box: '2026-12-30' }));
    early.send({ type: 'opened' });
    expect(early.send({ type: 'time-box' }, later).comments.map((c) => c.key)).toEqual(['experiment-log']);
  });

  it('does not call a running experiment invalid once its time box has passed', () => {
    const x = new FakeIssue(experimentBody({ time_box: '2026-11-30' }));
    x.send({ type: 'opened' });
    x.send(cmd('/start'));
    const later = { now: new Date('2026-12-05T06:00:00Z') };
    const edit = x.send({ type: 'edited' }, later);
    expect(edit.addLabels).toEqual([]);
    expect(x.comments.has(COMMENT_KEYS.validation)).toBe(false);
  });

  it('leaves issues from no Sprintlab form alone', () => {
    const x = new FakeIssue('hello', ['bug']);
    expect(x.send({ type: 'opened' }).comments).toEqual([]);
  });
});

describe('board plans for data tasks', () => {
  it('moves through the stages with /stage and labels the stage', () => {
    const x = new FakeIssue(
      renderBody(dataTaskForm, {
        source: 'logs',
        volume: '100',
        quality_gate: 'kappa',
        blocking_experiments: '#7',
      }),
      ['data-task'],
    );
    expect(x.send({ type: 'opened' }).addLabels).toEqual(['stage:data-needed']);
    const p = x.send(cmd('/stage annotation'));
    expect(p.addLabels).toEqual(['stage:annotation']);
    expect(p.removeLabels).toEqual(['stage:data-needed']);
    x.send(cmd('/stage nowhere'));
    expect(x.comments.get(COMMENT_KEYS.reply(commentId))).toMatch(/name a stage/);
  });

  it('a redelivered /stage whose label change failed sets the label from the record', () => {
    const x = new FakeIssue(
      renderBody(dataTaskForm, {
        source: 'logs',
        volume: '100',
        quality_gate: 'kappa',
        blocking_experiments: '#7',
      }),
      ['data-task'],
    );
    x.send({ type: 'opened' });
    const stage = cmd('/stage qa');
    x.send(stage);
    // The record was written; the label change after it failed.
    x.issue.labels = ['data-task', 'stage:data-needed'];
    const again = x.send(stage);
    expect(again).toMatchObject({ addLabels: ['stage:qa'], removeLabels: ['stage:data-needed'] });
    expect(again.reaction).toBeUndefined();
    expect(x.record.stages?.map((s) => s.stage)).toEqual(['Data needed', 'QA']);
  });
});

describe('board settings', () => {
  it('reads org and user project URLs and refuses others with a fix', () => {
    expect(parseProjectUrl('https://github.com/orgs/acme/projects/3')).toMatchObject({
      ownerType: 'organization',
      owner: 'acme',
      number: 3,
    });
    expect(parseProjectUrl('https://github.com/users/ada/projects/12/views/1')).toMatchObject({
      ownerType: 'user',
      owner: 'ada',
      number: 12,
    });
    expect(() => parseProjectUrl('https://github.com/acme/repo/projects/1')).toThrow(
      /not a Projects board URL/,
    );
  });
  it('is labels-only without a project', () => {
    expect(boardSettings(undefined)).toMatchObject({
      project: undefined,
      field: 'Status',
      wipMode: 'warn',
      minLearnings: 20,
    });
    expect(
      boardSettings({ project: 'https://github.com/orgs/a/projects/1', labels_only: true }).project,
    ).toBeUndefined();
  });
});

describe('issues whose form label was not applied', () => {
  it('are recognised by their headings and given the type label', () => {
    const x = new FakeIssue(experimentBody(), []);
    const plan = x.send({ type: 'opened' });
    expect(plan.addLabels).toEqual(['experiment', 'status:hypothesis']);
    expect(currentColumn(x.record)).toBe('Hypothesis');
    expect(new FakeIssue('### Hypothesis\n\nonly one heading', []).send({ type: 'opened' }).comments).toEqual(
      [],
    );
  });
});

describe('ML engineering issues', () => {
  it('answer /help and refuse lifecycle commands', () => {
    const body = '### Area\n\ninfra\n\n### Description\n\nGPU pool autoscaling';
    const x = new FakeIssue(body, ['ml-engineering']);
    expect(x.send({ type: 'opened' }).addLabels).toEqual([]);
    expect(x.send(cmd('/help')).reaction).toBe('rocket');
    const start = x.send(cmd('/start'));
    expect(start.reaction).toBe('confused');
    expect(start.comments[0]?.body).toMatch(/no lifecycle commands/);
  });
});
