import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, type Run, runBundledCli, runCli, workspace } from './cli-run.js';

const evalRows = jsonl([
  { id: 'q-1', text: 'What is the capital of France?' },
  { id: 'q-2', text: 'How many legs does a spider have?' },
]);
const trainRows = jsonl([
  { id: 't-1', text: 'what is the capital of france?' },
  { id: 't-2', text: 'Unrelated training text about cooking pasta.' },
]);

/** Exit 2, a message naming what is wrong, a fix, and no stack trace. */
function expectInputError(run: Run, ...parts: (string | RegExp)[]): void {
  expect(run.code, run.stderr).toBe(2);
  for (const p of parts) {
    if (typeof p === 'string') expect(run.stderr).toContain(p);
    else expect(run.stderr).toMatch(p);
  }
  expect(run.stderr).toContain('Fix: ');
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stdout).toBe('');
}

describe('bad input to "sprintlab leakage" (bundled CLI, child process)', () => {
  it('an unreadable file: missing, or a directory', () => {
    const dir = workspace({ 'eval.jsonl': evalRows });
    mkdirSync(join(dir, 'data.jsonl'));
    expectInputError(
      runBundledCli(['leakage', '--train', 'nope.jsonl', '--eval', 'eval.jsonl'], dir),
      'nope.jsonl: file not found',
      'check the path',
    );
    expectInputError(
      runBundledCli(['leakage', '--train', 'data.jsonl', '--eval', 'eval.jsonl'], dir),
      'data.jsonl',
      'directory',
    );
  });

  it('a line that is not JSON stops the check at file:line', () => {
    const dir = workspace({
      'eval.jsonl': evalRows,
      'train.jsonl': `${trainRows}{"id": "t-3", "text": oops}\n{"id": "t-4", "text": "what is the capital of france"}\n`,
    });
    const run = runBundledCli(['leakage', '--train', 'train.jsonl', '--eval', 'eval.jsonl'], dir);
    expectInputError(run, 'train.jsonl:3', 'not valid JSON', '--skip-bad-lines');
  });

  it('--skip-bad-lines skips and counts bad lines, and the check still runs', () => {
    const dir = workspace({
      'eval.jsonl': evalRows,
      'train.jsonl': `${trainRows}{"id": "t-3", "text": oops}\n[1, 2]\n{"id": "t-5"}\n`,
    });
    const run = runBundledCli(
      ['leakage', '--train', 'train.jsonl', '--eval', 'eval.jsonl', '--skip-bad-lines', '--format', 'json'],
      dir,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.skipped_lines).toBe(3);
    expect(report.train_items).toBe(2);
    expect(report.findings.exact_content.count).toBe(1);
  });

  it('the id or text field missing: names it and lists the fields that exist', () => {
    const dir = workspace({
      'eval.jsonl': jsonl([{ qid: 'q-1', prompt: 'hi there' }]),
      'eval2.jsonl': jsonl([{ id: 'q-1', prompt: 'hi there' }]),
      'train.jsonl': trainRows,
      'train2.jsonl': jsonl([{ id: 't', body: 'x' }]),
    });
    expectInputError(
      runBundledCli(['leakage', '--train', 'train.jsonl', '--eval', 'eval.jsonl'], dir),
      'eval.jsonl:1',
      'field "id"',
      'fields present: "qid", "prompt"',
      '--key',
    );
    expectInputError(
      runBundledCli(['leakage', '--train', 'train.jsonl', '--eval', 'eval2.jsonl'], dir),
      'field "text"',
      'fields present: "id", "prompt"',
      '--text',
    );
    expectInputError(
      runBundledCli(['leakage', '--train', 'train2.jsonl', '--eval', 'eval2.jsonl', '--text', 'prompt'], dir),
      'train2.jsonl:1',
      'field "prompt"',
      '"body"',
    );
  });

  it('an empty eval set', () => {
    const dir = workspace({ 'eval.jsonl': '\n', 'train.jsonl': trainRows });
    expectInputError(
      runBundledCli(['leakage', '--train', 'train.jsonl', '--eval', 'eval.jsonl'], dir),
      'eval.jsonl',
      'eval set is empty',
    );
  });
});

