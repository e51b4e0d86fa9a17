import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { InputError } from '../../src/core/errors.js';
import { dataTaskForm, experimentForm, formOfBody } from '../../src/core/experiment/forms.js';
import { readDataTask, readExperiment } from '../../src/core/experiment/parse.js';
import { parseSlashCommand } from '../../src/core/experiment/slash-command.js';
import { DEFAULT_SETTINGS } from '../../src/core/leakage/settings.js';
import { linkedIssues } from '../../src/flows/board/gate-link.js';
import { buildManifest } from '../../src/flows/leakage/check.js';
import { readCsv } from '../../src/io/data/csv.js';
import { readIdList } from '../../src/io/data/id-list.js';
import { readJsonl } from '../../src/io/data/jsonl.js';
import { readManifest } from '../../src/io/data/manifest.js';
import { readParquet } from '../../src/io/data/parquet.js';
import type { ReadOptions } from '../../src/io/data/rows.js';
import { examplesFromJsonl } from '../../src/io/results/examples.js';
import { parseResults } from '../../src/io/results/results.js';
import { readStatusExport } from '../../src/io/status/status-export.js';
import { renderBody, validExperiment } from '../experiment/bodies.js';
import { ROOT } from '../support/run-bundle.js';
import { byteInputs, SEED, scaled, textInputs } from './inputs.js';

/**
 * Every reader, in process, on random, truncated and mutated inputs: it returns, or throws an
 * InputError (a message for the user); anything else is a crash and fails the property.
 */
const fixture = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'sprintlab-fuzz-'));
let written = 0;
const toFile = (content: string | Buffer, ext: string) => {
  const path = join(dir, `input-${written++}.${ext}`);
  writeFileSync(path, content);
  return path;
};

async function onlyInputErrors(read: () => unknown): Promise<void> {
  try {
    await read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.describe()).not.toBe('');
  }
}

/** Inputs run per reader (times SPRINTLAB_FUZZ_SCALE); the README's Reliability section quotes their sum. */
const RUNS = {
  results: 600,
  examples: 400,
  csv: 300,
  jsonl: 300,
  parquet: 600,
  manifest: 300,
  idList: 200,
  config: 400,
  forms: 400,
  slashCommands: 600,
  linkedIssues: 300,
  statusExport: 200,
};

const rows = (needId: boolean, skipBadLines: boolean): ReadOptions => ({
  key: 'id',
  text: 'text',
  needId,
  skipBadLines,
});
const sink = { text: () => {} };

function property<T>(inputs: fc.Arbitrary<T>, numRuns: number, read: (input: T) => unknown) {
  return fc.assert(
    fc.asyncProperty(inputs, async (input) => onlyInputErrors(() => read(input))),
    { seed: SEED, numRuns: scaled(numRuns) },
  );
}

describe('fuzzing every reader in process (fixed seed): InputError or success, never a crash', () => {
  let manifest: Buffer;
  beforeAll(async () => {
    const out = join(dir, 'seed.manifest');
    await buildManifest([join(ROOT, 'fixtures/leakage/train.jsonl')], out, DEFAULT_SETTINGS);
    manifest = readFileSync(out);
  });

  it('results JSON', () =>
    property(
      textInputs([
        fixture('fixtures/demo/baseline/results.json'),
        fixture('fixtures/regression/candidate/results.json'),
      ]),
      RUNS.results,
      (text) => parseResults(text, 'results.json'),
    ));

  it('examples JSONL', () =>
    property(textInputs([fixture('fixtures/demo/baseline/runs/seed1.jsonl')]), RUNS.examples, (text) =>
      examplesFromJsonl(text, 'seed1.jsonl'),
    ));

  it('CSV, with and without --skip-bad-lines', () =>
    property(
      fc.tuple(textInputs([fixture('fixtures/leakage/train.csv')]), fc.boolean()),
      RUNS.csv,
      ([text, skip]) => readCsv(toFile(text, 'csv'), rows(!skip, skip), sink),
    ));

  it('JSONL, with and without --skip-bad-lines', () =>
    property(
      fc.tuple(
        textInputs([fixture('fixtures/leakage/train.jsonl'), fixture('fixtures/leakage/eval.jsonl')]),
        fc.boolean(),
      ),
      RUNS.jsonl,
      ([text, skip]) => readJsonl(toFile(text, 'jsonl'), rows(!skip, skip), sink),
    ));

  it('Parquet', () =>
    property(
      fc.tuple(byteInputs(readFileSync(join(ROOT, 'fixtures/leakage/train.parquet'))), fc.boolean()),
      RUNS.parquet,
      ([bytes, skip]) => readParquet(toFile(bytes, 'parquet'), rows(!skip, skip), sink),
    ));

  it('leakage manifests', () =>
    property(
      fc.constant(null).chain(() => byteInputs(manifest)),
      RUNS.manifest,
      (bytes) => readManifest(toFile(bytes, 'manifest'), DEFAULT_SETTINGS, true, () => {}),
    ));

  it('id lists', () =>
    property(textInputs(['q-1\nq-2\n# golden\n\nq-3\r\n']), RUNS.idList, (text) =>
      readIdList(toFile(text, 'txt'), 'gate.golden.ids'),
    ));

  it('config YAML', () =>
    property(
      textInputs([fixture('fixtures/demo/sprintlab.yml'), fixture('fixtures/leakage/sprintlab.yml')]),
      RUNS.config,
      (text) => parseConfig(text, '.github/sprintlab.yml'),
    ));

  it('issue forms', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    return property(textInputs([renderBody(experimentForm, validExperiment)]), RUNS.forms, (body) => {
      formOfBody(body);
      readExperiment(experimentForm, body, { now, createdAt: now });
      readDataTask(dataTaskForm, body);
    });
  });

  it('slash commands', () =>
    property(
      textInputs([
        '/log accuracy=0.84 gpu_hours=6 warm restart',
        '/kill it did not move\nlearnings here',
        '/promte',
      ]),
      RUNS.slashCommands,
      (text) => parseSlashCommand(text),
    ));

  it('linked issues in pull request bodies', () =>
    property(
      textInputs(['Experiment: #12\n\nCloses #7. Fixes: #8, resolved #9']),
      RUNS.linkedIssues,
      (text) => linkedIssues(text),
    ));

  it('status exports', () =>
    property(textInputs([fixture('fixtures/status/demo-export.json')]), RUNS.statusExport, (text) =>
      readStatusExport(toFile(text, 'json')),
    ));
});
