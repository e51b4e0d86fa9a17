import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { cardFieldValues } from '../../src/core/board/card-fields.js';
import { boardSettings, wipModeOf } from '../../src/core/board/settings.js';
import { experimentForm } from '../../src/core/experiment/forms.js';
import { readExperiment } from '../../src/core/experiment/parse.js';
import { emptyRecord } from '../../src/core/experiment/record.js';
import { experimentBody } from './bodies.js';

describe('the board section of .github/sprintlab.yml', () => {
  it('takes WIP limits as numbers or with their own mode, and experiment fields', () => {
    const config = parseConfig(
      [
        'board:',
        '  project: https://github.com/orgs/acme/projects/3',
        '  wip: { Experiment: { limit: 2, mode: refuse }, Evaluation: 4 }',
        '  wip_mode: warn',
        '  fields: { Target: target, "Time box": time_box, Latest: latest }',
      ].join('\n'),
      '.github/sprintlab.yml',
    );
    const board = boardSettings(config.board);
    expect(board.wip).toEqual({ Experiment: 2, Evaluation: 4 });
    expect(wipModeOf(board, 'Experiment')).toBe('refuse');
    expect(wipModeOf(board, 'Evaluation')).toBe('warn');
    expect(board.cardFields).toEqual([
      { field: 'Target', value: 'target' },
      { field: 'Time box', value: 'time_box' },
      { field: 'Latest', value: 'latest' },
    ]);
  });

  it('rejects a bad mode, an unknown experiment value and a URL that is not a board, naming the field', () => {
    expect(() => parseConfig('board:\n  wip: { Experiment: { limit: 2, mode: never } }\n', 'x.yml')).toThrow(
      /board\.wip\.Experiment/,
    );
    expect(() => parseConfig('board:\n  fields: { Target: nope }\n', 'x.yml')).toThrow(
      /board\.fields\.Target/,
    );
    expect(() => parseConfig('board:\n  project: https://github.com/acme/models\n', 'x.yml')).toThrow(
      /board\.project/,
    );
    expect(() => parseConfig('board:\n  colour: red\n', 'x.yml')).toThrow(/colour/);
  });
});

describe('experiment fields on the card', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const spec = readExperiment(experimentForm, experimentBody(), { now, createdAt: now }).spec;

  it('shows the values the experiment has, and leaves out what is not known yet', () => {
    const record = emptyRecord();
    const fields = [
      { field: 'Target', value: 'target' as const },
      { field: 'Latest', value: 'latest' as const },
      { field: 'Used', value: 'compute_used' as const },
      { field: 'Due', value: 'time_box' as const },
    ];
    expect(cardFieldValues(fields, spec, record)).toEqual({ Target: 0.9, Used: 0, Due: '2026-12-31' });
    record.log.push({ at: 'x', by: 'a', metrics: { accuracy: 0.87 }, gpuHours: 5 });
    expect(cardFieldValues(fields, spec, record)).toEqual({
      Target: 0.9,
      Latest: 0.87,
      Used: 5,
      Due: '2026-12-31',
    });
    expect(cardFieldValues(fields, undefined, record)).toEqual({});
  });
});
