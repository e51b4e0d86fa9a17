import { Ajv, type ErrorObject } from 'ajv';
import type { FormField, IssueForm } from './forms.js';
import { DATA_STAGES, type DataStage } from './record.js';

/** One thing wrong with an issue form, said so the author can fix it. */
export interface FormProblem {
  field: string;
  label: string;
  problem: string;
  fix: string;
}

export interface ExperimentSpec {
  hypothesis: string;
  method: string;
  dataset: string;
  model: string;
  metric: string;
  goal: 'maximize' | 'minimize';
  baseline: number;
  target: number;
  budgetGpuHours: number;
  /** The decision date, YYYY-MM-DD. */
  timeBox: string;
  successCriteria: string;
  killCriteria?: string;
  mode: 'explore' | 'exploit';
  dataTasks: number[];
  links?: string;
  readiness: { done: string[]; missing: string[] };
}

export interface DataTaskSpec {
  source: string;
  volume: number;
  qualityGate: string;
  blockingExperiments: number[];
  stage: DataStage;
}

/** A checkboxes answer: the boxes ticked and the boxes left empty, by their labels. */
export interface Checkboxes {
  selected: string[];
  unselected: string[];
}

export interface ParsedForm {
  /** The raw text of each answered field, by field id. */
  values: Record<string, string | string[] | Checkboxes | undefined>;
  problems: FormProblem[];
}

const NUMBER = '^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$';
const DATE_OR_DURATION = '^(\\d{4}-\\d{2}-\\d{2}|\\d+\\s*(d|days?|w|weeks?))$';
const ISSUE_REFS = '^#?\\d+([\\s,;]+#?\\d+)*$';

/** The JSON Schema of a form's answers, derived from the form so the two cannot drift. */
export function formSchema(form: IssueForm) {
  const properties: Record<string, object> = {};
  for (const f of form.fields) {
    if (f.kind === 'checklist') continue;
    if (f.kind === 'number') properties[f.id] = { type: 'string', pattern: NUMBER };
    else if (f.kind === 'date') properties[f.id] = { type: 'string', pattern: DATE_OR_DURATION };
    else if (f.kind === 'issue-refs') properties[f.id] = { type: 'string', pattern: ISSUE_REFS };
    else if (f.kind === 'choice') properties[f.id] = { enum: f.options };
    else properties[f.id] = { type: 'string', minLength: 1 };
  }
  return {
    type: 'object',
    properties,
    required: form.fields.filter((f) => f.required && f.kind !== 'checklist').map((f) => f.id),
  };
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<IssueForm, ReturnType<typeof ajv.compile>>();

function validatorFor(form: IssueForm) {
  let v = validators.get(form);
  if (!v) {
    v = ajv.compile(formSchema(form));
    validators.set(form, v);
  }
  return v;
}

// Hints are either what to write ("a number, e.g. `0.84`") or already an instruction ("pick `maximize` or …").
const fixFor = (field: FormField) =>
  /^(pick|tick|choose|select)\b/i.test(field.hint)
    ? `Edit the issue and ${field.hint}.`
    : `Edit the issue and write ${field.hint}.`;

const fieldById = (form: IssueForm, id: string): FormField | undefined =>
  form.fields.find((f) => f.id === id);

function problemOf(form: IssueForm, error: ErrorObject): FormProblem | undefined {
  const id =
    error.keyword === 'required'
      ? String((error.params as { missingProperty: string }).missingProperty)
      : error.instancePath.replace(/^\//, '');
  const field = fieldById(form, id);
  if (!field) return undefined;
  const problem =
    error.keyword === 'required'
      ? 'is empty'
      : field.kind === 'number'
        ? 'is not a number'
        : field.kind === 'date'
          ? 'is not a date (YYYY-MM-DD) or a duration'
          : field.kind === 'issue-refs'
            ? 'is not a list of issue numbers'
            : field.kind === 'choice'
              ? `is not one of: ${(field.options ?? []).join(', ')}`
              : 'is empty';
  return { field: id, label: field.label, problem, fix: fixFor(field) };
}

/** The answers flattened to what the schema checks: a dropdown's single choice, trimmed text. */
function answers(form: IssueForm, values: ParsedForm['values']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of form.fields) {
    const v = values[f.id];
    if (typeof v === 'string' && v.trim() !== '') out[f.id] = v.trim();
    else if (Array.isArray(v) && v[0]) out[f.id] = v[0].trim();
  }
  return out;
}

const EMPTY_ANSWERS = new Set(['none', '_no response_']);

/** One answer as GitHub wrote it: text, a dropdown's choices, or ticked and unticked boxes. */
function answerOf(field: FormField, lines: string[]): ParsedForm['values'][string] {
  const text = lines.join('\n').trim();
  if (text === '') return undefined;
  if (EMPTY_ANSWERS.has(text.toLowerCase()))
    return field.type === 'dropdown'
      ? []
      : field.type === 'checkboxes'
        ? { selected: [], unselected: [] }
        : undefined;
  if (field.type === 'dropdown') return text.split(/, */);
  if (field.type !== 'checkboxes') return text;
  const boxes: Checkboxes = { selected: [], unselected: [] };
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (/^-\s\[x\]\s/i.test(line)) boxes.selected.push(line.slice(6));
    else boxes.unselected.push(line.replace(/-\s\[\s\]\s/, ''));
  }
  return boxes;
}

