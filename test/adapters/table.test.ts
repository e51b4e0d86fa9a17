import { describe, expect, it } from 'vitest';
import { readEvalSources } from '../../src/io/adapters/sources.js';
import { tableColumns, tableRuns } from '../../src/io/adapters/table.js';
import { fixture, inputErrorOf, scratch, write } from './support.js';

const LONG = { run: 'run', item: 'item', metric: 'metric', value: 'value', slice: 'slice' };
const WIDE = { run: 'run', item: 'item', metrics: ['accuracy', 'f1', 'latency_ms'], slice: 'slice' };

describe('tables with a column mapping', () => {
  it('reads a long CSV (run, item, metric, value): runs by the run column, metrics as the mean of item values', async () => {
    const side = await readEvalSources({ paths: [fixture('table/long-baseline.csv')], columns: LONG });
    expect(side.provenance).toMatchObject({ tool: 'table', runs: 3 });
    expect(side.results.runs.map((r) => r.seed)).toEqual([1, 2, 3]);
    const rows = side.examples.get('1')!;
    expect(rows).toHaveLength(8);
    // accuracy holds only 0 and 1: its rows are right/wrong outcomes; f1 rows keep their scores.
    expect(rows.filter((r) => r.metric === 'accuracy').every((r) => typeof r.correct === 'boolean')).toBe(
      true,
    );
    expect(rows.filter((r) => r.metric === 'f1').every((r) => typeof r.score === 'number')).toBe(true);
    const acc = rows.filter((r) => r.metric === 'accuracy');
    expect(side.results.runs[0]!.metrics.accuracy).toBe(acc.filter((r) => r.correct).length / acc.length);
    expect(rows[0]!.slice).toBe('lang:en');
  });

  it('reads a wide JSONL (one column per metric) to the same shape', async () => {
    const side = await readEvalSources({ paths: [fixture('table/wide-baseline.jsonl')], columns: WIDE });
    expect(Object.keys(side.results.runs[0]!.metrics).sort()).toEqual(['accuracy', 'f1', 'latency_ms']);
    expect(side.examples.get('2')).toHaveLength(12);
  });

  it('reads a one-row JSONL table when the format is named', async () => {
    const path = write(scratch(), 'one.jsonl', '{"run": 1, "item": "q-1", "accuracy": 1}\n');
    const side = await readEvalSources({
      from: 'table',
      paths: [path],
      columns: { run: 'run', item: 'item', metrics: ['accuracy'] },
    });
    expect(side.results.runs).toEqual([{ seed: 1, metrics: { accuracy: 1 } }]);
  });

  it('reads run-level rows when no item column is mapped (an MLflow runs export)', () => {
    const runs = tableRuns(
      [
        { run_id: 'a1', 'metrics.accuracy': '0.81' },
        { run_id: 'b2', 'metrics.accuracy': '0.79' },
      ],
      { run: 'run_id', metrics: ['metrics.accuracy'] },
      'runs.csv',
    );
    expect(runs.map((r) => [r.seed, r.metrics, r.rows.length])).toEqual([
      ['a1', { 'metrics.accuracy': 0.81 }, 0],
      ['b2', { 'metrics.accuracy': 0.79 }, 0],
    ]);
  });

  it('rejects a value that is not a number and a repeated run x item x metric, naming the line', async () => {
    const dir = scratch();
    const bad = write(dir, 'bad.csv', 'run,item,metric,value\n1,q-1,accuracy,1\n1,q-2,accuracy,high\n');
    const columns = { run: 'run', item: 'item', metric: 'metric', value: 'value' };
    const { text } = await inputErrorOf(() => readEvalSources({ paths: [bad], columns }));
    expect(text).toMatch(/bad\.csv:3, field "value": the value is a string, not a finite number/);
    const twice = write(dir, 'twice.csv', 'run,item,metric,value\n1,q-1,accuracy,1\n1,q-1,accuracy,0\n');
    expect((await inputErrorOf(() => readEvalSources({ paths: [twice], columns }))).text).toContain(
      'run "1" has two values of "accuracy" for item "q-1"',
    );
  });

  it('names a mapped column the CSV lacks, with the mapping as the fix', async () => {
    const { text } = await inputErrorOf(() =>
      readEvalSources({
        paths: [fixture('table/long-baseline.csv')],
        columns: { ...LONG, slice: 'language' },
      }),
    );
    expect(text).toContain('field "language": the header has no "language" column');
    expect(text).toContain('Fix: map the columns the table has');
  });

  it('reads Parquet through the mapping, naming the row and column of a value that is not a number', async () => {
    // The leakage fixture's Parquet file has id, text and source columns, all strings.
    const parquet = 'fixtures/leakage/train.parquet';
    const columns = { run: 'source', item: 'id', metric: 'source', value: 'text' };
    const { text } = await inputErrorOf(() => readEvalSources({ paths: [parquet], columns }));
    expect(text).toMatch(/train\.parquet:1, field "text": the value is a string, not a finite number/);
    const missing = await inputErrorOf(() =>
      readEvalSources({ paths: [parquet], columns: { ...columns, value: 'score' } }),
    );
    expect(missing.text).toContain(
      'field "score": there is no "score" column (fields present: "id", "text", "source")',
    );
  });

  it('rejects a mapping with neither metric/value nor metrics, and a table without one', async () => {
    expect((await inputErrorOf(() => tableColumns({ run: 'run' }, 'sprintlab.yml'))).text).toMatch(
      /^sprintlab\.yml, field "columns": give either "metric" and "value"/,
    );
    expect(
      (await inputErrorOf(() => readEvalSources({ paths: [fixture('table/long-baseline.csv')] }))).text,
    ).toContain('a table needs a column mapping');
  });
});
