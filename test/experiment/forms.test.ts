import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FORMS, formOfLabels, formYaml } from '../../src/core/experiment/forms.js';

describe('issue forms', () => {
  it.each(FORMS.map((f) => [f.file, f] as const))(
    '%s in .github/ISSUE_TEMPLATE is rendered from forms.ts',
    (file, form) => {
      const onDisk = readFileSync(new URL(`../../.github/ISSUE_TEMPLATE/${file}`, import.meta.url), 'utf8');
      expect(onDisk).toBe(formYaml(form));
    },
  );

  it.each(FORMS.map((f) => [f.file, f] as const))(
    '%s is a well-formed issue form that sets its type label',
    (_file, form) => {
      const doc = load(formYaml(form)) as {
        name: string;
        labels: string[];
        body: { type: string; id?: string; attributes: { label?: string } }[];
      };
      expect(doc.labels).toEqual([form.label]);
      const ids = doc.body.filter((b) => b.type !== 'markdown').map((b) => b.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const b of doc.body) if (b.type !== 'markdown') expect(b.id).toMatch(/^[a-z_]+$/);
      const labels = doc.body.filter((b) => b.type !== 'markdown').map((b) => b.attributes.label);
      expect(new Set(labels).size).toBe(labels.length);
    },
  );

  it('finds the form an issue came from by its type label', () => {
    expect(formOfLabels(['bug', 'experiment'])?.kind).toBe('experiment');
    expect(formOfLabels(['data-task'])?.kind).toBe('data-task');
    expect(formOfLabels(['bug'])).toBeUndefined();
  });
});
