import { dump } from 'js-yaml';
import type { IssueKind } from './record.js';

/**
 * The issue forms, defined once. `.github/ISSUE_TEMPLATE/*.yml` are rendered from these (a test keeps
 * them identical), and the parser and validator are derived from the same definitions, so a label
 * renamed here cannot silently stop matching the headings of issues opened from the form.
 */

/** How a field's text is read and checked, beyond what the form itself enforces. */
export type ValueKind = 'text' | 'number' | 'date' | 'issue-refs' | 'choice' | 'checklist';

export interface FormField {
  id: string;
  type: 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  label: string;
  description: string;
  placeholder?: string;
  options?: string[];
  required: boolean;
  kind: ValueKind;
  /** Numbers that must be strictly positive. */
  positive?: boolean;
  /** What to write, said to the user when the field is missing or malformed. */
  hint: string;
}

export interface IssueForm {
  kind: IssueKind;
  file: string;
  name: string;
  description: string;
  title: string;
  /** The type label the form sets, which tells the app which form an issue came from. */
  label: string;
  intro: string;
  fields: FormField[];
}

export const READINESS_CHECKLIST = [
  'Gate passed on the final candidate',
  'Model card or experiment summary written',
  'Rollback plan agreed',
  'Monitoring and alerts in place',
  'Serving cost reviewed',
];

export const experimentForm: IssueForm = {
  kind: 'experiment',
  file: 'experiment.yml',
  name: 'Experiment',
  description: 'Propose an AI/ML experiment: hypothesis, metric, baseline, target, budget and time box.',
  title: '[Experiment] ',
  label: 'experiment',
  intro:
    'Sprintlab checks this form when the issue is opened or edited, puts it on the board in **Hypothesis**, and keeps its log. Comment `/help` for the commands.',
  fields: [
    {
      id: 'hypothesis',
      type: 'textarea',
      label: 'Hypothesis',
      description: 'What you believe, and why it should move the metric.',
      placeholder: 'Fine-tuning with QLoRA r=16 on the support transcripts raises accuracy because ...',
      required: true,
      kind: 'text',
      hint: 'one or two sentences: what you expect to change and why',
    },
    {
      id: 'method',
      type: 'textarea',
      label: 'Method',
      description: 'How you will test it: model changes, training setup, evaluation protocol.',
      required: true,
      kind: 'text',
      hint: 'the training and evaluation setup in a few lines',
    },
    {
      id: 'dataset',
      type: 'input',
      label: 'Dataset and version',
      description: 'The eval (and training) data, with a version or hash.',
      placeholder: 'support-eval-500 @ sha256:9f2c...',
      required: true,
      kind: 'text',
      hint: 'the dataset name and its version, e.g. `support-eval-500 @ v3`',
    },
    {
      id: 'model',
      type: 'input',
      label: 'Model',
      description: 'The model or checkpoint under test.',
      placeholder: 'llama-3-8b-instruct + QLoRA r16',
      required: true,
      kind: 'text',
      hint: 'the model or checkpoint name',
    },
    {
      id: 'metric',
      type: 'input',
      label: 'Primary metric',
      description: 'The one metric that decides, named as in the eval results.',
      placeholder: 'accuracy',
      required: true,
      kind: 'text',
      hint: 'the metric name as it appears in the results file, e.g. `accuracy`',
    },
    {
      id: 'goal',
      type: 'dropdown',
      label: 'Goal',
      description: 'Which direction is better for the primary metric.',
      options: ['maximize', 'minimize'],
      required: true,
      kind: 'choice',
      hint: 'pick `maximize` or `minimize`',
    },
    {
      id: 'baseline',
      type: 'input',
      label: 'Baseline value',
      description: 'The primary metric measured on the current system.',
      placeholder: '0.84',
      required: true,
      kind: 'number',
      hint: 'a number, e.g. `0.84`',
    },
    {
      id: 'target',
      type: 'input',
      label: 'Target value',
      description: 'The value that would count as success.',
      placeholder: '0.90',
      required: true,
      kind: 'number',
      hint: 'a number beyond the baseline in the goal direction, e.g. `0.90`',
    },
    {
      id: 'budget',
      type: 'input',
      label: 'Compute budget (GPU-hours)',
      description: 'GPU-hours you may spend before asking for more.',
      placeholder: '40',
      required: true,
      kind: 'number',
      positive: true,
      hint: 'a number of GPU-hours greater than 0, e.g. `40`',
    },
    {
      id: 'time_box',
      type: 'input',
      label: 'Time box',
      description: 'The date by which a decision is due (YYYY-MM-DD), or a duration such as `2 weeks`.',
      placeholder: '2026-12-31',
      required: true,
      kind: 'date',
      hint: 'a date in the future as YYYY-MM-DD, or a duration such as `10 days` or `2 weeks`',
    },
    {
      id: 'success_criteria',
      type: 'textarea',
      label: 'Success criteria',
      description: 'What result makes you promote it.',
      required: true,
      kind: 'text',
      hint: 'what result makes you promote it',
    },
    {
      id: 'kill_criteria',
      type: 'textarea',
      label: 'Kill criteria',
      description:
        'What result makes you stop. Sprintlab also suggests a kill on budget overrun, a plateau, or a large gap to target.',
      required: false,
      kind: 'text',
      hint: 'what result makes you stop',
    },
    {
      id: 'mode',
      type: 'dropdown',
      label: 'Explore or exploit',
      description: 'Exploring a new direction, or exploiting a known one?',
      options: ['explore', 'exploit'],
      required: true,
      kind: 'choice',
      hint: 'pick `explore` or `exploit`',
    },
    {
      id: 'data_tasks',
      type: 'input',
      label: 'Blocking data tasks',
      description: 'Data task issues that must be Ready before this can start, e.g. `#12, #15`.',
      placeholder: '#12',
      required: false,
      kind: 'issue-refs',
      hint: 'issue numbers such as `#12, #15`',
    },
    {
      id: 'links',
      type: 'textarea',
      label: 'Links',
      description: 'Papers, dashboards, prior experiments.',
      required: false,
      kind: 'text',
      hint: 'links, one a line',
    },
    {
      id: 'readiness',
      type: 'checkboxes',
      label: 'Production readiness',
      description: 'Tick these (edit the issue) before `/promote`.',
      options: READINESS_CHECKLIST,
      required: false,
      kind: 'checklist',
      hint: 'tick every item before promoting',
    },
  ],
};

