/**
 * 64-bit hashing on 32-bit integer math (two MurmurHash3-style lanes, no BigInt), because the hot
 * loop hashes millions of rows and BigInt arithmetic or a WebAssembly round trip per row costs more
 * than the hashing itself. Hashes are defined over UTF-16 code units, so an ASCII byte sequence and
 * the equal JavaScript string hash alike.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const C3 = 0x85ebca6b;
const C4 = 0xc2b2ae35;

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes units[0..len) and writes the 64-bit result to out[0] (high word) and out[1] (low word). */
export function hashUnits(units: Uint16Array, len: number, seed: number, out: Uint32Array): void {
  let h1 = seed | 0;
  let h2 = (seed ^ 0x9e3779b9) | 0;
  const pairs = len & ~1;
  for (let i = 0; i < pairs; i += 2) {
    const k = units[i]! | (units[i + 1]! << 16);
    let k1 = Math.imul(k, C1);
    k1 = Math.imul(rotl(k1, 15), C2);
    h1 ^= k1;
    h1 = (Math.imul(rotl(h1, 13), 5) + 0xe6546b64) | 0;
    let k2 = Math.imul(k, C3);
    k2 = Math.imul(rotl(k2, 17), C4);
    h2 ^= k2;
    h2 = (Math.imul(rotl(h2, 15), 5) + 0x38495ab5) | 0;
  }
  finish(h1, h2, len, len & 1 ? units[len - 1]! : 0, out);
}

/** The end of the two-lane hash: the odd trailing unit, the length, and the avalanche. */
function finish(h1: number, h2: number, len: number, tail: number, out: Uint32Array): void {
  if (len & 1) {
    h1 ^= Math.imul(rotl(Math.imul(tail, C1), 15), C2);
    h2 ^= Math.imul(rotl(Math.imul(tail, C3), 17), C4);
  }
  h1 ^= len;
  h2 ^= len;
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  out[0] = h1;
  out[1] = h2;
}

/** Hashes 32-bit words (MinHash bands) the same way. */
export function hashWords(
  words: Uint32Array,
  start: number,
  end: number,
  seed: number,
  out: Uint32Array,
): void {
  let h1 = seed | 0;
  let h2 = (seed ^ 0x9e3779b9) | 0;
  for (let i = start; i < end; i++) {
    const k = words[i]!;
    h1 ^= Math.imul(rotl(Math.imul(k, C1), 15), C2);
    h1 = (Math.imul(rotl(h1, 13), 5) + 0xe6546b64) | 0;
    h2 ^= Math.imul(rotl(Math.imul(k, C3), 17), C4);
    h2 = (Math.imul(rotl(h2, 15), 5) + 0x38495ab5) | 0;
  }
  const n = end - start;
  h1 ^= n;
  h2 ^= n;
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  out[0] = (h1 + h2) | 0;
  out[1] = (h2 + h1 + h2) | 0;
}

const scratch = new Uint32Array(2);

/** The 64-bit hash of a string's code units as 16 hex digits (for manifests, tests and messages). */
export function hashString(text: string, seed: number): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  hashUnits(units, units.length, seed, scratch);
  return scratch[0]!.toString(16).padStart(8, '0') + scratch[1]!.toString(16).padStart(8, '0');
}

/**
 * Normalises ASCII bytes through `table` (see normalise.ts) and hashes the resulting code units in
 * the same pass, giving exactly hashUnits(normalised units). Writes the units to `units` when
 * given (near-duplicate shingles need them). Returns the unit count, or -1 to bail out to the
 * string path.
 */
