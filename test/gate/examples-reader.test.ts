import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { examplesFromJsonl } from '../../src/io/results/examples.js';

describe('per-item rows (JSONL)', () => {
  it('reads correct and score rows, numeric ids, CRLF line ends and blank lines', () => {
    const text =
      '{"id":"q-1","correct":true,"slice":"lang:de"}\r\n\r\n  \n{"id":7,"score":0.25}\n{"id":"q-3","correct":false,"extra":[1,2]}\n';
    expect(examplesFromJsonl(text, 'x.jsonl')).toEqual([
      { id: 'q-1', correct: true, slice: 'lang:de' },
      { id: '7', score: 0.25 },
      { id: 'q-3', correct: false },
    ]);
  });

  it('names the line of a bad row, counting the blank lines before it', () => {
    const text = '{"id":"a","correct":true}\n\n{"id":"b","correct":true}\n{"id":"c","correct":tru}\n';
    try {
      examplesFromJsonl(text, 'runs/seed1.jsonl');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).describe()).toMatch(/^runs\/seed1\.jsonl:4: the row is not valid JSON/);
    }
  });

  const described = (text: string) => {
    try {
      examplesFromJsonl(text, 'f');
    } catch (e) {
      return (e as InputError).describe();
    }
    return 'no error';
  };
  it('rejects two values on one line, and a row without an outcome', () => {
    expect(described('{"id":"a","correct":true} {"id":"b"}\n')).toMatch(/^f:1: the row is not valid JSON/);
    expect(described('{"id":"a"}\n')).toMatch(/^f:1: the row has neither "correct" nor "score"/);
    expect(described('{"id":"a","correct":true}\n[1]\n')).toMatch(/^f:2: the row is not a JSON object/);
  });
});

describe('per-item rows: one row per item', () => {
  it('names both lines of a repeated id', () => {
    const text = '{"id":"a","correct":true}\n{"id":"b","correct":true}\n\n{"id":"a","correct":false}\n';
    expect(() => examplesFromJsonl(text, 'runs/seed2.jsonl')).toThrow(InputError);
    try {
      examplesFromJsonl(text, 'runs/seed2.jsonl');
    } catch (e) {
      expect((e as InputError).describe()).toMatch(
        /^runs\/seed2\.jsonl:4, field "id": item id "a" appears twice \(lines 1 and 4\)\nFix: /,
      );
    }
  });
  it('a numeric id and the same id as a string are one item', () => {
    expect(() => examplesFromJsonl('{"id":7,"score":1}\n{"id":"7","score":0}\n', 'f')).toThrow(
      /appears twice/,
    );
  });
});
