import type { Normalisation } from './settings.js';

/**
 * Text normalisation before hashing, in this order: NFKC, case folding, punctuation strip,
 * whitespace collapse. The ASCII fast path below gives exactly the code units the string path
 * gives for ASCII input, so hashes agree whichever path a row takes.
 */
export function normalise(text: string, options: Normalisation): string {
  let s = text;
  if (options.nfkc) s = s.normalize('NFKC');
  if (options.case_fold) {
    // Upper then lower approximates Unicode full case folding (ß -> SS -> ss, ſ -> S -> s).
    s = s.toUpperCase().toLowerCase();
    // Folding can produce sequences that NFKC composes, so recompose to stay idempotent.
    if (options.nfkc) s = s.normalize('NFKC');
  }
  if (options.strip_punctuation) s = s.replace(/[\p{P}\p{S}]+/gu, '');
  if (options.collapse_whitespace) s = s.replace(/\s+/gu, ' ').trim();
  return s;
}

const KEEP = 0;
const UPPER = 1;
const SPACE = 2;
const PUNCT = 3;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 65 && c <= 90) ASCII_CLASS[c] = UPPER;
  else if ((c >= 9 && c <= 13) || c === 32) ASCII_CLASS[c] = SPACE;
  else if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126))
    ASCII_CLASS[c] = PUNCT;
  else ASCII_CLASS[c] = KEEP;
}

/**
 * Normalises bytes[start..end) into out as UTF-16 code units and returns the length, or -1 when
 * the bytes are not plain ASCII (or, with `json`, contain an escape or a raw control character),
 * in which case the caller decodes the text and uses `normalise`. `out` must hold end - start units.
 */
export function normaliseAscii(
  bytes: Uint8Array,
  start: number,
  end: number,
  options: Normalisation,
  json: boolean,
  out: Uint16Array,
): number {
  const fold = options.case_fold;
  const strip = options.strip_punctuation;
  const collapse = options.collapse_whitespace;
  let n = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c >= 0x80 || (json && (c === 0x5c || c < 0x20))) return -1;
    const cls = ASCII_CLASS[c]!;
    if (cls === KEEP) {
      if (pendingSpace) {
        out[n++] = 32;
        pendingSpace = false;
      }
      out[n++] = c;
    } else if (cls === UPPER) {
      if (pendingSpace) {
        out[n++] = 32;
        pendingSpace = false;
      }
      out[n++] = fold ? c | 0x20 : c;
    } else if (cls === SPACE) {
      if (!collapse) out[n++] = c;
      else if (n > 0) pendingSpace = true;
    } else if (!strip) {
      if (pendingSpace) {
        out[n++] = 32;
        pendingSpace = false;
      }
      out[n++] = c;
    }
  }
  return n;
}