describe('bad input to "sprintlab leakage" (in process)', () => {
  it('a CSV with a ragged row', async () => {
    const dir = workspace({ 'eval.jsonl': evalRows, 'train.csv': 'id,text\nt-1,hello\nt-2,hello, world\n' });
    expectInputError(
      await runCli(['leakage', '--train', 'train.csv', '--eval', 'eval.jsonl'], dir),
      'train.csv:3',
      'ragged row',
      '3 fields',
      'header has 2',
      'quote fields',
    );
  });

  it('an unterminated last line without a newline is not valid JSON', async () => {
    const dir = workspace({ 'eval.jsonl': evalRows, 'train.jsonl': `${trainRows}{"id": "t-3", "text": "x"` });
    expectInputError(
      await runCli(['leakage', '--train', 'train.jsonl', '--eval', 'eval.jsonl'], dir),
      'train.jsonl:3',
      'not valid JSON',
    );
  });

  it('a CSV record spanning lines is reported where it starts, and the next one at its own line', async () => {
    const dir = workspace({
      'eval.jsonl': evalRows,
      'train.csv': 'id,text\nt-1,"first line\nsecond, line"\nq-2,"What is the capital of ""France""?"\n',
    });
    const run = await runCli(
      ['leakage', '--train', 'train.csv', '--eval', 'eval.jsonl', '--format', 'json', '--near', 'off'],
      dir,
    );
    const report = JSON.parse(run.stdout);
    expect(report.train_items).toBe(2);
    expect(report.findings.exact_id.examples).toEqual([
      { eval_id: 'q-2', train_id: 'q-2', train_file: 'train.csv', train_line: 4 },
    ]);
  });

  it('a CSV without the text column', async () => {
    const dir = workspace({ 'eval.jsonl': evalRows, 'train.csv': 'id,body\nt-1,hello\n' });
    expectInputError(
      await runCli(['leakage', '--train', 'train.csv', '--eval', 'eval.jsonl'], dir),
      'train.csv:1',
      'no "text" column',
      '"id", "body"',
    );
  });

  it('a manifest of another version', async () => {
    const dir = workspace({
      'eval.jsonl': evalRows,
      'old.manifest': `${JSON.stringify({ format: 'sprintlab.leakage-manifest/v0' })}\n`,
    });
    expectInputError(
      await runCli(['leakage', '--train', 'old.manifest', '--eval', 'eval.jsonl'], dir),
      'old.manifest',
      'sprintlab.leakage-manifest/v0',
      'rebuild',
    );
  });

  it('a file that is not a manifest at all', async () => {
    const dir = workspace({ 'eval.jsonl': evalRows, 'x.manifest': Buffer.from([0, 1, 2, 3]) });
    expectInputError(
      await runCli(['leakage', '--train', 'x.manifest', '--eval', 'eval.jsonl'], dir),
      'x.manifest',
      'not a Sprintlab leakage manifest',
    );
  });

  it('a manifest built with another normalisation, or without signatures, or cut short', async () => {
    const dir = workspace({ 'eval.jsonl': evalRows, 'train.jsonl': trainRows });
    expect(
      (
        await runCli(
          ['leakage', 'manifest', 'train.jsonl', '-o', 'strip.manifest', '--strip-punctuation'],
          dir,
        )
      ).code,
    ).toBe(0);
    expectInputError(
      await runCli(['leakage', '--train', 'strip.manifest', '--eval', 'eval.jsonl'], dir),
      'strip.manifest',
      'normalisation.strip_punctuation: true vs false',
      'rebuild the manifest',
    );
    expect(
      (await runCli(['leakage', 'manifest', 'train.jsonl', '-o', 'exact.manifest', '--near', 'off'], dir))
        .code,
    ).toBe(0);
    expectInputError(
      await runCli(['leakage', '--train', 'exact.manifest', '--eval', 'eval.jsonl'], dir),
      'no MinHash signatures',
      '--near off',
    );
    const whole = readFileSync(join(dir, 'exact.manifest'));
    writeFileSync(join(dir, 'cut.manifest'), whole.subarray(0, whole.length - 5));
    expectInputError(
      await runCli(['leakage', '--train', 'cut.manifest', '--eval', 'eval.jsonl', '--near', 'off'], dir),
      'cut.manifest',
      'truncated',
    );
  });

  it('usage mistakes: unknown flag, bad numbers, unknown format, missing inputs', async () => {
    const dir = workspace({ 'eval.jsonl': evalRows, 'train.jsonl': trainRows, 'train.xlsx': 'x' });
    expectInputError(
      await runCli(['leakage', '--trian', 'train.jsonl'], dir),
      '--trian',
      'sprintlab leakage --help',
    );
    expectInputError(
      await runCli(['leakage', '--train', 'train.jsonl', '--eval', 'eval.jsonl', '--near', 'high'], dir),
      '--near must be a number',
    );
    expectInputError(
      await runCli(['leakage', '--train', 'train.jsonl', '--eval', 'eval.jsonl', '--near', '1.5'], dir),
      'leakage.near_duplicate',
      'not in (0, 1]',
    );
    expectInputError(
      await runCli(['leakage', '--train', 'train.jsonl', '--eval', 'eval.jsonl', '--format', 'xml'], dir),
      'unknown --format "xml"',
    );
    expectInputError(
      await runCli(['leakage', '--eval', 'eval.jsonl'], dir),
      'no training data given',
      '--train',
    );
    expectInputError(await runCli(['leakage', '--train', 'train.jsonl'], dir), 'no eval set given', '--eval');
    expectInputError(
      await runCli(['leakage', '--train', 'train.xlsx', '--eval', 'eval.jsonl'], dir),
      'train.xlsx',
      'unknown data format',
      '.parquet',
    );
  });
});
