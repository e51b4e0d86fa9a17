import type { Normalisation } from './settings.js';

/**
 * Text normalisation before hashing, in this order: NFKC, punctuation strip, case folding,
 * whitespace collapse (repeated until stable). The ASCII fast path below gives exactly the code units the string path
 * gives for ASCII input, so hashes agree whichever path a row takes.
 */
export function normalise(text: string, options: Normalisation): string {
  // One round can expose work for another (ẞ folds to ß, which folds to ss; stripping a symbol can
  // leave combining marks that NFKC reorders; removing punctuation changes where a Greek word ends),
  // so the steps repeat until the text is stable, which makes normalisation idempotent.
  let s = text;
  for (let round = 0; round < 8; round++) {
    const next = normaliseOnce(s, options);
    if (next === s) break;
    s = next;
  }
  return s;
}

function normaliseOnce(text: string, options: Normalisation): string {
  let s = text;
  if (options.nfkc) s = s.normalize('NFKC');
  if (options.strip_punctuation) s = s.replace(/[\p{P}\p{S}]+/gu, '');
  // Upper then lower approximates Unicode full case folding (ß -> SS -> ss, ſ -> S -> s).
  if (options.case_fold) s = s.toUpperCase().toLowerCase();
  if (options.collapse_whitespace) s = s.replace(/\s+/gu, ' ').trim();
  return s;
}

/**
 * Per-byte output of the ASCII path, one table per option set: 0 drop, 1 not plain ASCII (bail
 * out), 32 a collapsible space, anything else the code unit to emit (+256 for raw whitespace kept
 * as is). One lookup and one likely branch per byte.
 */
const DROP = 0;
const BAIL = 1;
const tables = new Map<number, Uint16Array>();

export function byteTable(options: Normalisation, json: boolean): Uint16Array {
  const id =
    (options.case_fold ? 1 : 0) |
    (options.strip_punctuation ? 2 : 0) |
    (options.collapse_whitespace ? 4 : 0) |
    (json ? 8 : 0);
  let table = tables.get(id);
  if (table) return table;
  table = new Uint16Array(256).fill(BAIL);
  for (let c = 0; c < 128; c++) {
    const space = (c >= 9 && c <= 13) || c === 32;
    const punct =
      (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
    if (json && (c === 0x5c || c < 0x20)) table[c] = BAIL;
    else if (space) table[c] = options.collapse_whitespace ? 32 : 256 + c;
    else if (punct && options.strip_punctuation) table[c] = DROP;
    else if (c >= 65 && c <= 90 && options.case_fold) table[c] = c | 0x20;
    else if (c < 33) table[c] = 256 + c;
    else table[c] = c;
  }
  tables.set(id, table);
  return table;
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
  const table = byteTable(options, json);
  let n = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const m = table[bytes[i]!]!;
    if (m > 32) {
      if (pendingSpace) {
        out[n++] = 32;
        pendingSpace = false;
      }
      out[n++] = m & 0xff;
    } else if (m === 32) {
      pendingSpace = n > 0;
    } else if (m === BAIL) {
      return -1;
    }
  }
  return n;
}