export const dataTaskForm: IssueForm = {
  kind: 'data-task',
  file: 'data-task.yml',
  name: 'Data task',
  description: 'Collect, annotate or clean data that an experiment needs.',
  title: '[Data] ',
  label: 'data-task',
  intro:
    'Data tasks move through Data needed → Collection → Annotation → QA → Ready. Comment `/stage <name>` to move it.',
  fields: [
    {
      id: 'source',
      type: 'textarea',
      label: 'Source',
      description: 'Where the data comes from, and its licence.',
      required: true,
      kind: 'text',
      hint: 'where the data comes from',
    },
    {
      id: 'volume',
      type: 'input',
      label: 'Volume',
      description: 'How many items are needed.',
      placeholder: '5000',
      required: true,
      kind: 'number',
      positive: true,
      hint: 'a number of items greater than 0, e.g. `5000`',
    },
    {
      id: 'quality_gate',
      type: 'textarea',
      label: 'Quality gate',
      description: 'What must hold before the data is Ready (agreement, spot checks, dedup against eval).',
      required: true,
      kind: 'text',
      hint: 'the check that makes the data Ready, e.g. `inter-annotator kappa >= 0.8`',
    },
    {
      id: 'blocking_experiments',
      type: 'input',
      label: 'Blocking experiments',
      description: 'Experiment issues that cannot start until this is Ready, e.g. `#7, #9`.',
      placeholder: '#7',
      required: false,
      kind: 'issue-refs',
      hint: 'issue numbers such as `#7, #9`',
    },
    {
      id: 'stage',
      type: 'dropdown',
      label: 'Stage',
      description: 'Where the task starts.',
      options: ['Data needed', 'Collection', 'Annotation', 'QA', 'Ready'],
      required: false,
      kind: 'choice',
      hint: 'pick one of the stages',
    },
  ],
};