export function hashNormalisedAscii(
  bytes: Uint8Array,
  start: number,
  end: number,
  table: Uint16Array,
  seed: number,
  out: Uint32Array,
  units: Uint16Array | undefined,
): number {
  let h1 = seed | 0;
  let h2 = (seed ^ 0x9e3779b9) | 0;
  let n = 0;
  let low = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const m = table[bytes[i]!]!;
    if (m > 32) {
      if (pendingSpace) {
        pendingSpace = false;
        if (units) units[n] = 32;
        if (n & 1) {
          const k = low | (32 << 16);
          h1 ^= Math.imul(rotl(Math.imul(k, C1), 15), C2);
          h1 = (Math.imul(rotl(h1, 13), 5) + 0xe6546b64) | 0;
          h2 ^= Math.imul(rotl(Math.imul(k, C3), 17), C4);
          h2 = (Math.imul(rotl(h2, 15), 5) + 0x38495ab5) | 0;
        } else low = 32;
        n++;
      }
      const u = m & 0xff;
      if (units) units[n] = u;
      if (n & 1) {
        const k = low | (u << 16);
        h1 ^= Math.imul(rotl(Math.imul(k, C1), 15), C2);
        h1 = (Math.imul(rotl(h1, 13), 5) + 0xe6546b64) | 0;
        h2 ^= Math.imul(rotl(Math.imul(k, C3), 17), C4);
        h2 = (Math.imul(rotl(h2, 15), 5) + 0x38495ab5) | 0;
      } else low = u;
      n++;
    } else if (m === 32) {
      pendingSpace = n > 0;
    } else if (m === 1) {
      return -1;
    }
  }
  finish(h1, h2, n, low, out);
  return n;
}

/**
 * A 64-bit hash of the first `limit` normalised code units of ASCII bytes (or all of them when
 * fewer), computed in the normalising pass (two multiplicative lanes, finalised with fmix32):
 * equal to prefixHash(units, n) of the same units. Returns the unit count, or -1 to bail out to the
 * string path, also when the byte after the prefix is not plain ASCII (a combining mark there could
 * change the last unit).
 */
export function hashNormalisedPrefix(
  bytes: Uint8Array,
  start: number,
  end: number,
  table: Uint16Array,
  limit: number,
  seed: number,
  out: Uint32Array,
): number {
  let h1 = seed | 0;
  let h2 = (seed ^ 0x5bd1e995) | 0;
  let n = 0;
  let pendingSpace = false;
  let i = start;
  for (; i < end && n < limit; i++) {
    const m = table[bytes[i]!]!;
    if (m > 32) {
      if (pendingSpace) {
        pendingSpace = false;
        h1 = Math.imul(h1 ^ 32, 0x01000193);
        h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
        if (++n === limit) break;
      }
      const u = m & 0xff;
      h1 = Math.imul(h1 ^ u, 0x01000193);
      h2 = Math.imul(h2 ^ u, 0x5bd1e995);
      n++;
    } else if (m === 32) {
      pendingSpace = n > 0;
    } else if (m === 1) {
      return -1;
    }
  }
  if (i < end && table[bytes[i]!] === 1) return -1;
  out[0] = fmix32(h1 ^ n);
  out[1] = fmix32(h2 + n);
  return n;
}

/** The prefix hash of code units [0, n): the same function as hashNormalisedPrefix. */
export function prefixHash(units: Uint16Array, n: number, seed: number, out: Uint32Array): void {
  let h1 = seed | 0;
  let h2 = (seed ^ 0x5bd1e995) | 0;
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    h1 = Math.imul(h1 ^ u, 0x01000193);
    h2 = Math.imul(h2 ^ u, 0x5bd1e995);
  }
  out[0] = fmix32(h1 ^ n);
  out[1] = fmix32(h2 + n);
}

/**
 * A 64-bit hash of raw bytes for ids (short strings, compared by their UTF-8 bytes without decoding):
 * two multiplicative lanes finished with fmix32, cheaper than the content hash, and every hit is
 * confirmed on the decoded id anyway.
 */
export function hashBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  seed: number,
  out: Uint32Array,
): void {
  let h1 = seed | 0;
  let h2 = (seed ^ 0x5bd1e995) | 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  const n = end - start;
  out[0] = fmix32(h1 ^ n);
  out[1] = fmix32((h2 + n) ^ (h1 >>> 16));
}
