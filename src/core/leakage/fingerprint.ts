import { hashNormalisedAscii, hashNormalisedPrefix, hashUnits, prefixHash } from './hash.js';
import { minhashSignature, shingleHashes, shingleSet } from './minhash.js';
import { byteTable, normalise } from './normalise.js';
import type { Fingerprinting } from './settings.js';

const utf16 = new TextDecoder('utf-16le');

/** Length of the normalised prefix used to rule rows out before normalising them whole. */
export const PREFIX_UNITS = 24;
const PREFIX_SEED = 0x70726566;

/**
 * Turns one text into its fingerprints: the normalised code units, the 64-bit content hash and (on
 * request) the MinHash signature. Reuses its buffers from row to row, so the training loop does not
 * allocate per row on the ASCII path.
 */
export class Fingerprinter {
  units = new Uint16Array(4096);
  length = 0;
  readonly hash = new Uint32Array(2);
  readonly signature: Uint32Array;
  private shingles = new Uint32Array(4096);
  private shingleCount = -1;
  private readonly filled: Uint8Array;
  private ascii = new Uint8Array(4096);
  readonly prefixHash = new Uint32Array(2);

  private readonly plainTable: Uint16Array;
  private readonly jsonTable: Uint16Array;

  /** `keepUnits`: whether the normalised text is needed after hashing (near-duplicates); false saves a write per byte. */
  constructor(
    readonly settings: Fingerprinting,
    private readonly keepUnits = true,
  ) {
    this.plainTable = byteTable(settings.normalisation, false);
    this.jsonTable = byteTable(settings.normalisation, true);
    this.signature = new Uint32Array(settings.num_perms);
    this.filled = new Uint8Array(settings.num_perms);
  }

  /** Normalises a decoded string; returns false when nothing is left to compare (empty text). */
  fromText(text: string): boolean {
    // Plain ASCII strings take the byte path: same result, without NFKC and regular expressions.
    const n = text.length;
    if (this.ascii.length < n) this.ascii = new Uint8Array(n * 2);
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) break;
      this.ascii[i] = c;
    }
    if (i === n) return this.fromAscii(this.ascii, 0, n, false)!;
    const s = normalise(text, this.settings.normalisation);
    this.reserve(s.length);
    for (let i = 0; i < s.length; i++) this.units[i] = s.charCodeAt(i);
    this.length = s.length;
    return this.finish();
  }

  /**
   * Normalises raw ASCII bytes without decoding them; returns undefined when the bytes need the
   * string path (non-ASCII, or a JSON escape when `json`), else whether any text is left.
   */
  fromAscii(bytes: Uint8Array, start: number, end: number, json: boolean): boolean | undefined {
    this.reserve(end - start);
    const n = hashNormalisedAscii(
      bytes,
      start,
      end,
      json ? this.jsonTable : this.plainTable,
      this.settings.seed,
      this.hash,
      this.keepUnits ? this.units : undefined,
    );
    if (n < 0) return undefined;
    this.length = n;
    this.shingleCount = -1;
    return n > 0;
  }

  /** The current normalised text as a string. */
  normalisedText(): string {
    return utf16.decode(this.units.subarray(0, this.length));
  }

  private finish(): boolean {
    this.shingleCount = -1;
    if (this.length === 0) return false;
    hashUnits(this.units, this.length, this.settings.seed, this.hash);
    return true;
  }

  /**
   * Hashes only the first PREFIX_UNITS normalised units of ASCII bytes into `prefixHash`: a cheap
   * filter, since a row whose normalised prefix matches no eval item's cannot match one exactly.
   * Returns the unit count (0: no text), or -1 when the bytes need the string path.
   */
  prefixAscii(bytes: Uint8Array, start: number, end: number, json: boolean): number {
    const table = json ? this.jsonTable : this.plainTable;
    return hashNormalisedPrefix(
      bytes,
      start,
      end,
      table,
      PREFIX_UNITS,
      this.settings.seed ^ PREFIX_SEED,
      this.prefixHash,
    );
  }

  /** The prefix hash of the current (kept) normalised units: the eval side of the prefix filter. */
  prefixOfCurrent(): void {
    const n = Math.min(this.length, PREFIX_UNITS);
    prefixHash(this.units, n, this.settings.seed ^ PREFIX_SEED, this.prefixHash);
  }

  /** Computes the MinHash signature of the current text into `signature`. */
  computeSignature(): void {
    this.computeShingles();
    minhashSignature(this.shingles, this.shingleCount, this.settings.seed, this.signature, this.filled);
    // b-bit MinHash: 8 bits a value keep manifests small (128 bytes a row). Unrelated values agree
    // by chance 1 time in 256, which moves an estimated similarity by at most 0.004 and a band
    // (6 values) almost never.
    const sig = this.signature;
    for (let i = 0; i < sig.length; i++) sig[i] = sig[i]! >>> 24;
  }

  /** Sorted distinct shingle hashes of the current text, for exact Jaccard. */
  shingleSet(): Uint32Array {
    this.computeShingles();
    return shingleSet(this.shingles, this.shingleCount);
  }

  private computeShingles(): void {
    if (this.shingleCount >= 0) return;
    if (this.shingles.length < this.length + 1) this.shingles = new Uint32Array(this.length * 2 + 1);
    this.shingleCount = shingleHashes(
      this.units,
      this.length,
      this.settings.shingle_size,
      this.settings.seed,
      this.shingles,
    );
  }

  private reserve(n: number): void {
    if (this.units.length < n) this.units = new Uint16Array(n * 2);
  }
}
