import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fingerprinter } from '../../src/core/leakage/fingerprint.js';
import {
  hashNormalisedAscii,
  hashNormalisedPrefix,
  hashString,
  hashUnits,
  prefixHash,
} from '../../src/core/leakage/hash.js';
import { byteTable, normalise, normaliseAscii } from '../../src/core/leakage/normalise.js';
import { DEFAULT_SETTINGS, type Normalisation } from '../../src/core/leakage/settings.js';

const normalisations = fc.record<Normalisation>({
  nfkc: fc.boolean(),
  case_fold: fc.boolean(),
  collapse_whitespace: fc.boolean(),
  strip_punctuation: fc.boolean(),
});
const asciiText = fc.string({
  unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
  maxLength: 80,
});
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const spaced = fc
  .array(fc.constantFrom('a', 'B', ' ', '\t', '\n', '\u00a0', '\u3000', 'é', 'ﬁ', 'Ｗ', '.', '!'), {
    maxLength: 30,
  })
  .map((a) => a.join(''));
const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('normalisation', () => {
  it('is idempotent for any text and any options', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, spaced), normalisations, (text, options) => {
        const once = normalise(text, options);
        expect(normalise(once, options)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('the ASCII byte path gives exactly the string path for ASCII text', () => {
    fc.assert(
      fc.property(asciiText, normalisations, (text, options) => {
        const out = new Uint16Array(text.length);
        const n = normaliseAscii(bytes(text), 0, text.length, options, false, out);
        expect(String.fromCharCode(...out.subarray(0, n))).toBe(normalise(text, options));
      }),
      { numRuns: 2000 },
    );
  });

  it('the fused normalise-and-hash pass equals hashing the normalised units', () => {
    fc.assert(
      fc.property(
        asciiText,
        normalisations,
        fc.integer({ min: 0, max: 0xffffffff }),
        (text, options, seed) => {
          const units = new Uint16Array(text.length);
          const n = normaliseAscii(bytes(text), 0, text.length, options, false, units);
          const a = new Uint32Array(2);
          const b = new Uint32Array(2);
          hashUnits(units, n, seed, a);
          const kept = new Uint16Array(text.length);
          expect(
            hashNormalisedAscii(bytes(text), 0, text.length, byteTable(options, false), seed, b, kept),
          ).toBe(n);
          expect([...b]).toEqual([...a]);
          expect([...kept.subarray(0, n)]).toEqual([...units.subarray(0, n)]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the prefix filter hashes exactly the first units of the normalised text', () => {
    fc.assert(
      fc.property(asciiText, normalisations, fc.integer({ min: 1, max: 30 }), (text, options, limit) => {
        const units = new Uint16Array(text.length);
        const n = normaliseAscii(bytes(text), 0, text.length, options, false, units);
        const a = new Uint32Array(2);
        const b = new Uint32Array(2);
        prefixHash(units, Math.min(n, limit), 11, a);
        expect(
          hashNormalisedPrefix(bytes(text), 0, text.length, byteTable(options, false), limit, 11, b),
        ).toBe(Math.min(n, limit));
        expect([...b]).toEqual([...a]);
      }),
      { numRuns: 2000 },
    );
    // A combining mark right after the prefix could change its last character: the string path decides.
    const table = byteTable(DEFAULT_SETTINGS.normalisation, false);
    expect(
      hashNormalisedPrefix(Uint8Array.of(0x61, 0x62, 0xcc, 0x81), 0, 4, table, 2, 0, new Uint32Array(2)),
    ).toBe(-1);
  });

  it('in JSON mode bails out on escapes and raw control characters, so they are decoded first', () => {
    const out = new Uint16Array(16);
    expect(normaliseAscii(bytes('a\\nb'), 0, 4, DEFAULT_SETTINGS.normalisation, true, out)).toBe(-1);
    expect(normaliseAscii(bytes('a\tb'), 0, 3, DEFAULT_SETTINGS.normalisation, true, out)).toBe(-1);
    expect(normaliseAscii(bytes('a\tb'), 0, 3, DEFAULT_SETTINGS.normalisation, false, out)).toBe(3);
    expect(
      normaliseAscii(Uint8Array.of(0x61, 0xc3, 0xa9), 0, 3, DEFAULT_SETTINGS.normalisation, false, out),
    ).toBe(-1);
  });

  it('documented steps: compatibility forms, case folding, whitespace, punctuation', () => {
    const d = DEFAULT_SETTINGS.normalisation;
    expect(normalise('Ｈｅｌｌｏ\u00a0 Wörld  ', d)).toBe('hello wörld');
    expect(normalise('STRASSE', d)).toBe(normalise('Straße', d));
    expect(normalise('eﬃcient x²', d)).toBe('efficient x2');
    expect(normalise('Hello, world!', d)).toBe('hello, world!');
    expect(normalise('Hello, world!', { ...d, strip_punctuation: true })).toBe('hello world');
    expect(normalise('A  B', { ...d, collapse_whitespace: false })).toBe('a  b');
  });
});

describe('64-bit content hashing', () => {
  it('texts equal after normalisation hash alike, whichever path they take', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, spaced, asciiText), (text) => {
        const a = new Fingerprinter(DEFAULT_SETTINGS);
        const b = new Fingerprinter(DEFAULT_SETTINGS);
        const hasA = a.fromText(text);
        const variant = `  ${text.toUpperCase()}\t`;
        const hasB = b.fromText(normalise(variant, DEFAULT_SETTINGS.normalisation));
        if (
          normalise(variant, DEFAULT_SETTINGS.normalisation) ===
          normalise(text, DEFAULT_SETTINGS.normalisation)
        ) {
          expect(hasB).toBe(hasA);
          if (hasA) expect([...b.hash]).toEqual([...a.hash]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic, seed-dependent and has no collisions over 200k distinct strings', () => {
    expect(hashString('hello', 1)).toBe(hashString('hello', 1));
    expect(hashString('hello', 1)).not.toBe(hashString('hello', 2));
    expect(hashString('hello', 1)).toMatch(/^[0-9a-f]{16}$/);
    const seen = new Set<string>();
    const high = new Set<string>();
    for (let i = 0; i < 200_000; i++) {
      const h = hashString(`item-${i}`, 7);
      seen.add(h);
      high.add(h.slice(0, 8));
    }
    expect(seen.size).toBe(200_000);
    // Each 32-bit half alone is close to uniform: about 4.7 expected collisions among 200k values.
    expect(200_000 - high.size).toBeLessThan(30);
  });

  it('one changed character changes about half of the 64 bits (avalanche)', () => {
    let total = 0;
    const n = 2000;
    for (let i = 0; i < n; i++) {
      const a = BigInt(`0x${hashString(`the quick brown fox ${i}`, 3)}`);
      const b = BigInt(`0x${hashString(`the quick brown fox ${i + 1}`, 3)}`);
      total += (a ^ b).toString(2).replace(/0/g, '').length;
    }
    const mean = total / n;
    expect(mean).toBeGreaterThan(30);
    expect(mean).toBeLessThan(34);
  });
});
