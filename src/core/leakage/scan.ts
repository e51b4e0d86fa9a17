import { InputError } from '../errors.js';
import { Findings } from './findings.js';
import { Fingerprinter } from './fingerprint.js';
import { hashBytes, hashWords } from './hash.js';
import { type Banding, chooseBanding, jaccard, signatureSimilarity } from './minhash.js';
import type { LeakageKind, LeakageReport } from './report.js';
import type { LeakageSettings } from './settings.js';
import { U64MultiMap } from './u64-multimap.js';

export interface EvalItem {
  id: string;
  text: string;
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

const NO_NORMALISATION = {
  nfkc: false,
  case_fold: false,
  collapse_whitespace: false,
  strip_punctuation: false,
};

/**
 * One leakage check: the eval set indexed in memory (ids, content hashes, LSH bands), then every
 * training row offered once through one of the `train*` methods. Memory is O(eval set); training
 * rows are looked at and forgotten.
 */
export class LeakageScan {
  readonly fingerprinter: Fingerprinter;
  trainItems = 0;
  skippedLines = 0;
  private readonly evalIds: string[];
  /** Eval ids by the hash of their UTF-8 bytes, so training ids are looked up without decoding them. */
  private readonly idIndex: U64MultiMap;
  private readonly idHash = new Uint32Array(2);
  private readonly content: U64MultiMap;
  private readonly prefixes: U64MultiMap | undefined;
  private readonly evalHash: Int32Array;
  private readonly bands: U64MultiMap | undefined;
  private readonly banding: Banding | undefined;
  private readonly evalSignatures: Uint32Array | undefined;
  private readonly evalNormalised: string[] = [];
  private readonly evalShingles: (Uint32Array | undefined)[] = [];
  private readonly stamp: Int32Array;
  readonly findings: Findings;
  private readonly bandKey = new Uint32Array(2);
  private evalFingerprinter: Fingerprinter | undefined;
  /** Set when couldMatch() has already computed the current row's signature. */
  private signatureReady = false;

  constructor(
    evalItems: readonly EvalItem[],
    readonly settings: LeakageSettings,
    readonly evalSource = 'eval set',
    options: { keepHits?: boolean; findings?: Findings } = {},
  ) {
    if (evalItems.length === 0) {
      throw new InputError('the eval set is empty: there is nothing to check for leakage', {
        file: evalSource,
        fix: 'point --eval (or leakage.eval) at the file that holds the eval items, one item per row',
      });
    }
    const n = evalItems.length;
    this.fingerprinter = new Fingerprinter(settings, settings.near_duplicate !== undefined);
    this.evalIds = evalItems.map((e) => e.id);
    this.findings = options.findings ?? new Findings(this.evalIds, settings, options.keepHits);
    this.stamp = new Int32Array(n).fill(-1);
    this.evalHash = new Int32Array(n * 2);
    this.content = new U64MultiMap(n);
    this.idIndex = new U64MultiMap(n);
    const near = settings.near_duplicate;
    // Without near-duplicates, training rows only need a full normalisation when their prefix matches.
    if (near === undefined) this.prefixes = new U64MultiMap(n);
    if (near !== undefined) {
      this.banding = chooseBanding(near, settings.num_perms);
      this.bands = new U64MultiMap(n * this.banding.bands);
      this.evalSignatures = new Uint32Array(n * settings.num_perms);
    }
    // The eval side keeps its normalised units (prefixes, shingles); the training side only when it needs them.
    const fp = new Fingerprinter(settings, true);
    for (let i = 0; i < n; i++) {
      const { id, text } = evalItems[i]!;
      const idBytes = utf8.encode(id);
      hashBytes(idBytes, 0, idBytes.length, settings.seed, this.idHash);
      this.idIndex.add(this.idHash[0]!, this.idHash[1]!, i);
      if (!fp.fromText(text)) {
        this.evalNormalised.push('');
        continue;
      }
      if (this.prefixes) {
        fp.prefixOfCurrent();
        this.prefixes.add(fp.prefixHash[0]!, fp.prefixHash[1]!, i);
      }
      this.evalHash[2 * i] = fp.hash[0]!;
      this.evalHash[2 * i + 1] = fp.hash[1]!;
      this.content.add(fp.hash[0]!, fp.hash[1]!, i);
      if (this.bands && this.banding && this.evalSignatures) {
        this.evalNormalised.push(fp.normalisedText());
        fp.computeSignature();
        this.evalSignatures.set(fp.signature, i * settings.num_perms);
        this.forEachBand(fp.signature, (hi, lo) => this.bands!.add(hi, lo, i));
      }
    }
  }

