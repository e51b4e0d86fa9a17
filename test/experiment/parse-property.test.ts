import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { experimentForm } from '../../src/core/experiment/forms.js';
import { parseForm } from '../../src/core/experiment/parse.js';
import { renderBody } from './bodies.js';

const labels = new Set(experimentForm.fields.map((f) => f.label));
// Answers a person could type: words, symbols that mean something in Markdown, their own headings, CRLF.
const line = fc
  .array(
    fc.constantFrom(
      'word',
      '#',
      '###',
      ' ',
      '|',
      '*',
      '`',
      '@team',
      '<b>',
      '-',
      '[x]',
      '_No',
      'Phase 1',
      '0.5',
    ),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(' '));
const answer = fc
  .array(line, { minLength: 1, maxLength: 5 })
  .map((lines) => lines.join('\n').trim())
  // A line that is exactly another field's heading is where GitHub's own rendering becomes ambiguous.
  .filter(
    (text) => text !== '' && !text.split('\n').some((l) => labels.has(l.replace(/^###\s*/, '').trim())),
  );

describe('parsing rendered bodies (property)', () => {
  it('reads back every textarea answer as written, whatever it contains, with LF or CRLF', () => {
    fc.assert(
      fc.property(answer, answer, fc.boolean(), (hypothesis, method, crlf) => {
        const body = renderBody(
          experimentForm,
          { hypothesis, method, dataset: 'd', metric: 'accuracy' },
          crlf ? '\r\n' : '\n',
        );
        const { values } = parseForm(experimentForm, body);
        const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
        expect(squash(String(values.hypothesis))).toBe(squash(hypothesis));
        expect(squash(String(values.method))).toBe(squash(method));
        expect(values.dataset).toBe('d');
        expect(values.metric).toBe('accuracy');
      }),
      { numRuns: 300 },
    );
  });
});