/**
 * The answers by field id. Only a line that is exactly one of the form's own `### Label` headings
 * starts an answer, so a `###` typed inside an answer stays part of it; one pass over the lines.
 */
function answersByField(form: IssueForm, body: string): ParsedForm['values'] {
  const byHeading = new Map(form.fields.map((f) => [`### ${f.label}`, f]));
  const sections = new Map<FormField, string[]>();
  let current: string[] | undefined;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const field = byHeading.get(line.trimEnd());
    if (field) {
      current = [];
      sections.set(field, current);
    } else current?.push(line);
  }
  const values: ParsedForm['values'] = {};
  for (const [field, lines] of sections) values[field.id] = answerOf(field, lines);
  return values;
}

/**
 * Reads an issue body written by one of the forms, in time linear in its length. Only the form's own
 * headings split answers, so a `###` heading typed inside a textarea stays part of that answer.
 */
export function parseForm(form: IssueForm, body: string | null | undefined): ParsedForm {
  const values = answersByField(form, body ?? '');
  const validate = validatorFor(form);
  const problems: FormProblem[] = [];
  if (!validate(answers(form, values))) {
    for (const error of validate.errors ?? []) {
      const p = problemOf(form, error);
      if (p && !problems.some((q) => q.field === p.field)) problems.push(p);
    }
  }
  for (const f of form.fields) {
    const text = answers(form, values)[f.id];
    if (f.positive && text !== undefined && !problems.some((p) => p.field === f.id) && !(Number(text) > 0)) {
      problems.push({
        field: f.id,
        label: f.label,
        problem: 'must be greater than 0',
        fix: fixFor(f),
      });
    }
  }
  // Keep the form's field order so the comment reads top to bottom like the issue.
  const order = form.fields.map((f) => f.id);
  problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return { values, problems };
}

const DAY_MS = 86_400_000;

