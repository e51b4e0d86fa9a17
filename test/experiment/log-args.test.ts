import { describe, expect, it } from 'vitest';
import { parseLogArgs } from '../../src/core/board/experiment-commands.js';
import { parseSlashCommand } from '../../src/core/experiment/slash-command.js';

const args = (comment: string) => parseLogArgs(parseSlashCommand(comment)!, undefined);

describe('/log arguments are parsed apart from planning', () => {
  it('splits metrics, GPU hours and the first-line note', () => {
    expect(args('/log accuracy=0.84 GPU_hours=6 warm restart\nmore detail')).toEqual({
      ok: true,
      metrics: { accuracy: 0.84 },
      gpuHours: 6,
      note: 'warm restart',
    });
  });

  it('refuses a pair split by a space instead of logging it as a note', () => {
    const parsed = args('/log accuracy= 0.84');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(/`accuracy=` is not a `name=value` pair/);
  });

  it('refuses a value that is not a number, negative GPU hours, and nothing to log', () => {
    expect(args('/log accuracy=high')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/must be a number/),
    });
    expect(args('/log gpu_hours=-1')).toEqual({ ok: false, reason: 'gpu_hours cannot be negative.' });
    expect(args('/log just a note')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^nothing to log/),
    });
  });
});

describe('/log metric names that are also object keys', () => {
  it('keeps __proto__, constructor and toString as metrics, with their values', () => {
    const parsed = args('/log __proto__=0.9 constructor=0.8 toString=0.7');
    expect(parsed.ok).toBe(true);
    const metrics = parsed.ok ? parsed.metrics : {};
    expect(Object.keys(metrics).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(metrics, '__proto__')?.value).toBe(0.9);
    expect(metrics.constructor).toBe(0.8);
  });
});
