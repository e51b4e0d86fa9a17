import { InputError } from '../../core/errors.js';
import type { ExampleRow, SliceResult } from '../../core/results.js';

/** The tools whose outputs can be read as eval results. */
export const SOURCE_FORMATS = [
  'sprintlab',
  'lm-eval',
  'promptfoo',
  'inspect',
  'openai-evals',
  'table',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** One run (a seed, a repeat, an epoch) as an adapter found it in a tool's output. */
export interface AdaptedRun {
  seed: number | string;
  metrics: Record<string, number>;
  slices?: Record<string, SliceResult>;
  /** Per-item outcomes, each naming the metric it measures. */
  rows: ExampleRow[];
  /** The model or system evaluated, as the tool records it. */
  model?: string;
  files: string[];
}

/** What an adapter read: one side's runs, and the tool's version when it records one. */
export interface Adapted {
  tool: SourceFormat;
  version?: string;
  runs: AdaptedRun[];
}

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kind of a JSON value, for messages that must not echo the value itself. */
export const kindOf = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'an object'
        : typeof v === 'string'
          ? 'a string'
          : typeof v === 'number'
            ? 'a number'
            : typeof v === 'boolean'
              ? 'true/false'
              : 'nothing';

/**
 * A name from a file (a model, a task) as a message shows it: quoted with JSON escapes, so a line
 * break cannot start a line of its own (a workflow command), and clipped.
 */
export const quoted = (text: string): string =>
  JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * Field paths and problems can hold keys from the file (a task, a scorer): control characters are
 * written as escapes, so no line break reaches the output, and an overlong key is clipped.
 */
const printable = (text: string, max: number): string => {
  let safe = '';
  for (const ch of text.length > max ? `${text.slice(0, max)}…` : text) {
    const c = ch.codePointAt(0)!;
    safe +=
      c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029 ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
  }
  return safe;
};

export const inputError = (file: string, field: string, problem: string, fix: string, line?: number) =>
  new InputError(printable(problem, 300), {
    file,
    field: printable(field, 120),
    fix,
    ...(line ? { line } : {}),
  });

/** A field that must be an object, or an input error naming it. */
export function objectAt(
  value: unknown,
  file: string,
  field: string,
  fix: string,
  line?: number,
): JsonObject {
  if (isObject(value)) return value;
  throw inputError(file, field, `"${field}" is ${kindOf(value)}, not an object`, fix, line);
}

/** A metric value that must be a finite number. */
export function finiteAt(value: unknown, file: string, field: string, fix: string, line?: number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw inputError(file, field, `"${field}" is ${kindOf(value)}, not a finite number`, fix, line);
}

/** An item id as the tools write them: a string, or a number read as its decimal form. */
export function idAt(value: unknown, file: string, field: string, fix: string, line?: number): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw inputError(
    file,
    field,
    value === undefined ? `the sample has no "${field}"` : `"${field}" is ${kindOf(value)}, not an id`,
    fix,
    line,
  );
}

/**
 * A metric whose per-item values are all 0 or 1 is a right/wrong outcome: its rows carry `correct`,
 * so the paired test can use McNemar's exact test and golden examples can see flips.
 */
export function settleOutcomes(rows: ExampleRow[]): ExampleRow[] {
  const graded = new Set<string | undefined>();
  for (const r of rows) if (r.score !== undefined && r.score !== 0 && r.score !== 1) graded.add(r.metric);
  return rows.map((r) =>
    r.score === undefined || graded.has(r.metric)
      ? r
      : {
          id: r.id,
          correct: r.score === 1,
          ...(r.slice ? { slice: r.slice } : {}),
          ...(r.metric ? { metric: r.metric } : {}),
        },
  );
}

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** All runs of one side must evaluate one model: mixing two would compare nothing with anything. */
export function assertOneModel(runs: readonly AdaptedRun[], field: string): void {
  const first = runs.find((r) => r.model !== undefined);
  const other = runs.find((r) => r.model !== undefined && r.model !== first?.model);
  if (!first || !other) return;
  throw new InputError(
    `runs of one side evaluate different models (${quoted(first.model!)} and ${quoted(other.model!)})`,
    {
      file: other.files[0] ?? '',
      field,
      fix: `give one side the runs of one model only (seeds or repeats of the same system); ${first.files[0]} is for ${quoted(first.model!)}`,
    },
  );
}
