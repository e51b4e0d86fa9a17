import type { ExampleRow } from '../../core/results.js';
import { type AdaptedRun, idAt, inputError, isObject, objectAt, quoted } from './adapted.js';

/**
 * OpenAI evals record files (`oaieval ... --record_path run.jsonl`): a "spec" line, a "final_report"
 * line, and one line per event. The recorder flushes events in batches, so the final report may come
 * before, between or after them: the whole file is read before anything is decided.
 */

const FIX =
  'give the JSONL file that "oaieval" writes with --record_path (a "spec" line, events, a "final_report")';

/** Reads one record file line by line; `finish` turns it into a run. */
export class OpenAiEvalsRecord {
  private spec: Record<string, unknown> | undefined;
  private report: Record<string, unknown> | undefined;
  private readonly rows: ExampleRow[] = [];
  private readonly matched = new Map<string, number>();

  constructor(private readonly file: string) {}

  add(value: unknown, line: number): void {
    const { file } = this;
    const record = objectAt(value, file, '(line)', FIX, line);
    if ('spec' in record) {
      this.spec = objectAt(record.spec, file, 'spec', FIX, line);
      return;
    }
    if ('final_report' in record) {
      this.report = objectAt(record.final_report, file, 'final_report', FIX, line);
      return;
    }
    if (record.type !== 'match' && record.type !== 'metrics') return;
    const id = idAt(
      record.sample_id,
      file,
      'sample_id',
      'every event of a sample carries its "sample_id"; give the record file unedited',
      line,
    );
    const data = objectAt(record.data, file, 'data', FIX, line);
    if (record.type === 'match') {
      if (typeof data.correct !== 'boolean') {
        throw inputError(
          file,
          'data.correct',
          'a match event whose "correct" is not true or false',
          FIX,
          line,
        );
      }
      const first = this.matched.get(id);
      if (first !== undefined) {
        throw inputError(
          file,
          'sample_id',
          `sample ${quoted(id)} has two match events (lines ${first} and ${line})`,
          'give one run per record file: each sample is matched once in a run',
          line,
        );
      }
      this.matched.set(id, line);
      this.rows.push({ id, correct: data.correct, metric: 'accuracy' });
      return;
    }
    for (const [name, v] of Object.entries(data)) {
      if (typeof v === 'number' && Number.isFinite(v)) this.rows.push({ id, score: v, metric: name });
      else if (typeof v === 'boolean') this.rows.push({ id, correct: v, metric: name });
    }
  }

  finish(position: number): AdaptedRun {
    const { file, spec, report } = this;
    if (!spec) throw inputError(file, 'spec', 'the record has no "spec" line', FIX);
    if (!report) {
      throw inputError(
        file,
        'final_report',
        'the record has no "final_report": the eval did not finish',
        'give the record of a finished run (oaieval writes the final report when the eval completes)',
      );
    }
    const metrics: Record<string, number> = {};
    for (const [name, v] of Object.entries(report)) {
      if (typeof v === 'number' && Number.isFinite(v)) metrics[name] = v;
      else if (typeof v === 'boolean') metrics[name] = v ? 1 : 0;
    }
    if (Object.keys(metrics).length === 0) {
      throw inputError(file, 'final_report', 'the final report holds no numeric metric', FIX);
    }
    const fns = Array.isArray(spec.completion_fns)
      ? spec.completion_fns.filter((f) => typeof f === 'string')
      : [];
    const config = isObject(spec.run_config) ? spec.run_config : {};
    const seed = typeof config.seed === 'number' || typeof config.seed === 'string' ? config.seed : position;
    return {
      seed,
      metrics,
      rows: this.rows,
      files: [file],
      ...(fns.length > 0 ? { model: fns.join(', ') } : {}),
    };
  }
}

/** One run from the parsed lines of a record file (already-parsed JSON). */
export function openAiEvalsRun(lines: readonly unknown[], file: string, position = 1): AdaptedRun {
  const record = new OpenAiEvalsRecord(file);
  lines.forEach((v, i) => {
    record.add(v, i + 1);
  });
  return record.finish(position);
}