export const mlEngineeringForm: IssueForm = {
  kind: 'ml-engineering',
  file: 'ml-engineering.yml',
  name: 'ML engineering',
  description: 'Infrastructure, optimisation or deployment work around a model.',
  title: '[ML eng] ',
  label: 'ml-engineering',
  intro: 'Engineering work that supports experiments: infra, optimisation, deployment.',
  fields: [
    {
      id: 'area',
      type: 'dropdown',
      label: 'Area',
      description: 'What kind of work.',
      options: ['infra', 'optimisation', 'deployment'],
      required: true,
      kind: 'choice',
      hint: 'pick `infra`, `optimisation` or `deployment`',
    },
    {
      id: 'description',
      type: 'textarea',
      label: 'Description',
      description: 'What will be built or changed.',
      required: true,
      kind: 'text',
      hint: 'what will be built or changed',
    },
    {
      id: 'artifact',
      type: 'input',
      label: 'Model artifact',
      description: 'The model artifact concerned (registry path, checkpoint).',
      placeholder: 'models/support-bot-qlora-r16',
      required: false,
      kind: 'text',
      hint: 'the artifact path or name',
    },
    {
      id: 'latency_target_ms',
      type: 'input',
      label: 'Latency target (p95 ms)',
      description: 'Leave empty if none.',
      placeholder: '500',
      required: false,
      kind: 'number',
      positive: true,
      hint: 'a number of milliseconds greater than 0, e.g. `500`',
    },
    {
      id: 'cost_target',
      type: 'input',
      label: 'Cost target (USD per 1k requests)',
      description: 'Leave empty if none.',
      placeholder: '0.40',
      required: false,
      kind: 'number',
      positive: true,
      hint: 'a number greater than 0, e.g. `0.40`',
    },
  ],
};

export const FORMS: readonly IssueForm[] = [experimentForm, dataTaskForm, mlEngineeringForm];

export const formFor = (kind: IssueKind): IssueForm =>
  kind === 'experiment' ? experimentForm : kind === 'data-task' ? dataTaskForm : mlEngineeringForm;

/** Which form an issue came from, by the type label the form set. */
export function formOfLabels(labels: readonly string[]): IssueForm | undefined {
  return FORMS.find((f) => labels.includes(f.label));
}

/** The text of a `### Heading` line, trimmed; undefined for any other line. */
function headingText(line: string): string | undefined {
  if (!line.startsWith('###') || !/^\s/.test(line.slice(3, 4))) return undefined;
  return line.slice(3).trim() || undefined;
}

/**
 * Which form an issue body was written from, by its headings: every required field's `### Label`.
 * GitHub applies a form's label only if the label exists in the repository, so the body is the
 * fallback that still recognises the issue (and the app then adds the label).
 */
export function formOfBody(body: string | null | undefined): IssueForm | undefined {
  const headings = new Set((body ?? '').split('\n').flatMap((line) => headingText(line) ?? []));
  return FORMS.find((f) => f.fields.filter((x) => x.required).every((x) => headings.has(x.label)));
}

/** The form of an issue: its type label, else its headings. */
export const formOfIssue = (
  labels: readonly string[],
  body: string | null | undefined,
): IssueForm | undefined => formOfLabels(labels) ?? formOfBody(body);

/** The GitHub issue form YAML for a form (what `.github/ISSUE_TEMPLATE/<file>` holds). */
export function formYaml(form: IssueForm): string {
  const body = [
    { type: 'markdown', attributes: { value: form.intro } },
    ...form.fields.map((f) => {
      const attributes: Record<string, unknown> = { label: f.label, description: f.description };
      if (f.placeholder && (f.type === 'input' || f.type === 'textarea'))
        attributes.placeholder = f.placeholder;
      if (f.type === 'dropdown') attributes.options = f.options;
      if (f.type === 'checkboxes') attributes.options = (f.options ?? []).map((label) => ({ label }));
      const field: Record<string, unknown> = { type: f.type, id: f.id, attributes };
      if (f.required) field.validations = { required: true };
      return field;
    }),
  ];
  const header = `# Generated from src/core/experiment/forms.ts: edit that file, not this one.\n`;
  return (
    header +
    dump(
      { name: form.name, description: form.description, title: form.title, labels: [form.label], body },
      { lineWidth: 120, noRefs: true },
    )
  );
}
