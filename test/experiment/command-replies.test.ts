import { describe, expect, it } from 'vitest';
import type { BoardEvent, IssueSnapshot, PlanContext } from '../../src/core/board/events.js';
import type { Plan } from '../../src/core/board/plan.js';
import { COMMENT_KEYS } from '../../src/core/board/plan-experiment.js';
import { planIssue } from '../../src/core/board/plan-issue.js';
import { boardSettings } from '../../src/core/board/settings.js';
import { currentColumn } from '../../src/core/experiment/record.js';
import { decodeRecord } from '../../src/core/experiment/record-codec.js';
import {
  COMMAND_NAMES,
  isForSprintlab,
  parseSlashCommand,
  suggestCommand,
} from '../../src/core/experiment/slash-command.js';
import { experimentBody } from './bodies.js';

/** One experiment issue with its sticky comments, planned against event by event. */
function experiment(body = experimentBody()) {
  const comments = new Map<string, string>();
  const issue: IssueSnapshot = {
    number: 9,
    title: 'QLoRA',
    body,
    labels: ['experiment'],
    state: 'open',
    createdAt: '2026-11-22T09:00:00Z',
  };
  let id = 500;
  const clock = { now: new Date('2026-11-22T10:00:00Z') };
  const send = (event: BoardEvent, ctx: Partial<PlanContext> = {}): Plan => {
    const plan = planIssue(
      issue,
      {
        record: decodeRecord(comments.get(COMMENT_KEYS.log)),
        hasValidationComment: comments.has(COMMENT_KEYS.validation),
      },
      event,
      { now: clock.now, board: boardSettings({}), wipCounts: {}, openDataTasks: [], ...ctx },
    );
    issue.labels = [...issue.labels.filter((l) => !plan.removeLabels.includes(l)), ...plan.addLabels];
    for (const c of plan.comments) comments.set(c.key, c.body);
    if (plan.state) issue.state = plan.state.state;
    return plan;
  };
  const say = (text: string) => {
    const commentId = ++id;
    const plan = send({
      type: 'command',
      command: parseSlashCommand(text)!,
      commentId,
      by: 'ada',
      canWrite: true,
    });
    return { plan, reply: comments.get(COMMENT_KEYS.reply(commentId)) };
  };
  send({ type: 'opened' });
  return { say, send, comments, issue, clock, record: () => decodeRecord(comments.get(COMMENT_KEYS.log)) };
}

describe('command typos', () => {
  it('suggests the command a typo most likely meant', () => {
    expect(suggestCommand('kil')).toBe('kill');
    expect(suggestCommand('promte')).toBe('promote');
    expect(suggestCommand('eval')).toBe('evaluate');
    expect(suggestCommand('strat')).toBe('start');
    expect(suggestCommand('unblok')).toBe('unblock');
    expect(suggestCommand('cc')).toBeUndefined();
    expect(suggestCommand('deploy')).toBeUndefined();
  });

  it('answers `/kil` with the command it meant, and still lists every command', () => {
    const x = experiment();
    const { plan, reply } = x.say('/kil no gain');
    expect(plan.reaction).toBe('confused');
    expect(reply).toContain('Did you mean `/kill`?');
    expect(reply).toContain('| `/kill <learnings>` |');
    expect(x.say('/frobnicate').reply).not.toContain('Did you mean');
  });
});

describe('/log argument mistakes', () => {
  it('names a pair written with a space after `=` instead of logging nothing or a note', () => {
    const x = experiment();
    x.say('/start');
    const { plan, reply } = x.say('/log accuracy= 0.84 gpu_hours=2');
    expect(plan.reaction).toBe('confused');
    expect(reply).toContain('`accuracy=` is not a `name=value` pair');
    expect(reply).toContain('`/log accuracy=0.84 gpu_hours=6`');
    expect(x.record().log).toEqual([]);
    expect(x.say('/log =0.84 accuracy=').reply).toContain('`=0.84`, `accuracy=` are not `name=value` pairs');
  });

  it('shows a non-numeric pair as written, in code, without Markdown escapes', () => {
    const x = experiment();
    x.say('/start');
    const { reply } = x.say('/log acc_top1=abc gpu_hours=x');
    expect(reply).toContain('`acc_top1=abc`, `gpu_hours=x`: the value must be a number');
    expect(reply).not.toContain('\\_');
    expect(x.record().log).toEqual([]);
  });
});

