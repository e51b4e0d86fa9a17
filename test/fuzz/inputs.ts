import fc from 'fast-check';

/** One seed for every fuzz property, so CI sees the same inputs on every run (SPRINTLAB_FUZZ_SEED to explore). */
export const SEED = Number(process.env.SPRINTLAB_FUZZ_SEED ?? 20261203);

/** A property's number of inputs, times SPRINTLAB_FUZZ_SCALE (e.g. 20 for a long local run). */
export const scaled = (runs: number): number =>
  Math.max(1, Math.round(runs * Number(process.env.SPRINTLAB_FUZZ_SCALE ?? 1)));

// Text that parsers treat specially, so mutations reach their edge cases rather than only noise.
const TOKENS = [
  '"',
  '""',
  '\\',
  '\n',
  '\r\n',
  '\r',
  '\u0000',
  '\uFEFF',
  ',',
  ':',
  '#',
  '###',
  '{',
  '}',
  '[',
  ']',
  '[[[[[[[[[[[[',
  'null',
  'true',
  '1e309',
  '-0',
  'NaN',
  '9007199254740993',
  '__proto__',
  'constructor',
  'toString',
  '"__proto__": {}',
  '- [x] ',
  '_No response_',
  '/kill',
  '&a ',
  '*a',
  '!!js/function',
  '  ',
  '\t',
  '\u2028',
  '\uD800',
];

interface Edit {
  at: number;
  kind: 'replace' | 'insert' | 'delete' | 'repeat';
  text: string;
  length: number;
}

function applyEdit(s: string, e: Edit): string {
  const at = Math.floor(e.at * s.length);
  const end = Math.min(s.length, at + e.length);
  if (e.kind === 'insert') return s.slice(0, at) + e.text + s.slice(at);
  if (e.kind === 'delete') return s.slice(0, at) + s.slice(end);
  if (e.kind === 'repeat') return s.slice(0, end) + s.slice(at, end).repeat(3) + s.slice(end);
  return s.slice(0, at) + e.text + s.slice(end);
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('replace', 'insert', 'delete', 'repeat'),
  text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6, unit: 'binary' })),
  length: fc.integer({ min: 0, max: 40 }),
});

/**
 * Inputs for a text reader: random text, a valid seed cut short, and a seed with a few edits
 * (replaced, inserted, deleted or repeated pieces, often tokens the format gives meaning to).
 */
export function textInputs(seeds: readonly string[]): fc.Arbitrary<string> {
  const seed = fc.constantFrom(...seeds);
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc
      .tuple(seed, fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([s, cut]) => s.slice(0, Math.floor(s.length * cut))),
    fc
      .tuple(seed, fc.array(edit, { minLength: 1, maxLength: 6 }))
      .map(([s, edits]) => edits.reduce(applyEdit, s)),
  );
}

/** Inputs for a binary reader: random bytes, a seed cut short, a seed with bytes overwritten. */
export function byteInputs(seed: Uint8Array): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
    fc.nat(seed.length).map((cut) => Buffer.from(seed.subarray(0, cut))),
    fc.array(fc.tuple(fc.nat(seed.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }).map((writes) => {
      const b = Buffer.from(seed);
      for (const [i, v] of writes) b[i] = v;
      return b;
    }),
  );
}