  /** Whether an eval item has a finding of this kind (the report lists only the first examples). */
  isFlagged(evalIndex: number, kind: LeakageKind): boolean {
    return this.findings.isFlagged(evalIndex, kind);
  }

  get evalItems(): number {
    return this.evalIds.length;
  }

  /** The index of a training file in the report's `train_file` names. */
  fileIndex(name: string): number {
    return this.findings.fileIndex(name);
  }

  /** A training row whose text is a decoded string. */
  trainText(file: number, line: number, id: string | undefined, text: string): void {
    this.trainItems++;
    if (id !== undefined) this.checkId(file, line, id);
    if (this.fingerprinter.fromText(text)) this.checkContent(file, line, id, undefined);
  }

  /**
   * A training row whose text is raw bytes (JSON string contents when `json`), and whose id is
   * either `id` or the UTF-8 bytes [idStart, idEnd) of the same buffer (decoded only when needed).
   * Returns false, having done nothing, when the text needs decoding first; the caller then decodes
   * and calls `trainText`.
   */
  trainAscii(
    file: number,
    line: number,
    id: string | undefined,
    bytes: Uint8Array,
    start: number,
    end: number,
    json: boolean,
    idStart = -1,
    idEnd = -1,
  ): boolean {
    const fp = this.fingerprinter;
    if (this.prefixes) {
      const n = fp.prefixAscii(bytes, start, end, json);
      if (n < 0) return false;
      if (n === 0 || this.prefixes.first(fp.prefixHash[0]!, fp.prefixHash[1]!) === -1) {
        this.trainItems++;
        if (id !== undefined) this.checkId(file, line, id);
        else if (idStart >= 0) this.checkIdBytes(file, line, bytes, idStart, idEnd);
        return true;
      }
    }
    const ok = fp.fromAscii(bytes, start, end, json);
    if (ok === undefined) return false;
    this.trainItems++;
    if (id !== undefined) {
      this.checkId(file, line, id);
      if (ok) this.checkContent(file, line, id, undefined);
      return true;
    }
    if (idStart >= 0) this.checkIdBytes(file, line, bytes, idStart, idEnd);
    // Findings need the id as text, but most rows match nothing: decode it only for those that might.
    if (ok && this.couldMatch()) {
      const rowId = idStart >= 0 ? utf8Decoder.decode(bytes.subarray(idStart, idEnd)) : undefined;
      this.checkContent(file, line, rowId, undefined);
    }
    this.signatureReady = false;
    return true;
  }

  /** A training row known only by its fingerprints (from a manifest). */
  trainFingerprint(
    file: number,
    line: number,
    id: string | undefined,
    hash: readonly [number, number] | undefined,
    signature: Uint32Array | undefined,
  ): void {
    this.trainItems++;
    if (id !== undefined) this.checkId(file, line, id);
    if (!hash) return;
    this.fingerprinter.hash[0] = hash[0];
    this.fingerprinter.hash[1] = hash[1];
    this.checkContent(file, line, id, signature ?? null);
  }

  private checkId(file: number, line: number, id: string): void {
    const bytes = utf8.encode(id);
    this.checkIdBytes(file, line, bytes, 0, bytes.length, id);
  }

  /** Looks an id up by its bytes; decodes it only on a hash hit, and confirms the hit on the text. */
  private checkIdBytes(
    file: number,
    line: number,
    bytes: Uint8Array,
    start: number,
    end: number,
    known?: string,
  ): void {
    hashBytes(bytes, start, end, this.settings.seed, this.idHash);
    let e = this.idIndex.first(this.idHash[0]!, this.idHash[1]!);
    if (e === -1) return;
    const id = known ?? utf8Decoder.decode(bytes.subarray(start, end));
    for (; e !== -1; e = this.idIndex.nextEntry(e)) {
      const i = this.idIndex.valueOf(e);
      if (this.evalIds[i] === id) this.findings.flag('exact_id', i, file, line, id);
    }
  }

