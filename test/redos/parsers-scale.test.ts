import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseYaml, yamlPositions } from '../../src/config/yaml.js';
import { experimentForm, formOfBody } from '../../src/core/experiment/forms.js';
import { parseForm } from '../../src/core/experiment/parse.js';
import { parseSlashCommand } from '../../src/core/experiment/slash-command.js';
import { linkedIssues } from '../../src/flows/board/gate-link.js';
import { readCsv } from '../../src/io/data/csv.js';
import { readIdList } from '../../src/io/data/id-list.js';
import { readJsonl } from '../../src/io/data/jsonl.js';
import type { ReadOptions } from '../../src/io/data/rows.js';

/**
 * Each parser of user text is fed adversarial input of 64 KB and of 1 MB (16 times as much). The
 * CPU time of one 1 MB parse is compared with sixteen 64 KB parses (the same number of bytes), so
 * both sides are long enough to measure: linear work gives a ratio near 1, a quadratic parser about
 * 16. Allowed: 2.5, i.e. the 1 MB parse may cost up to 40 times one 64 KB parse. CPU time, not
 * wall-clock time, best of three, so other processes on the machine do not count.
 */
const SMALL = 64 * 1024;
const LARGE = 16 * SMALL;
const BOUND = 40 / 16;

async function cpuMicros(work: () => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    await work();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

// A super-linear parser would otherwise block the test (and CI) for hours: each synchronous part of a
// parse runs under a watchdog that interrupts it, so such a parser fails here as a hang instead.
const HANG_MS = 30_000;
const sandbox = vm.createContext({ run: (): unknown => undefined });
const guarded =
  (parse: (input: string) => unknown) =>
  (input: string): unknown => {
    sandbox.run = () => parse(input);
    return vm.runInContext('run()', sandbox, { timeout: HANG_MS });
  };

/** CPU time of the 1 MB input over that of the 64 KB input parsed 16 times, after a warm-up of each. */
async function growth(
  unguarded: (input: string) => unknown,
  attack: (size: number) => string,
): Promise<number> {
  const parse = guarded(unguarded);
  const small = attack(SMALL);
  const large = attack(LARGE);
  expect(large.length).toBeGreaterThanOrEqual(LARGE * 0.9);
  await parse(small);
  await parse(large);
  const once = await cpuMicros(async () => parse(large));
  // Fresh copies, so no cache inside the engine can answer for an input it has seen.
  const smalls = Array.from({ length: LARGE / SMALL }, () => Buffer.from(small).toString());
  const sixteen = await cpuMicros(async () => {
    for (const input of smalls) await parse(input);
  });
  return once / Math.max(1, sixteen);
}

const fill = (size: number, unit: string) => unit.repeat(Math.ceil(size / unit.length));
const dir = mkdtempSync(join(tmpdir(), 'sprintlab-scale-'));
let files = 0;
/** A reader of files, fed through a fresh file per input; its input errors are part of the work. */
const viaFile =
  (ext: string, read: (path: string) => Promise<unknown>) =>
  async (text: string): Promise<unknown> => {
    const path = join(dir, `input-${files++}.${ext}`);
    writeFileSync(path, text);
    return read(path).catch((error: unknown) => {
      if ((error as Error).name !== 'InputError') throw error;
    });
  };
const rows: ReadOptions = { key: 'id', text: 'text', needId: false, skipBadLines: true };
const sink = { text: () => {} };
const heading = (label: string) => `### ${label}\n\n`;

const cases: [string, (input: string) => unknown, (size: number) => string][] = [
  ['issue form: "### x" + spaces + "y"', (s) => parseForm(experimentForm, s), (n) => `### x${fill(n, ' ')}y`],
  [
    'issue form: a heading followed by trailing spaces at the end of the body',
    (s) => parseForm(experimentForm, s),
    (n) => `${heading('Method')}m\n### Hypothesis${fill(n, ' ')}`,
  ],
  [
    'issue form: a run of blank lines inside an answer',
    (s) => parseForm(experimentForm, s),
    (n) => `${heading('Hypothesis')}a${fill(n, '\n')}b\n${heading('Method')}m`,
  ],
  ['issue form detection by headings', (s) => formOfBody(s), (n) => `### x${fill(n, ' \t')}y`],
  ['slash command: a long name', (s) => parseSlashCommand(s), (n) => `/${fill(n, 'a-')}/`],
  ['slash command: long key=value words', (s) => parseSlashCommand(s), (n) => `/log ${fill(n, 'a.b:c/d')}`],
  ['slash command: spaces then no text', (s) => parseSlashCommand(s), (n) => `/log${fill(n, ' \t')}\n`],
  ['linked issues: "close" + spaces', (s) => linkedIssues(s), (n) => `close${fill(n, ' ')}`],
  ['linked issues: "fixes:" + spaces', (s) => linkedIssues(s), (n) => fill(n, 'fixes: \t')],
  [
    'linked issues: a long Experiment: list',
    (s) => linkedIssues(s),
    (n) => `Experiments: ${fill(n, '#1, and ')}x`,
  ],
  [
    'CSV: an early unclosed quote',
    viaFile('csv', (p) => readCsv(p, rows, sink)),
    (n) => `id,text\n1,"open\n${fill(n, 'a,b\n')}`,
  ],
  [
    'CSV: quote-heavy fields',
    viaFile('csv', (p) => readCsv(p, rows, sink)),
    (n) => `id,text\n${fill(n, '1,"a""b"\n')}`,
  ],
  [
    'JSONL: one long escaped string',
    viaFile('jsonl', (p) => readJsonl(p, rows, sink)),
    (n) => `{"text":"${fill(n, '\\"')}`,
  ],
  [
    'JSONL: deep nesting',
    viaFile('jsonl', (p) => readJsonl(p, rows, sink)),
    (n) => `{"text":"a","x":${fill(n, '[')}\n`,
  ],
  [
    'id list: carriage returns and spaces',
    viaFile('txt', (p) => readIdList(p, 'gate.golden.ids')),
    (n) => `${fill(n, ' \r')}x`,
  ],
  [
    'id list: comment lines',
    viaFile('txt', (p) => readIdList(p, 'gate.golden.ids')),
    (n) => `${fill(n, '#  \n')}x`,
  ],
  ['YAML config: spaces then a value', (s) => parseYaml(s, 'c.yml'), (n) => `${fill(n, ' ')}x`],
  ['YAML config: comment lines', (s) => parseYaml(s, 'c.yml'), (n) => `${fill(n, '# \t \n')}x: 1`],
  [
    'YAML config: key positions of a long list',
    (s) => yamlPositions(s),
    (n) => `gate:\n  metrics:\n${fill(n, '    - a\n')}`,
  ],
];

describe('parsers of user text do work linear in their input (1 MB vs 64 KB)', () => {
  for (const [name, parse, attack] of cases) {
    // A retry absorbs a garbage collection that lands in one measurement; a quadratic parser fails every try.
    it(name, { retry: 2 }, async () => {
      expect(await growth(parse, attack)).toBeLessThan(BOUND);
    });
  }
});