describe('text with `=` in it', () => {
  it('keeps key=value words in kill learnings', () => {
    const x = experiment();
    x.say('/start');
    x.say('/log accuracy=0.85');
    x.say('/evaluate');
    const { plan } = x.say('/kill lr=3e-4 did not help; warmup=500 neither');
    expect(plan.state).toEqual({ state: 'closed', reason: 'not_planned' });
    expect(x.record().decisions[0]?.learnings).toBe('lr=3e-4 did not help; warmup=500 neither');
  });

  it('keeps key=value words in a blocker and in an iterate note', () => {
    const x = experiment();
    x.say('/start');
    x.say('/block compute waiting for gpu=a100');
    expect(x.record().blockers[0]).toMatchObject({ kind: 'compute', text: 'compute waiting for gpu=a100' });
    x.say('/log accuracy=0.85');
    x.say('/evaluate');
    x.say('/iterate try rank=32');
    expect(x.record().decisions.at(-1)).toMatchObject({ kind: 'iterate', learnings: 'try rank=32' });
  });
});

describe('a refused move says how to get there', () => {
  it('names the commands that lead to the column the move starts from', () => {
    const x = experiment();
    expect(x.say('/promote').reply).toContain(
      'but this one is in Hypothesis. Comment `/start`, then `/evaluate` first.',
    );
    x.say('/start');
    expect(x.say('/promote').reply).toContain('Comment `/evaluate` first.');
    expect(x.say('/iterate').reply).toContain('Comment `/evaluate` first.');
    x.say('/log accuracy=0.85');
    x.say('/evaluate');
    expect(x.say('/start').reply).toMatch(
      /from Backlog or Hypothesis to Experiment, but this one is in Evaluation\.$/m,
    );
    x.say('/kill adapters at r16 do not help on long inputs');
    expect(currentColumn(x.record())).toBe('Killed');
    expect(x.say('/evaluate').reply).toContain('open a new experiment to try again');
  });
});

describe('validation wording', () => {
  it('says "pick" for a choice, not "write pick"', () => {
    const x = experiment(experimentBody({ goal: '' }));
    const validation = x.comments.get(COMMENT_KEYS.validation) ?? '';
    expect(validation).toContain('| Goal | is empty | Edit the issue and pick `maximize` or `minimize`. |');
    expect(validation).not.toContain('write pick');
  });
});

describe('what counts as a Sprintlab command', () => {
  it('reads a path at the start of a comment as prose', () => {
    expect(parseSlashCommand('/usr/bin/python segfaults')).toBeUndefined();
    expect(parseSlashCommand('/start now')?.name).toBe('start');
  });

  it('answers its own commands and near misses, not other bots', () => {
    expect(isForSprintlab('kill')).toBe(true);
    expect(isForSprintlab('kil')).toBe(true);
    expect(isForSprintlab('cc')).toBe(false);
    expect(isForSprintlab('assign')).toBe(false);
  });
});

describe('the time box question, once answered', () => {
  const overdue = () => {
    const x = experiment(experimentBody({ time_box: '2026-11-30' }));
    x.say('/start');
    x.clock.now = new Date('2026-12-05T06:00:00Z');
    const asked = x.send({ type: 'time-box' });
    expect(asked.addLabels).toContain('time-box-overrun');
    expect(x.comments.get(COMMENT_KEYS.timeBox)).toMatch(/ended on 2026-11-30/);
    return x;
  };

  it('says the time box was extended and drops the label when the form is edited', () => {
    const x = overdue();
    x.issue.body = experimentBody({ time_box: '2026-12-20' });
    const plan = x.send({ type: 'edited' });
    expect(plan.removeLabels).toContain('time-box-overrun');
    expect(x.comments.get(COMMENT_KEYS.timeBox)).toBe(
      '✅ The time box now ends on 2026-12-20; no decision is due until then.',
    );
    expect(x.send({ type: 'time-box' }).comments.map((c) => c.key)).toEqual(['experiment-log']);
  });

  it('says the decision was recorded when the experiment is killed', () => {
    const x = overdue();
    x.say('/log accuracy=0.85');
    expect(x.comments.get(COMMENT_KEYS.timeBox)).toMatch(/decision is due/);
    x.say('/evaluate');
    const { plan } = x.say('/kill adapters do not help on long inputs');
    expect(plan.removeLabels).toContain('time-box-overrun');
    expect(x.comments.get(COMMENT_KEYS.timeBox)).toMatch(
      /Decision recorded: this experiment is in \*\*Killed\*\*/,
    );
  });
});

describe('closing', () => {
  it('lets an invalid form that never left Backlog be closed: /kill cannot leave Backlog', () => {
    const x = experiment(experimentBody({ baseline: 'n/a' }));
    expect(currentColumn(x.record())).toBe('Backlog');
    expect(x.say('/kill opened by mistake, a duplicate of #3').reply).toContain('this one is in Backlog');
    x.issue.state = 'closed';
    const plan = x.send({ type: 'closed' });
    expect(plan.state).toBeUndefined();
    expect(x.comments.has(COMMENT_KEYS.closed)).toBe(false);
  });

  it('still reopens a started experiment closed without a decision', () => {
    const x = experiment();
    x.say('/start');
    x.issue.state = 'closed';
    expect(x.send({ type: 'closed' }).state).toEqual({ state: 'open', reason: 'reopened' });
  });
});