/** The time box as a YYYY-MM-DD date: as written, or a duration counted from the issue's creation. */
export function resolveTimeBox(text: string, createdAt: Date): string | undefined {
  const t = text.trim();
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (date) {
    const d = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
    return d.toISOString().slice(0, 10) === t ? t : undefined;
  }
  const duration = /^(\d+)\s*(d|days?|w|weeks?)$/.exec(t);
  if (!duration) return undefined;
  const days = Number(duration[1]) * (duration[2]?.startsWith('w') ? 7 : 1);
  return new Date(createdAt.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export const parseIssueRefs = (text: string | undefined): number[] =>
  [...new Set((text?.match(/\d+/g) ?? []).map(Number))].filter((n) => n > 0);

const str = (v: ParsedForm['values'][string]): string | undefined =>
  typeof v === 'string' ? v.trim() || undefined : Array.isArray(v) ? v[0] : undefined;

/**
 * The experiment form read and checked against the domain rules: the target lies beyond the
 * baseline in the goal's direction, and the time box is not already over (`now` is given, never read).
 */
export function readExperiment(
  form: IssueForm,
  body: string | null | undefined,
  opts: { now: Date; createdAt: Date },
): { spec?: ExperimentSpec; problems: FormProblem[] } {
  const { values, problems } = parseForm(form, body);
  const bad = (id: string) => problems.some((p) => p.field === id);
  const add = (id: string, problem: string, fix: string) =>
    problems.push({ field: id, label: fieldById(form, id)?.label ?? id, problem, fix });

  const goal = str(values.goal) as ExperimentSpec['goal'] | undefined;
  const baseline = Number(str(values.baseline));
  const target = Number(str(values.target));
  if (!bad('goal') && !bad('baseline') && !bad('target') && goal) {
    if (target === baseline)
      add('target', 'equals the baseline', 'Set a target that improves on the baseline.');
    else if (goal === 'maximize' && target < baseline)
      add(
        'target',
        `(${target}) is below the baseline (${baseline}) but the goal is maximize`,
        'Raise the target above the baseline, or set Goal to `minimize`.',
      );
    else if (goal === 'minimize' && target > baseline)
      add(
        'target',
        `(${target}) is above the baseline (${baseline}) but the goal is minimize`,
        'Lower the target below the baseline, or set Goal to `maximize`.',
      );
  }
  let timeBox: string | undefined;
  const timeText = str(values.time_box);
  if (timeText && !bad('time_box')) {
    timeBox = resolveTimeBox(timeText, opts.createdAt);
    if (!timeBox)
      add('time_box', `"${timeText}" is not a real date`, 'Write the date as YYYY-MM-DD, e.g. `2026-12-31`.');
    else if (timeBox < opts.now.toISOString().slice(0, 10))
      add(
        'time_box',
        `(${timeBox}) is in the past`,
        'Set a decision date in the future, or comment `/kill` or `/promote` if a decision was made.',
      );
  }
  if (problems.length) return { problems };
  const readiness = values.readiness as Checkboxes | undefined;
  const checklist = fieldById(form, 'readiness')?.options ?? [];
  const done = readiness?.selected ?? [];
  return {
    problems,
    spec: {
      hypothesis: str(values.hypothesis) ?? '',
      method: str(values.method) ?? '',
      dataset: str(values.dataset) ?? '',
      model: str(values.model) ?? '',
      metric: str(values.metric) ?? '',
      goal: goal ?? 'maximize',
      baseline,
      target,
      budgetGpuHours: Number(str(values.budget)),
      timeBox: timeBox ?? '',
      successCriteria: str(values.success_criteria) ?? '',
      killCriteria: str(values.kill_criteria),
      mode: (str(values.mode) as ExperimentSpec['mode']) ?? 'explore',
      dataTasks: parseIssueRefs(str(values.data_tasks)),
      links: str(values.links),
      readiness: { done, missing: checklist.filter((item) => !done.includes(item)) },
    },
  };
}

export function readDataTask(
  form: IssueForm,
  body: string | null | undefined,
): { spec?: DataTaskSpec; problems: FormProblem[] } {
  const { values, problems } = parseForm(form, body);
  if (problems.length) return { problems };
  const stage = str(values.stage);
  return {
    problems,
    spec: {
      source: str(values.source) ?? '',
      volume: Number(str(values.volume)),
      qualityGate: str(values.quality_gate) ?? '',
      blockingExperiments: parseIssueRefs(str(values.blocking_experiments)),
      stage: (DATA_STAGES as readonly string[]).includes(stage ?? '') ? (stage as DataStage) : 'Data needed',
    },
  };
}
