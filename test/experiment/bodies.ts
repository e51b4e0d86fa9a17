import type { IssueForm } from '../../src/core/experiment/forms.js';
import { experimentForm } from '../../src/core/experiment/forms.js';

/** An issue body as GitHub renders a submitted form: `### Label`, a blank line, the answer or `_No response_`. */
export function renderBody(
  form: IssueForm,
  answers: Record<string, string | string[] | undefined>,
  eol = '\n',
): string {
  return form.fields
    .map((f) => {
      const a = answers[f.id];
      let value: string;
      if (f.type === 'checkboxes') {
        const ticked = Array.isArray(a) ? a : [];
        value = (f.options ?? []).map((o) => `- [${ticked.includes(o) ? 'X' : ' '}] ${o}`).join(eol);
      } else value = a === undefined || a === '' ? '_No response_' : Array.isArray(a) ? a.join(', ') : a;
      return `### ${f.label}${eol}${eol}${value}`;
    })
    .join(`${eol}${eol}`);
}

export const validExperiment: Record<string, string | string[] | undefined> = {
  hypothesis: 'QLoRA r16 on support transcripts raises accuracy.',
  method: 'Fine-tune 3 epochs, evaluate 5 seeds on support-eval-500.',
  dataset: 'support-eval-500 @ v3',
  model: 'llama-3-8b + QLoRA r16',
  metric: 'accuracy',
  goal: 'maximize',
  baseline: '0.84',
  target: '0.90',
  budget: '40',
  time_box: '2026-12-31',
  success_criteria: 'accuracy >= 0.90 with the gate passing',
  kill_criteria: undefined,
  mode: 'explore',
  data_tasks: undefined,
  links: undefined,
};

export const experimentBody = (overrides: Record<string, string | string[] | undefined> = {}, eol = '\n') =>
  renderBody(experimentForm, { ...validExperiment, ...overrides }, eol);