describe('kill suggestions', () => {
  it('fire on the row that trips them, not again on a row that cannot change them', () => {
    const x = experiment();
    x.say('/start');
    x.say('/log accuracy=0.85');
    x.say('/log accuracy=0.851');
    const plateau = x.say('/log accuracy=0.852');
    expect(plateau.reply).toMatch(/\*\*plateau\*\*: the last 3 values of accuracy/);
    expect(x.say('/log latency_ms=420 gpu_hours=1').reply).toBeUndefined();
    expect(x.say('/log accuracy=0.8515').reply).toMatch(/plateau/);
    const budget = x.say('/log gpu_hours=90');
    expect(budget.reply).toMatch(/\*\*budget\*\*: compute used is 91 GPU-hours/);
    expect(budget.reply).not.toMatch(/plateau/);
  });
});

describe('/help', () => {
  it('lists every command with its arguments and where it works', () => {
    const x = experiment();
    const { reply, plan } = x.say('/help');
    expect(plan.reaction).toBe('rocket');
    for (const name of COMMAND_NAMES) expect(reply).toMatch(new RegExp(`^\\| \`/${name}[ \`]`, 'm'));
    expect(reply).toContain(
      '| `/log metric=value [gpu_hours=n] [note]` | in Experiment, Evaluation or Iteration',
    );
    expect(reply).toContain(
      '| `/kill <learnings>` | Hypothesis, Experiment, Evaluation or Iteration → Killed',
    );
    // Every row keeps the table's three cells (escaped pipes do not count).
    const rows = (reply ?? '').split('\n').filter((l) => l.startsWith('| `/'));
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });
});

describe('the over-WIP flag', () => {
  it('is cleared, with the comment saying so, when the experiment moves on', () => {
    const x = experiment();
    const board = boardSettings({ wip: { Experiment: 1 }, wip_mode: 'warn' });
    const start = x.send(
      { type: 'command', command: parseSlashCommand('/start')!, commentId: 1, by: 'ada', canWrite: true },
      { board, wipCounts: { Experiment: 1 } },
    );
    expect(start.addLabels).toContain('over-wip');
    expect(x.comments.get(COMMENT_KEYS.wip)).toMatch(/over its WIP limit: 2 experiments for a limit of 1/);
    x.say('/log accuracy=0.85');
    const { plan } = x.say('/evaluate');
    expect(plan.removeLabels).toContain('over-wip');
    expect(x.comments.get(COMMENT_KEYS.wip)).toBe(
      '✅ Moved to **Evaluation**, which is within its WIP limit; the over-WIP flag is cleared.',
    );
  });
});

describe('/log outside a running experiment', () => {
  it('says /start before it starts, and a new experiment once decided', () => {
    const x = experiment();
    expect(x.say('/log accuracy=0.8').reply).toContain('it is in Hypothesis. Comment `/start` first.');
    x.say('/start');
    x.say('/log accuracy=0.85');
    x.say('/evaluate');
    x.say('/kill adapters do not help on long inputs');
    const late = x.say('/log accuracy=0.86').reply;
    expect(late).toContain(
      'it is in Killed. Its decision is recorded; open a new experiment to log more runs.',
    );
    expect(late).not.toContain('/start');
  });
});

describe('blockers after a decision', () => {
  it('drop the blocked label and the Blocked line, and stay in the record', () => {
    const x = experiment();
    x.say('/start');
    x.say('/block compute no A100s this week');
    expect(x.issue.labels).toContain('blocked');
    expect(x.comments.get(COMMENT_KEYS.log)).toContain('Blocked: compute');
    x.say('/log accuracy=0.85');
    x.say('/evaluate');
    const { plan } = x.say('/kill adapters do not help on long inputs');
    expect(plan.removeLabels).toContain('blocked');
    expect(x.comments.get(COMMENT_KEYS.log)).not.toContain('Blocked:');
    expect(x.record().blockers).toHaveLength(1);
  });
});

describe('the log without /log rows', () => {
  it('does not invite a /log on a decided experiment, and points at gate results when there are some', () => {
    const x = experiment();
    expect(x.comments.get(COMMENT_KEYS.log)).toContain('No results logged yet. Comment `/log');
    x.say('/start');
    x.send({ type: 'gate', pr: 4, checkRun: 77, verdict: 'warn', metrics: { accuracy: 0.87 } });
    expect(x.comments.get(COMMENT_KEYS.log)).toContain('No `/log` rows yet (the gate results are below).');
    x.say('/kill the gain is within noise on five seeds');
    const log = x.comments.get(COMMENT_KEYS.log) ?? '';
    expect(log).toContain('No results were logged with `/log`.');
    expect(log).not.toContain('to add one');
  });
});