  /** `signature` is null for a manifest row without one, undefined when it is computed here from the text. */
  private checkContent(
    file: number,
    line: number,
    id: string | undefined,
    signature: Uint32Array | null | undefined,
  ): void {
    const fp = this.fingerprinter;
    const hi = fp.hash[0]!;
    const lo = fp.hash[1]!;
    for (let e = this.content.first(hi, lo); e !== -1; e = this.content.nextEntry(e)) {
      this.findings.flag('exact_content', this.content.valueOf(e), file, line, id);
    }
    if (!this.bands || signature === null) return;
    const threshold = this.settings.near_duplicate!;
    const fromText = signature === undefined;
    if (fromText && !this.signatureReady) fp.computeSignature();
    this.signatureReady = false;
    const sig = signature ?? fp.signature;
    const row = this.trainItems;
    let trainSet: Uint32Array | undefined;
    const bands = this.bands;
    const { bands: bandCount, rows } = this.banding!;
    for (let b = 0; b < bandCount; b++) {
      hashWords(sig, b * rows, (b + 1) * rows, b + 1, this.bandKey);
      for (let e = bands.first(this.bandKey[0]!, this.bandKey[1]!); e !== -1; e = bands.nextEntry(e)) {
        const i = bands.valueOf(e);
        if (this.stamp[i] === row) continue;
        this.stamp[i] = row;
        // Identical normalised text is exact_content, not a near-duplicate.
        if ((this.evalHash[2 * i]! | 0) === (hi | 0) && (this.evalHash[2 * i + 1]! | 0) === (lo | 0))
          continue;
        if (this.findings.isFlagged(i, 'near_duplicate')) continue;
        let similarity: number;
        if (fromText) {
          trainSet ??= fp.shingleSet();
          similarity = jaccard(this.evalShingleSet(i), trainSet);
        } else {
          const k = this.settings.num_perms;
          similarity = signatureSimilarity(this.evalSignatures!.subarray(i * k, (i + 1) * k), sig);
        }
        if (similarity >= threshold) this.findings.flag('near_duplicate', i, file, line, id, similarity);
      }
    }
  }

  /**
   * Whether the current row's content hash or MinHash bands hit the eval index at all (computing the
   * signature, which checkContent then reuses). Lets the caller skip decoding ids of unrelated rows.
   */
  private couldMatch(): boolean {
    const fp = this.fingerprinter;
    if (this.content.first(fp.hash[0]!, fp.hash[1]!) !== -1) return true;
    if (!this.bands) return false;
    fp.computeSignature();
    this.signatureReady = true;
    const { bands, rows } = this.banding!;
    for (let b = 0; b < bands; b++) {
      hashWords(fp.signature, b * rows, (b + 1) * rows, b + 1, this.bandKey);
      if (this.bands.first(this.bandKey[0]!, this.bandKey[1]!) !== -1) return true;
    }
    return false;
  }

  private evalShingleSet(i: number): Uint32Array {
    let set = this.evalShingles[i];
    if (!set) {
      // A second fingerprinter keeps the training row's buffers intact; the stored text is already normalised.
      this.evalFingerprinter ??= new Fingerprinter({ ...this.settings, normalisation: NO_NORMALISATION });
      this.evalFingerprinter.fromText(this.evalNormalised[i]!);
      set = this.evalFingerprinter.shingleSet();
      this.evalShingles[i] = set;
    }
    return set;
  }

  private forEachBand(sig: Uint32Array, visit: (hi: number, lo: number) => void): void {
    const { bands, rows } = this.banding!;
    for (let b = 0; b < bands; b++) {
      hashWords(sig, b * rows, (b + 1) * rows, b + 1, this.bandKey);
      visit(this.bandKey[0]!, this.bandKey[1]!);
    }
  }

  report(): LeakageReport {
    return this.findings.report(this.trainItems, this.skippedLines);
  }
}
