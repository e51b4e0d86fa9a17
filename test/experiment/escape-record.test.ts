import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExperimentRecord, emptyRecord } from '../../src/core/experiment/record.js';
import { decodeRecord, encodeRecord } from '../../src/core/experiment/record-codec.js';
import { escapeCell, escapeText, inlineCode, readHiddenBlock } from '../../src/core/render/escape.js';

describe('escaping user text', () => {
  it('stops mentions, HTML and formatting', () => {
    const out = escapeText('@acme/everyone <img src=x onerror=alert(1)> **bold** [link](http://x)');
    expect(out).not.toMatch(/@[a-z]/i);
    expect(out).not.toContain('<img');
    expect(out).toContain('@&#8203;acme');
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(out).toContain('\\[link\\]');
  });

  it('keeps a table row to its columns', () => {
    const cell = escapeCell('a | b\nc');
    expect(cell).toBe('a \\| b c');
  });

  it('fences backticks in inline code', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
  });
});

const record = (): ExperimentRecord => ({
  ...emptyRecord(),
  history: [{ column: 'Hypothesis', at: '2026-11-22T10:00:00.000Z', by: 'sprintlab' }],
  log: [
    {
      at: '2026-11-22T11:00:00.000Z',
      by: 'ada',
      metrics: { accuracy: -0.5 },
      gpuHours: 2,
      note: 'x --> <!-- y',
    },
  ],
  decisions: [{ kind: 'kill', at: '2026-11-23T00:00:00.000Z', by: 'ada', learnings: '--> </div> @team' }],
});

describe('the hidden record block', () => {
  it('round-trips, with user text that tries to close the HTML comment', () => {
    const r = record();
    const block = encodeRecord(r);
    expect(block.startsWith('<!-- sprintlab:record {')).toBe(true);
    expect(block.slice(4, -4)).not.toContain('-->');
    expect(block.slice(4, -4)).not.toContain('>');
    expect(decodeRecord(`### Log\n\n| a |\n\n${block}\n`)).toEqual(r);
  });

  it('round-trips any note text', () => {
    fc.assert(
      fc.property(fc.string(), (note) => {
        const r = emptyRecord();
        r.log.push({ at: '2026-01-01T00:00:00.000Z', by: 'a', metrics: { m: 1 }, note });
        expect(decodeRecord(`x ${encodeRecord(r)} y`).log[0]?.note).toBe(note);
      }),
    );
  });

  it('drops malformed entries from a hand-edited comment instead of failing', () => {
    const body =
      '<!-- sprintlab:record {"version":1,"history":[{"column":"Nowhere","at":"x"},{"column":"Experiment","at":"2026"}],"log":[{"at":"a","by":"b","metrics":{"m":"NaN","n":2}}, 5]} -->';
    const r = decodeRecord(body);
    expect(r.history).toEqual([{ column: 'Experiment', at: '2026' }]);
    expect(r.log).toEqual([{ at: 'a', by: 'b', metrics: { n: 2 } }]);
    expect(decodeRecord('no block')).toEqual(emptyRecord());
    expect(decodeRecord('<!-- sprintlab:record {broken -->')).toEqual(emptyRecord());
    expect(readHiddenBlock('<!-- sprintlab:gate {"verdict":"pass"} -->', 'gate')).toEqual({
      verdict: 'pass',
    });
  });
});

describe('the validation comment', () => {
  it('keeps its own code formatting and the table intact', async () => {
    const { renderValidation } = await import('../../src/core/render/experiment.js');
    const body = renderValidation('Experiment', [
      { field: 'budget', label: 'Budget | GPU', problem: 'is not a number', fix: 'write `40`' },
    ]);
    expect(body).toContain('| Budget \\| GPU | is not a number | write `40` |');
  });
});

describe('a long experiment log', () => {
  it('stays under GitHub comment size by folding older rows into a summary that keeps their count and GPU-hours', async () => {
    const { renderExperimentLog } = await import('../../src/core/render/experiment.js');
    const r = emptyRecord();
    for (let i = 0; i < 2000; i++) {
      r.log.push({
        at: '2026-11-22T10:00:00.000Z',
        by: 'ada',
        metrics: { accuracy: i / 2000 },
        gpuHours: 1,
        note: `run ${i} ${'x'.repeat(40)}`,
      });
    }
    const body = renderExperimentLog(undefined, r);
    expect(body.length).toBeLessThan(65_000);
    expect(body).toContain('| 1901 earlier rows summarised |');
    expect(body).toContain('… 49 earlier rows (in the record below)');
    const back = decodeRecord(body);
    expect(back.log.at(-1)?.note).toMatch(/^run 1999 /);
    expect(back.log.reduce((n, e) => n + (e.summarised?.count ?? 1), 0)).toBe(2000);
    expect(back.log.reduce((n, e) => n + (e.gpuHours ?? 0), 0)).toBe(2000);
  });
});
