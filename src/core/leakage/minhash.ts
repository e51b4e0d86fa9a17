import { fmix32 } from './hash.js';

/**
 * Near-duplicate fingerprints: character n-gram shingles of the normalised text, summarised by
 * one-permutation MinHash (one hash per shingle instead of one per shingle and permutation, which
 * is what makes near-duplicate mode affordable on millions of rows) with optimal densification
 * for empty bins, then LSH banding to find candidate pairs.
 */

/**
 * Hashes every n-gram of units[0..len) into out (grown as needed); returns the shingle count. A
 * rolling polynomial hash (one multiply in, one out per position) mixed by fmix32.
 */
export function shingleHashes(
  units: Uint16Array,
  len: number,
  n: number,
  seed: number,
  out: Uint32Array,
): number {
  if (len === 0) return 0;
  const width = Math.min(n, len);
  // BASE^width: what the unit leaving the window contributed.
  let outgoing = 1;
  for (let i = 0; i < width; i++) outgoing = Math.imul(outgoing, BASE);
  // The seed enters at the mixing step: inside the rolling sum it would depend on the position.
  const key = fmix32(seed ^ 0x27d4eb2f) ^ width;
  let h = 0;
  for (let i = 0; i < width; i++) h = (Math.imul(h, BASE) + units[i]!) | 0;
  out[0] = fmix32(h ^ key);
  const count = len - width + 1;
  for (let i = 1; i < count; i++) {
    h = (Math.imul(h, BASE) + units[i + width - 1]! - Math.imul(units[i - 1]!, outgoing)) | 0;
    out[i] = fmix32(h ^ key);
  }
  return count;
}

const BASE = 0x01000193;

const EMPTY = 0xffffffff;

/**
 * Writes the densified one-permutation MinHash signature of the shingle hashes into sig
 * (sig.length bins, a power of two). Returns false for an empty set (no signature).
 */
export function minhashSignature(
  hashes: Uint32Array,
  count: number,
  seed: number,
  sig: Uint32Array,
  filled: Uint8Array,
): boolean {
  const bins = sig.length;
  const shift = 32 - Math.log2(bins);
  sig.fill(EMPTY);
  filled.fill(0);
  if (count === 0) return false;
  for (let i = 0; i < count; i++) {
    // A second mix decouples the value from the bin bits so minima are uniform within a bin.
    const h = hashes[i]!;
    const bin = h >>> shift;
    const v = fmix32(h ^ seed);
    if (v < sig[bin]! || filled[bin] === 0) {
      sig[bin] = v;
      filled[bin] = 1;
    }
  }
  for (let b = 0; b < bins; b++) {
    if (filled[b]) continue;
    // Optimal densification: borrow from the first filled bin of a per-bin pseudo-random probe sequence,
    // so two sets with the same filled bins borrow alike.
    for (let attempt = 1; ; attempt++) {
      const j = fmix32(Math.imul(b + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b) ^ seed) >>> shift;
      if (filled[j]) {
        sig[b] = sig[j]!;
        break;
      }
    }
  }
  return true;
}

/** Fraction of equal bins: the MinHash estimate of the Jaccard similarity. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Sorted distinct shingle hashes, for exact Jaccard on candidate pairs. */
export function shingleSet(hashes: Uint32Array, count: number): Uint32Array {
  const sorted = hashes.slice(0, count).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}

export interface Banding {
  bands: number;
  rows: number;
}

/** Probability that a pair with Jaccard s shares at least one band. */
export const candidateProbability = (s: number, { bands, rows }: Banding): number =>
  1 - (1 - s ** rows) ** bands;

/**
 * The most selective banding (fewest chance candidates) that still makes a pair at the threshold a
 * candidate with probability >= 0.995, so recall is decided by the verification, not by the banding.
 */
export function chooseBanding(threshold: number, numPerms: number): Banding {
  let best: Banding = { bands: numPerms, rows: 1 };
  for (let rows = 1; rows <= numPerms; rows++) {
    const bands = Math.floor(numPerms / rows);
    if (candidateProbability(threshold, { bands, rows }) >= 0.995) best = { bands, rows };
  }
  return best;
}
