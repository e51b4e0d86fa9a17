import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_PATH,
  LEAKAGE_REPORT_FORMAT
} from "./chunk-2ULE7GJX.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// src/core/leakage/settings.ts
var DEFAULT_NORMALISATION = {
  nfkc: true,
  case_fold: true,
  collapse_whitespace: true,
  strip_punctuation: false
};
var DEFAULT_SETTINGS = {
  normalisation: DEFAULT_NORMALISATION,
  shingle_size: 5,
  num_perms: 128,
  seed: 99537323,
  key: "id",
  text: "text",
  near_duplicate: 0.8,
  max_ratio: 0,
  skip_bad_lines: false,
  max_skipped_share: 0.01
};
function fingerprintingDifferences(a, b) {
  const out = [];
  for (const k of Object.keys(DEFAULT_NORMALISATION)) {
    if (a.normalisation[k] !== b.normalisation[k]) {
      out.push(`normalisation.${k}: ${a.normalisation[k]} vs ${b.normalisation[k]}`);
    }
  }
  for (const k of ["shingle_size", "num_perms", "seed"]) {
    if (a[k] !== b[k]) out.push(`${k}: ${a[k]} vs ${b[k]}`);
  }
  return out;
}

// src/core/leakage/config.ts
var list = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
function planLeakageCheck(config, source = DEFAULT_CONFIG_PATH) {
  const train = [...list(config.train), ...list(config.manifest)];
  if (!config.eval) {
    throw new InputError("no eval set given", {
      file: source,
      field: "leakage.eval",
      fix: "set leakage.eval (or pass --eval FILE): the file of eval items to look for"
    });
  }
  if (train.length === 0) {
    throw new InputError("no training data given", {
      file: source,
      field: "leakage.train",
      fix: 'set leakage.train (or pass --train FILE...): training files, or manifests built with "sprintlab leakage manifest"'
    });
  }
  return { train, eval: config.eval, settings: leakageSettings(config, source) };
}
function leakageSettings(config, source = DEFAULT_CONFIG_PATH) {
  const near = config.near_duplicate === void 0 ? DEFAULT_SETTINGS.near_duplicate : config.near_duplicate === false ? void 0 : config.near_duplicate;
  const check = (ok, field, problem, fix) => {
    if (!ok) throw new InputError(problem, { file: source, field: `leakage.${field}`, fix });
  };
  if (near !== void 0)
    check(
      near > 0 && near <= 1,
      "near_duplicate",
      `the threshold ${near} is not in (0, 1]`,
      'use a Jaccard similarity such as 0.8, or "off"'
    );
  const maxRatio = config.max_ratio ?? DEFAULT_SETTINGS.max_ratio;
  check(
    maxRatio >= 0 && maxRatio <= 1,
    "max_ratio",
    `${maxRatio} is not a ratio between 0 and 1`,
    "use 0 (no leakage tolerated) or a small ratio such as 0.001"
  );
  const maxSkipped = config.max_skipped_share ?? DEFAULT_SETTINGS.max_skipped_share;
  check(
    maxSkipped >= 0 && maxSkipped <= 1,
    "max_skipped_share",
    `${maxSkipped} is not a share between 0 and 1`,
    "use 0.01 (the default: at most 1% of training rows may be skipped) or another small share"
  );
  const numPerms = config.num_perms ?? DEFAULT_SETTINGS.num_perms;
  check(
    Number.isInteger(Math.log2(numPerms)) && numPerms >= 16 && numPerms <= 1024,
    "num_perms",
    `${numPerms} is not a power of two between 16 and 1024`,
    "use 128 (the default) or 256"
  );
  const shingle = config.shingle_size ?? DEFAULT_SETTINGS.shingle_size;
  check(
    Number.isInteger(shingle) && shingle >= 1 && shingle <= 32,
    "shingle_size",
    `${shingle} is not an integer between 1 and 32`,
    "use 5 (the default)"
  );
  return {
    ...DEFAULT_SETTINGS,
    normalisation: { ...DEFAULT_NORMALISATION, ...config.normalisation },
    key: config.key ?? DEFAULT_SETTINGS.key,
    text: config.text ?? DEFAULT_SETTINGS.text,
    near_duplicate: near,
    max_ratio: maxRatio,
    num_perms: numPerms,
    shingle_size: shingle,
    skip_bad_lines: config.skip_bad_lines ?? false,
    max_skipped_share: maxSkipped
  };
}

// src/flows/leakage/check.ts
import { stat as stat3 } from "node:fs/promises";
import { isAbsolute, resolve as resolve2 } from "node:path";

// src/core/leakage/report.ts
var LEAKAGE_KINDS = ["exact_id", "exact_content", "near_duplicate"];
var MAX_EXAMPLES = 20;
function kindVerdict(finding, maxRatio) {
  if (finding.ratio > maxRatio) return "fail";
  return finding.count > 0 ? "warn" : "pass";
}
function skippedShare(report) {
  const seen = report.train_items + report.skipped_lines;
  return seen === 0 ? 0 : report.skipped_lines / seen;
}
var skippedVerdict = (report) => skippedShare(report) > report.max_skipped_share ? "fail" : "pass";
function overallVerdict(findings, maxRatio, skipped = "pass") {
  const verdicts = [...LEAKAGE_KINDS.map((k) => kindVerdict(findings[k], maxRatio)), skipped];
  if (verdicts.includes("fail")) return "fail";
  return verdicts.includes("warn") ? "warn" : "pass";
}

// src/core/leakage/findings.ts
var KIND_BIT = { exact_id: 1, exact_content: 2, near_duplicate: 4 };
var Findings = class {
  constructor(evalIds, settings, keepHits = false) {
    this.evalIds = evalIds;
    this.settings = settings;
    this.flags = new Uint8Array(evalIds.length);
    this.hits = keepHits ? [] : void 0;
  }
  evalIds;
  settings;
  flags;
  counts = { exact_id: 0, exact_content: 0, near_duplicate: 0 };
  examples = {
    exact_id: [],
    exact_content: [],
    near_duplicate: []
  };
  files = [];
  fileIds = /* @__PURE__ */ new Map();
  /** Every first hit, in order, when the findings are to be merged elsewhere (parallel checks). */
  hits;
  /** The index of a training file in the report's `train_file` names. */
  fileIndex(name) {
    let i = this.fileIds.get(name);
    if (i === void 0) {
      i = this.files.length;
      this.files.push(name);
      this.fileIds.set(name, i);
    }
    return i;
  }
  isFlagged(evalIndex, kind) {
    return (this.flags[evalIndex] & KIND_BIT[kind]) !== 0;
  }
  flag(kind, evalIndex, file, line, trainId, similarity) {
    const bit = KIND_BIT[kind];
    if (this.flags[evalIndex] & bit) return;
    this.flags[evalIndex] = this.flags[evalIndex] | bit;
    this.counts[kind]++;
    this.hits?.push({ kind, evalIndex, file, line, trainId, similarity });
    const examples = this.examples[kind];
    if (examples.length < MAX_EXAMPLES) {
      const example = {
        eval_id: this.evalIds[evalIndex],
        train_id: trainId ?? null,
        train_file: this.files[file] ?? `#${file}`,
        train_line: line
      };
      if (similarity !== void 0) example.similarity = Math.round(similarity * 1e4) / 1e4;
      examples.push(example);
    }
  }
  report(trainItems, skippedLines) {
    const n = this.evalIds.length;
    const finding = (kind) => ({
      count: this.counts[kind],
      ratio: this.counts[kind] / n,
      examples: this.examples[kind]
    });
    const findings = {
      exact_id: finding("exact_id"),
      exact_content: finding("exact_content"),
      near_duplicate: { ...finding("near_duplicate"), threshold: this.settings.near_duplicate ?? null }
    };
    const report = {
      format: LEAKAGE_REPORT_FORMAT,
      verdict: "pass",
      eval_items: n,
      train_items: trainItems,
      skipped_lines: skippedLines,
      max_ratio: this.settings.max_ratio,
      max_skipped_share: this.settings.max_skipped_share,
      findings
    };
    report.verdict = overallVerdict(findings, this.settings.max_ratio, skippedVerdict(report));
    return report;
  }
};

// src/core/leakage/hash.ts
var C1 = 3432918353;
var C2 = 461845907;
var C3 = 2246822507;
var C4 = 3266489909;
var rotl = (x, r) => x << r | x >>> 32 - r;
function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
function hashUnits(units, len, seed, out) {
  let h1 = seed | 0;
  let h2 = seed ^ 2654435769 | 0;
  const pairs = len & ~1;
  for (let i = 0; i < pairs; i += 2) {
    const k = units[i] | units[i + 1] << 16;
    let k1 = Math.imul(k, C1);
    k1 = Math.imul(rotl(k1, 15), C2);
    h1 ^= k1;
    h1 = Math.imul(rotl(h1, 13), 5) + 3864292196 | 0;
    let k2 = Math.imul(k, C3);
    k2 = Math.imul(rotl(k2, 17), C4);
    h2 ^= k2;
    h2 = Math.imul(rotl(h2, 15), 5) + 944331445 | 0;
  }
  finish(h1, h2, len, len & 1 ? units[len - 1] : 0, out);
}
function finish(h1, h2, len, tail, out) {
  if (len & 1) {
    h1 ^= Math.imul(rotl(Math.imul(tail, C1), 15), C2);
    h2 ^= Math.imul(rotl(Math.imul(tail, C3), 17), C4);
  }
  h1 ^= len;
  h2 ^= len;
  h1 = h1 + h2 | 0;
  h2 = h2 + h1 | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h1 = h1 + h2 | 0;
  h2 = h2 + h1 | 0;
  out[0] = h1;
  out[1] = h2;
}
function hashWords(words, start, end, seed, out) {
  let h1 = seed | 0;
  let h2 = seed ^ 2654435769 | 0;
  for (let i = start; i < end; i++) {
    const k = words[i];
    h1 ^= Math.imul(rotl(Math.imul(k, C1), 15), C2);
    h1 = Math.imul(rotl(h1, 13), 5) + 3864292196 | 0;
    h2 ^= Math.imul(rotl(Math.imul(k, C3), 17), C4);
    h2 = Math.imul(rotl(h2, 15), 5) + 944331445 | 0;
  }
  const n = end - start;
  h1 ^= n;
  h2 ^= n;
  h1 = h1 + h2 | 0;
  h2 = h2 + h1 | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  out[0] = h1 + h2 | 0;
  out[1] = h2 + h1 + h2 | 0;
}
var scratch = new Uint32Array(2);
function hashNormalisedAscii(bytes, start, end, table, seed, out, units) {
  let h1 = seed | 0;
  let h2 = seed ^ 2654435769 | 0;
  let n = 0;
  let low = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const m = table[bytes[i]];
    if (m > 32) {
      if (pendingSpace) {
        pendingSpace = false;
        if (units) units[n] = 32;
        if (n & 1) {
          const k = low | 32 << 16;
          h1 ^= Math.imul(rotl(Math.imul(k, C1), 15), C2);
          h1 = Math.imul(rotl(h1, 13), 5) + 3864292196 | 0;
          h2 ^= Math.imul(rotl(Math.imul(k, C3), 17), C4);
          h2 = Math.imul(rotl(h2, 15), 5) + 944331445 | 0;
        } else low = 32;
        n++;
      }
      const u = m & 255;
      if (units) units[n] = u;
      if (n & 1) {
        const k = low | u << 16;
        h1 ^= Math.imul(rotl(Math.imul(k, C1), 15), C2);
        h1 = Math.imul(rotl(h1, 13), 5) + 3864292196 | 0;
        h2 ^= Math.imul(rotl(Math.imul(k, C3), 17), C4);
        h2 = Math.imul(rotl(h2, 15), 5) + 944331445 | 0;
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
function hashNormalisedPrefix(bytes, start, end, table, limit, seed, out) {
  let h1 = seed | 0;
  let h2 = seed ^ 1540483477 | 0;
  let n = 0;
  let pendingSpace = false;
  let i = start;
  for (; i < end && n < limit; i++) {
    const m = table[bytes[i]];
    if (m > 32) {
      if (pendingSpace) {
        pendingSpace = false;
        h1 = Math.imul(h1 ^ 32, 16777619);
        h2 = Math.imul(h2 ^ 32, 1540483477);
        if (++n === limit) break;
      }
      const u = m & 255;
      h1 = Math.imul(h1 ^ u, 16777619);
      h2 = Math.imul(h2 ^ u, 1540483477);
      n++;
    } else if (m === 32) {
      pendingSpace = n > 0;
    } else if (m === 1) {
      return -1;
    }
  }
  if (i < end && table[bytes[i]] === 1) return -1;
  out[0] = fmix32(h1 ^ n);
  out[1] = fmix32(h2 + n);
  return n;
}
function prefixHash(units, n, seed, out) {
  let h1 = seed | 0;
  let h2 = seed ^ 1540483477 | 0;
  for (let i = 0; i < n; i++) {
    const u = units[i];
    h1 = Math.imul(h1 ^ u, 16777619);
    h2 = Math.imul(h2 ^ u, 1540483477);
  }
  out[0] = fmix32(h1 ^ n);
  out[1] = fmix32(h2 + n);
}
function hashBytes(bytes, start, end, seed, out) {
  let h1 = seed | 0;
  let h2 = seed ^ 1540483477 | 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
  }
  const n = end - start;
  out[0] = fmix32(h1 ^ n);
  out[1] = fmix32(h2 + n ^ h1 >>> 16);
}

// src/core/leakage/minhash.ts
function shingleHashes(units, len, n, seed, out) {
  if (len === 0) return 0;
  const width = Math.min(n, len);
  let outgoing = 1;
  for (let i = 0; i < width; i++) outgoing = Math.imul(outgoing, BASE);
  const key = fmix32(seed ^ 668265263) ^ width;
  let h = 0;
  for (let i = 0; i < width; i++) h = Math.imul(h, BASE) + units[i] | 0;
  out[0] = fmix32(h ^ key);
  const count2 = len - width + 1;
  for (let i = 1; i < count2; i++) {
    h = Math.imul(h, BASE) + units[i + width - 1] - Math.imul(units[i - 1], outgoing) | 0;
    out[i] = fmix32(h ^ key);
  }
  return count2;
}
var BASE = 16777619;
var EMPTY = 4294967295;
function minhashSignature(hashes, count2, seed, sig, filled) {
  const bins = sig.length;
  const shift = 32 - Math.log2(bins);
  sig.fill(EMPTY);
  filled.fill(0);
  if (count2 === 0) return false;
  for (let i = 0; i < count2; i++) {
    const h = hashes[i];
    const bin = h >>> shift;
    const v = fmix32(h ^ seed);
    if (v < sig[bin] || filled[bin] === 0) {
      sig[bin] = v;
      filled[bin] = 1;
    }
  }
  for (let b = 0; b < bins; b++) {
    if (filled[b]) continue;
    for (let attempt = 1; ; attempt++) {
      const j = fmix32(Math.imul(b + 1, 2654435761) ^ Math.imul(attempt, 2246822507) ^ seed) >>> shift;
      if (filled[j]) {
        sig[b] = sig[j];
        break;
      }
    }
  }
  return true;
}
function signatureSimilarity(a, b) {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
function shingleSet(hashes, count2) {
  const sorted = hashes.slice(0, count2).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  return sorted.slice(0, n);
}
function jaccard(a, b) {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}
var candidateProbability = (s, { bands, rows }) => 1 - (1 - s ** rows) ** bands;
function chooseBanding(threshold, numPerms) {
  let best = { bands: numPerms, rows: 1 };
  for (let rows = 1; rows <= numPerms; rows++) {
    const bands = Math.floor(numPerms / rows);
    if (candidateProbability(threshold, { bands, rows }) >= 0.995) best = { bands, rows };
  }
  return best;
}

// src/core/leakage/normalise.ts
function normalise(text, options) {
  let s = text;
  for (let round2 = 0; round2 < 8; round2++) {
    const next = normaliseOnce(s, options);
    if (next === s) break;
    s = next;
  }
  return s;
}
function normaliseOnce(text, options) {
  let s = text;
  if (options.nfkc) s = s.normalize("NFKC");
  if (options.strip_punctuation) s = s.replace(/[\p{P}\p{S}]+/gu, "");
  if (options.case_fold) s = s.toUpperCase().toLowerCase();
  if (options.collapse_whitespace) s = s.replace(/\s+/gu, " ").trim();
  return s;
}
var DROP = 0;
var BAIL = 1;
var tables = /* @__PURE__ */ new Map();
function byteTable(options, json) {
  const id = (options.case_fold ? 1 : 0) | (options.strip_punctuation ? 2 : 0) | (options.collapse_whitespace ? 4 : 0) | (json ? 8 : 0);
  let table = tables.get(id);
  if (table) return table;
  table = new Uint16Array(256).fill(BAIL);
  for (let c = 0; c < 128; c++) {
    const space = c >= 9 && c <= 13 || c === 32;
    const punct = c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126;
    if (json && (c === 92 || c < 32)) table[c] = BAIL;
    else if (space) table[c] = options.collapse_whitespace ? 32 : 256 + c;
    else if (punct && options.strip_punctuation) table[c] = DROP;
    else if (c >= 65 && c <= 90 && options.case_fold) table[c] = c | 32;
    else if (c < 33) table[c] = 256 + c;
    else table[c] = c;
  }
  tables.set(id, table);
  return table;
}

// src/core/leakage/fingerprint.ts
var utf16 = new TextDecoder("utf-16le");
var PREFIX_UNITS = 24;
var PREFIX_SEED = 1886545254;
var Fingerprinter = class {
  /** `keepUnits`: whether the normalised text is needed after hashing (near-duplicates); false saves a write per byte. */
  constructor(settings, keepUnits = true) {
    this.settings = settings;
    this.keepUnits = keepUnits;
    this.plainTable = byteTable(settings.normalisation, false);
    this.jsonTable = byteTable(settings.normalisation, true);
    this.signature = new Uint32Array(settings.num_perms);
    this.filled = new Uint8Array(settings.num_perms);
  }
  settings;
  keepUnits;
  units = new Uint16Array(4096);
  length = 0;
  hash = new Uint32Array(2);
  signature;
  shingles = new Uint32Array(4096);
  shingleCount = -1;
  filled;
  ascii = new Uint8Array(4096);
  prefixHash = new Uint32Array(2);
  plainTable;
  jsonTable;
  /** Normalises a decoded string; returns false when nothing is left to compare (empty text). */
  fromText(text) {
    const n = text.length;
    if (this.ascii.length < n) this.ascii = new Uint8Array(n * 2);
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) break;
      this.ascii[i] = c;
    }
    if (i === n) return this.fromAscii(this.ascii, 0, n, false);
    const s = normalise(text, this.settings.normalisation);
    this.reserve(s.length);
    for (let i2 = 0; i2 < s.length; i2++) this.units[i2] = s.charCodeAt(i2);
    this.length = s.length;
    return this.finish();
  }
  /**
   * Normalises raw ASCII bytes without decoding them; returns undefined when the bytes need the
   * string path (non-ASCII, or a JSON escape when `json`), else whether any text is left.
   */
  fromAscii(bytes, start, end, json) {
    this.reserve(end - start);
    const n = hashNormalisedAscii(
      bytes,
      start,
      end,
      json ? this.jsonTable : this.plainTable,
      this.settings.seed,
      this.hash,
      this.keepUnits ? this.units : void 0
    );
    if (n < 0) return void 0;
    this.length = n;
    this.shingleCount = -1;
    return n > 0;
  }
  /** The current normalised text as a string. */
  normalisedText() {
    return utf16.decode(this.units.subarray(0, this.length));
  }
  finish() {
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
  prefixAscii(bytes, start, end, json) {
    const table = json ? this.jsonTable : this.plainTable;
    return hashNormalisedPrefix(
      bytes,
      start,
      end,
      table,
      PREFIX_UNITS,
      this.settings.seed ^ PREFIX_SEED,
      this.prefixHash
    );
  }
  /** The prefix hash of the current (kept) normalised units: the eval side of the prefix filter. */
  prefixOfCurrent() {
    const n = Math.min(this.length, PREFIX_UNITS);
    prefixHash(this.units, n, this.settings.seed ^ PREFIX_SEED, this.prefixHash);
  }
  /** Computes the MinHash signature of the current text into `signature`. */
  computeSignature() {
    this.computeShingles();
    minhashSignature(this.shingles, this.shingleCount, this.settings.seed, this.signature, this.filled);
    const sig = this.signature;
    for (let i = 0; i < sig.length; i++) sig[i] = sig[i] >>> 24;
  }
  /** Sorted distinct shingle hashes of the current text, for exact Jaccard. */
  shingleSet() {
    this.computeShingles();
    return shingleSet(this.shingles, this.shingleCount);
  }
  computeShingles() {
    if (this.shingleCount >= 0) return;
    if (this.shingles.length < this.length + 1) this.shingles = new Uint32Array(this.length * 2 + 1);
    this.shingleCount = shingleHashes(
      this.units,
      this.length,
      this.settings.shingle_size,
      this.settings.seed,
      this.shingles
    );
  }
  reserve(n) {
    if (this.units.length < n) this.units = new Uint16Array(n * 2);
  }
};

// src/core/leakage/u64-multimap.ts
var U64MultiMap = class {
  mask;
  keyHi;
  keyLo;
  head;
  values;
  next;
  entries = 0;
  keys = 0;
  /**
   * One bit per key (16 bits of filter per expected key, indexed by the high word): most probes of
   * a large table are misses, and the filter answers them from a few MB that stay in cache instead
   * of a cache miss in the table.
   */
  filter;
  filterMask;
  constructor(expectedEntries) {
    let cap = 16;
    while (cap * 0.6 < expectedEntries) cap *= 2;
    let bits = 1 << 10;
    while (bits < expectedEntries * 16) bits *= 2;
    this.filter = new Int32Array(bits >>> 5);
    this.filterMask = bits - 1;
    this.mask = cap - 1;
    this.keyHi = new Int32Array(cap);
    this.keyLo = new Int32Array(cap);
    this.head = new Int32Array(cap).fill(-1);
    this.values = new Int32Array(Math.max(16, expectedEntries));
    this.next = new Int32Array(this.values.length);
  }
  add(hi, lo, value) {
    if ((this.keys + 1) / 0.6 > this.mask + 1) this.rehash();
    const bit = hi & this.filterMask;
    this.filter[bit >>> 5] = this.filter[bit >>> 5] | 1 << (bit & 31);
    if (this.entries === this.values.length) {
      const values = new Int32Array(this.values.length * 2);
      values.set(this.values);
      this.values = values;
      const next = new Int32Array(values.length);
      next.set(this.next);
      this.next = next;
    }
    hi |= 0;
    lo |= 0;
    let slot = lo & this.mask;
    while (this.head[slot] !== -1 && (this.keyHi[slot] !== hi || this.keyLo[slot] !== lo))
      slot = slot + 1 & this.mask;
    const e = this.entries++;
    this.values[e] = value;
    if (this.head[slot] === -1) {
      this.keys++;
      this.keyHi[slot] = hi;
      this.keyLo[slot] = lo;
      this.next[e] = -1;
    } else {
      this.next[e] = this.head[slot];
    }
    this.head[slot] = e;
  }
  /** The first entry stored under the key, or -1; walk on with `nextEntry`. */
  first(hi, lo) {
    hi |= 0;
    lo |= 0;
    const bit = hi & this.filterMask;
    if ((this.filter[bit >>> 5] & 1 << (bit & 31)) === 0) return -1;
    let slot = lo & this.mask;
    for (; ; ) {
      const h = this.head[slot];
      if (h === -1) return -1;
      if (this.keyLo[slot] === lo && this.keyHi[slot] === hi) return h;
      slot = slot + 1 & this.mask;
    }
  }
  nextEntry(entry) {
    return this.next[entry];
  }
  valueOf(entry) {
    return this.values[entry];
  }
  rehash() {
    const { keyHi, keyLo, head } = this;
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.keyHi = new Int32Array(cap);
    this.keyLo = new Int32Array(cap);
    this.head = new Int32Array(cap).fill(-1);
    for (let s = 0; s < head.length; s++) {
      if (head[s] === -1) continue;
      let slot = keyLo[s] & this.mask;
      while (this.head[slot] !== -1) slot = slot + 1 & this.mask;
      this.keyHi[slot] = keyHi[s];
      this.keyLo[slot] = keyLo[s];
      this.head[slot] = head[s];
    }
  }
};

// src/core/leakage/scan.ts
var utf8 = new TextEncoder();
var utf8Decoder = new TextDecoder();
var NO_NORMALISATION = {
  nfkc: false,
  case_fold: false,
  collapse_whitespace: false,
  strip_punctuation: false
};
var LeakageScan = class {
  constructor(evalItems, settings, evalSource = "eval set", options = {}) {
    this.settings = settings;
    this.evalSource = evalSource;
    if (evalItems.length === 0) {
      throw new InputError("the eval set is empty: there is nothing to check for leakage", {
        file: evalSource,
        fix: "point --eval (or leakage.eval) at the file that holds the eval items, one item per row"
      });
    }
    const n = evalItems.length;
    this.fingerprinter = new Fingerprinter(settings, settings.near_duplicate !== void 0);
    this.evalIds = evalItems.map((e) => e.id);
    this.findings = options.findings ?? new Findings(this.evalIds, settings, options.keepHits);
    this.stamp = new Int32Array(n).fill(-1);
    this.evalHash = new Int32Array(n * 2);
    this.content = new U64MultiMap(n);
    this.idIndex = new U64MultiMap(n);
    const near = settings.near_duplicate;
    if (near === void 0) this.prefixes = new U64MultiMap(n);
    if (near !== void 0) {
      this.banding = chooseBanding(near, settings.num_perms);
      this.bands = new U64MultiMap(n * this.banding.bands);
      this.evalSignatures = new Uint32Array(n * settings.num_perms);
    }
    const fp = new Fingerprinter(settings, true);
    for (let i = 0; i < n; i++) {
      const { id, text } = evalItems[i];
      const idBytes = utf8.encode(id);
      hashBytes(idBytes, 0, idBytes.length, settings.seed, this.idHash);
      this.idIndex.add(this.idHash[0], this.idHash[1], i);
      if (!fp.fromText(text)) {
        this.evalNormalised.push("");
        continue;
      }
      if (this.prefixes) {
        fp.prefixOfCurrent();
        this.prefixes.add(fp.prefixHash[0], fp.prefixHash[1], i);
      }
      this.evalHash[2 * i] = fp.hash[0];
      this.evalHash[2 * i + 1] = fp.hash[1];
      this.content.add(fp.hash[0], fp.hash[1], i);
      if (this.bands && this.banding && this.evalSignatures) {
        this.evalNormalised.push(fp.normalisedText());
        fp.computeSignature();
        this.evalSignatures.set(fp.signature, i * settings.num_perms);
        this.forEachBand(fp.signature, (hi, lo) => this.bands.add(hi, lo, i));
      }
    }
  }
  settings;
  evalSource;
  fingerprinter;
  trainItems = 0;
  skippedLines = 0;
  evalIds;
  /** Eval ids by the hash of their UTF-8 bytes, so training ids are looked up without decoding them. */
  idIndex;
  idHash = new Uint32Array(2);
  content;
  prefixes;
  evalHash;
  bands;
  banding;
  evalSignatures;
  evalNormalised = [];
  evalShingles = [];
  stamp;
  findings;
  bandKey = new Uint32Array(2);
  evalFingerprinter;
  /** Set when couldMatch() has already computed the current row's signature. */
  signatureReady = false;
  /** Whether an eval item has a finding of this kind (the report lists only the first examples). */
  isFlagged(evalIndex, kind) {
    return this.findings.isFlagged(evalIndex, kind);
  }
  get evalItems() {
    return this.evalIds.length;
  }
  /** The index of a training file in the report's `train_file` names. */
  fileIndex(name) {
    return this.findings.fileIndex(name);
  }
  /** A training row whose text is a decoded string. */
  trainText(file, line, id, text) {
    this.trainItems++;
    if (id !== void 0) this.checkId(file, line, id);
    if (this.fingerprinter.fromText(text)) this.checkContent(file, line, id, void 0);
  }
  /**
   * A training row whose text is raw bytes (JSON string contents when `json`), and whose id is
   * either `id` or the UTF-8 bytes [idStart, idEnd) of the same buffer (decoded only when needed).
   * Returns false, having done nothing, when the text needs decoding first; the caller then decodes
   * and calls `trainText`.
   */
  trainAscii(file, line, id, bytes, start, end, json, idStart = -1, idEnd = -1) {
    const fp = this.fingerprinter;
    if (this.prefixes) {
      const n = fp.prefixAscii(bytes, start, end, json);
      if (n < 0) return false;
      if (n === 0 || this.prefixes.first(fp.prefixHash[0], fp.prefixHash[1]) === -1) {
        this.trainItems++;
        if (id !== void 0) this.checkId(file, line, id);
        else if (idStart >= 0) this.checkIdBytes(file, line, bytes, idStart, idEnd);
        return true;
      }
    }
    const ok = fp.fromAscii(bytes, start, end, json);
    if (ok === void 0) return false;
    this.trainItems++;
    if (id !== void 0) {
      this.checkId(file, line, id);
      if (ok) this.checkContent(file, line, id, void 0);
      return true;
    }
    if (idStart >= 0) this.checkIdBytes(file, line, bytes, idStart, idEnd);
    if (ok && this.couldMatch()) {
      const rowId = idStart >= 0 ? utf8Decoder.decode(bytes.subarray(idStart, idEnd)) : void 0;
      this.checkContent(file, line, rowId, void 0);
    }
    this.signatureReady = false;
    return true;
  }
  /** A training row known only by its fingerprints (from a manifest). */
  trainFingerprint(file, line, id, hash, signature) {
    this.trainItems++;
    if (id !== void 0) this.checkId(file, line, id);
    if (!hash) return;
    this.fingerprinter.hash[0] = hash[0];
    this.fingerprinter.hash[1] = hash[1];
    this.checkContent(file, line, id, signature ?? null);
  }
  checkId(file, line, id) {
    const bytes = utf8.encode(id);
    this.checkIdBytes(file, line, bytes, 0, bytes.length, id);
  }
  /** Looks an id up by its bytes; decodes it only on a hash hit, and confirms the hit on the text. */
  checkIdBytes(file, line, bytes, start, end, known) {
    hashBytes(bytes, start, end, this.settings.seed, this.idHash);
    let e = this.idIndex.first(this.idHash[0], this.idHash[1]);
    if (e === -1) return;
    const id = known ?? utf8Decoder.decode(bytes.subarray(start, end));
    for (; e !== -1; e = this.idIndex.nextEntry(e)) {
      const i = this.idIndex.valueOf(e);
      if (this.evalIds[i] === id) this.findings.flag("exact_id", i, file, line, id);
    }
  }
  /** `signature` is null for a manifest row without one, undefined when it is computed here from the text. */
  checkContent(file, line, id, signature) {
    const fp = this.fingerprinter;
    const hi = fp.hash[0];
    const lo = fp.hash[1];
    for (let e = this.content.first(hi, lo); e !== -1; e = this.content.nextEntry(e)) {
      this.findings.flag("exact_content", this.content.valueOf(e), file, line, id);
    }
    if (!this.bands || signature === null) return;
    const threshold = this.settings.near_duplicate;
    const fromText = signature === void 0;
    if (fromText && !this.signatureReady) fp.computeSignature();
    this.signatureReady = false;
    const sig = signature ?? fp.signature;
    const row = this.trainItems;
    let trainSet;
    const bands = this.bands;
    const { bands: bandCount, rows } = this.banding;
    for (let b = 0; b < bandCount; b++) {
      hashWords(sig, b * rows, (b + 1) * rows, b + 1, this.bandKey);
      for (let e = bands.first(this.bandKey[0], this.bandKey[1]); e !== -1; e = bands.nextEntry(e)) {
        const i = bands.valueOf(e);
        if (this.stamp[i] === row) continue;
        this.stamp[i] = row;
        if ((this.evalHash[2 * i] | 0) === (hi | 0) && (this.evalHash[2 * i + 1] | 0) === (lo | 0))
          continue;
        if (this.findings.isFlagged(i, "near_duplicate")) continue;
        let similarity;
        if (fromText) {
          trainSet ??= fp.shingleSet();
          similarity = jaccard(this.evalShingleSet(i), trainSet);
        } else {
          const k = this.settings.num_perms;
          similarity = signatureSimilarity(this.evalSignatures.subarray(i * k, (i + 1) * k), sig);
        }
        if (similarity >= threshold) this.findings.flag("near_duplicate", i, file, line, id, similarity);
      }
    }
  }
  /**
   * Whether the current row's content hash or MinHash bands hit the eval index at all (computing the
   * signature, which checkContent then reuses). Lets the caller skip decoding ids of unrelated rows.
   */
  couldMatch() {
    const fp = this.fingerprinter;
    if (this.content.first(fp.hash[0], fp.hash[1]) !== -1) return true;
    if (!this.bands) return false;
    fp.computeSignature();
    this.signatureReady = true;
    const { bands, rows } = this.banding;
    for (let b = 0; b < bands; b++) {
      hashWords(fp.signature, b * rows, (b + 1) * rows, b + 1, this.bandKey);
      if (this.bands.first(this.bandKey[0], this.bandKey[1]) !== -1) return true;
    }
    return false;
  }
  evalShingleSet(i) {
    let set = this.evalShingles[i];
    if (!set) {
      this.evalFingerprinter ??= new Fingerprinter({ ...this.settings, normalisation: NO_NORMALISATION });
      this.evalFingerprinter.fromText(this.evalNormalised[i]);
      set = this.evalFingerprinter.shingleSet();
      this.evalShingles[i] = set;
    }
    return set;
  }
  forEachBand(sig, visit) {
    const { bands, rows } = this.banding;
    for (let b = 0; b < bands; b++) {
      hashWords(sig, b * rows, (b + 1) * rows, b + 1, this.bandKey);
      visit(this.bandKey[0], this.bandKey[1]);
    }
  }
  report() {
    return this.findings.report(this.trainItems, this.skippedLines);
  }
};

// src/io/data/leakage-parallel.ts
import { open as open2, stat as stat2 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

// src/io/data/lines.ts
import { open } from "node:fs/promises";
var CHUNK = 4 * 1024 * 1024;
var MAX_LINE_BYTES = 64 * 1024 * 1024;
async function forEachLine(path, visit, onBytes, range) {
  const handle = await openForReading(path);
  let pending = Promise.resolve(0);
  try {
    const { size } = await handle.stat();
    const chunk = size > 0 && size < CHUNK ? size + 1 : CHUNK;
    const buffers = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)];
    let carry = Buffer.allocUnsafe(1 << 16);
    let carryLen = 0;
    let line = 0;
    let first = !range || range.start === 0;
    let position = range?.start ?? 0;
    const stop = range?.end ?? Number.POSITIVE_INFINITY;
    const readInto = (buf) => {
      const want = Math.min(buf.length, stop - position);
      if (want <= 0) return Promise.resolve(0);
      const at2 = position;
      position += want;
      return handle.read(buf, 0, want, at2).then(({ bytesRead }) => {
        position = at2 + bytesRead;
        return bytesRead;
      });
    };
    const append = (buf, from, to) => {
      if (carryLen + (to - from) > MAX_LINE_BYTES) {
        throw new InputError("the line is longer than 64 MB", {
          file: path,
          line: line + 1,
          fix: "check that this is a text file with one record a line (JSONL, CSV or text), not binary data"
        });
      }
      if (carryLen + (to - from) + 1 > carry.length) {
        const bigger = Buffer.allocUnsafe((carryLen + (to - from) + 1) * 2);
        carry.copy(bigger, 0, 0, carryLen);
        carry = bigger;
      }
      buf.copy(carry, carryLen, from, to);
      carryLen += to - from;
    };
    const visitCarry = () => {
      carry[carryLen] = 10;
      line++;
      visit(carry, 0, carryLen > 0 && carry[carryLen - 1] === 13 ? carryLen - 1 : carryLen, line);
      carryLen = 0;
    };
    let current = 0;
    pending = readInto(buffers[0]);
    for (; ; ) {
      const n = await pending;
      onBytes?.(n);
      if (n === 0) {
        if (carryLen > 0) visitCarry();
        return line;
      }
      const buf = buffers[current].subarray(0, n);
      current ^= 1;
      pending = readInto(buffers[current]);
      let pos = 0;
      if (first && n >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) pos = 3;
      first = false;
      if (carryLen > 0) {
        const nl = buf.indexOf(10, pos);
        if (nl === -1) {
          append(buf, pos, n);
          continue;
        }
        append(buf, pos, nl);
        visitCarry();
        pos = nl + 1;
      }
      for (; ; ) {
        const nl = buf.indexOf(10, pos);
        if (nl === -1) break;
        line++;
        visit(buf, pos, nl > pos && buf[nl - 1] === 13 ? nl - 1 : nl, line);
        pos = nl + 1;
      }
      if (pos < n) append(buf, pos, n);
    }
  } catch (error) {
    throw readError(path, error);
  } finally {
    await pending.catch(() => 0);
    await handle.close();
  }
}
async function openForReading(path) {
  try {
    return await open(path, "r");
  } catch (error) {
    throw readError(path, error);
  }
}
function readError(path, error) {
  const code = error?.code;
  if (!code) return error;
  const problem = code === "ENOENT" ? "file not found" : code === "EACCES" || code === "EPERM" ? "permission denied: the file is not readable" : code === "EISDIR" ? "this is a directory, not a file" : `cannot read the file (${code})`;
  return new InputError(problem, {
    file: path,
    fix: "check the path (relative paths start at the repository root) and the file permissions"
  });
}

// src/io/data/rows.ts
var BadRows = class {
  constructor(skip) {
    this.skip = skip;
  }
  skip;
  skipped = 0;
  handle(error) {
    if (!this.skip) throw error;
    this.skipped++;
    return void 0;
  }
};
function formatOf(path) {
  const name = path.toLowerCase();
  if (/\.(jsonl|ndjson)$/.test(name)) return "jsonl";
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".parquet")) return "parquet";
  if (name.endsWith(".txt")) return "text";
  if (name.endsWith(".manifest")) return "manifest";
  throw new InputError("unknown data format", {
    file: path,
    fix: 'use a file ending in .jsonl (or .ndjson), .csv, .parquet, .txt (one item a line) or .manifest (from "sprintlab leakage manifest")'
  });
}
var listFields = (fields) => fields.length === 0 ? "the row has no fields" : `fields present: ${fields.map((f) => `"${f}"`).join(", ")}`;

// src/io/data/csv.ts
async function readCsv(path, options, sink) {
  const bad = new BadRows(options.skipBadLines);
  let header;
  let keyAt = -1;
  let textAt = -1;
  let pending = [];
  let pendingChars = 0;
  let pendingLine = 0;
  let quoteOpen = false;
  const record = (raw, line) => {
    const fields = splitRecord(raw);
    if (!header) {
      header = fields.map((f) => f.trim());
      keyAt = header.indexOf(options.key);
      textAt = header.indexOf(options.text);
      if (textAt < 0 || options.needId && keyAt < 0) {
        const field = textAt < 0 ? options.text : options.key;
        throw new InputError(`the header has no "${field}" column (${listFields(header)})`, {
          file: path,
          line,
          field,
          fix: `name the ${textAt < 0 ? "text" : "id"} column with ${textAt < 0 ? "--text (leakage.text)" : "--key (leakage.key)"}`
        });
      }
      return void 0;
    }
    if (fields.length !== header.length) {
      return bad.handle(
        new InputError(`ragged row: it has ${fields.length} fields but the header has ${header.length}`, {
          file: path,
          line,
          fix: 'quote fields that contain commas or line breaks ("a, b"), or pass --skip-bad-lines to skip and count such rows'
        })
      );
    }
    sink.text(line, keyAt >= 0 ? fields[keyAt] : void 0, fields[textAt]);
    return void 0;
  };
  await forEachLine(
    path,
    (buf, start, end, line) => {
      const text = buf.toString("utf8", start, end);
      if (pending.length === 0) {
        if (text.length === 0) return;
        pendingLine = line;
      }
      pending.push(text);
      pendingChars += text.length + 1;
      if (countQuotes(text) % 2 === 1) quoteOpen = !quoteOpen;
      if (quoteOpen) {
        if (pendingChars > MAX_LINE_BYTES) throw unclosedQuote(path, pendingLine);
        return;
      }
      const complete = pending.join("\n");
      pending = [];
      pendingChars = 0;
      record(complete, pendingLine);
    },
    options.onBytes
  );
  if (quoteOpen) throw unclosedQuote(path, pendingLine);
  if (!header)
    throw new InputError("the CSV file is empty (no header row)", {
      file: path,
      fix: `start the file with a header row naming the ${options.key} and ${options.text} columns`
    });
  return bad.skipped;
}
var unclosedQuote = (file, line) => new InputError(
  "a quoted field that starts on this line is never closed, so every row after it would be read as one field",
  {
    file,
    line,
    fix: 'close the quote, or double quotes inside quoted fields (""); --skip-bad-lines cannot skip a row that has no end'
  }
);
function countQuotes(s) {
  let n = 0;
  for (let i = s.indexOf('"'); i !== -1; i = s.indexOf('"', i + 1)) n++;
  return n;
}
function splitRecord(raw) {
  const fields = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quoted) {
      if (c === '"') {
        if (raw[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}

// src/io/data/jsonl.ts
var lastEscaped = false;
function skipWs(buf, p, end) {
  while (p < end) {
    const c = buf[p];
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) break;
    p++;
  }
  return p;
}
function skipString(buf, p, end) {
  p++;
  let escaped = false;
  while (p < end) {
    const c = buf[p];
    if (c === 34) {
      lastEscaped = escaped;
      return p + 1;
    }
    if (c === 92) {
      escaped = true;
      const e = buf[p + 1];
      if (e === 117) {
        for (let k = 2; k < 6; k++) if (!isHex(buf[p + k])) return -1;
        p += 6;
      } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        p += 2;
      } else return -1;
    } else if (c < 32) {
      return -1;
    } else p++;
  }
  return -1;
}
function delimitString(buf, p, end) {
  p++;
  for (; ; ) {
    const q = buf.indexOf(34, p);
    if (q === -1 || q >= end) return -1;
    let backslashes = 0;
    while (buf[q - 1 - backslashes] === 92) backslashes++;
    if (backslashes % 2 === 0) {
      lastEscaped = true;
      return q + 1;
    }
    p = q + 1;
  }
}
function skipNumber(buf, p, end) {
  if (buf[p] === 45) p++;
  if (buf[p] === 48) p++;
  else if (isDigit19(buf[p])) while (p < end && isDigit(buf[p])) p++;
  else return -1;
  if (buf[p] === 46) {
    p++;
    if (!isDigit(buf[p])) return -1;
    while (p < end && isDigit(buf[p])) p++;
  }
  if (buf[p] === 101 || buf[p] === 69) {
    p++;
    if (buf[p] === 43 || buf[p] === 45) p++;
    if (!isDigit(buf[p])) return -1;
    while (p < end && isDigit(buf[p])) p++;
  }
  return p;
}
function skipLiteral(buf, p, word) {
  for (let i = 0; i < word.length; i++) if (buf[p + i] !== word.charCodeAt(i)) return -1;
  return p + word.length;
}
function skipValue(buf, p, end, depth) {
  if (depth > 64) return -1;
  const c = buf[p];
  if (c === 34) return skipString(buf, p, end);
  if (c === 123 || c === 91) {
    const close = c === 123 ? 125 : 93;
    p = skipWs(buf, p + 1, end);
    if (buf[p] === close) return p + 1;
    for (; ; ) {
      if (c === 123) {
        if (buf[p] !== 34) return -1;
        p = skipString(buf, p, end);
        if (p < 0) return -1;
        p = skipWs(buf, p, end);
        if (buf[p] !== 58) return -1;
        p = skipWs(buf, p + 1, end);
      }
      p = skipValue(buf, p, end, depth + 1);
      if (p < 0) return -1;
      p = skipWs(buf, p, end);
      const d = buf[p];
      if (d === 44) p = skipWs(buf, p + 1, end);
      else if (d === close) return p + 1;
      else return -1;
    }
  }
  if (c === 116) return skipLiteral(buf, p, "true");
  if (c === 102) return skipLiteral(buf, p, "false");
  if (c === 110) return skipLiteral(buf, p, "null");
  return skipNumber(buf, p, end);
}
function nameIs(buf, start, end, name) {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name[i]) return false;
  return true;
}
var Scanner = class {
  constructor(keyName, textName) {
    this.keyName = keyName;
    this.textName = textName;
  }
  keyName;
  textName;
  key = { kind: 0 /* Absent */, start: 0, end: 0, escaped: false };
  text = { kind: 0 /* Absent */, start: 0, end: 0, escaped: false };
  /** Scans one line holding one JSON object; false when it is not (or not simply) one. */
  scan(buf, start, end) {
    const { key, text, keyName, textName } = this;
    key.kind = 0 /* Absent */;
    text.kind = 0 /* Absent */;
    let p = skipWs(buf, start, end);
    if (buf[p] !== 123) return false;
    p = skipWs(buf, p + 1, end);
    if (buf[p] === 125) return skipWs(buf, p + 1, end) === end;
    for (; ; ) {
      if (buf[p] !== 34) return false;
      const nameStart = p + 1;
      p = skipString(buf, p, end);
      if (p < 0 || lastEscaped) return false;
      const nameEnd = p - 1;
      if (buf[p] !== 58) {
        p = skipWs(buf, p, end);
        if (buf[p] !== 58) return false;
      }
      p = skipWs(buf, p + 1, end);
      const target = nameIs(buf, nameStart, nameEnd, keyName) ? key : nameIs(buf, nameStart, nameEnd, textName) ? text : void 0;
      if (target && target.kind !== 0 /* Absent */) return false;
      const valueStart = p;
      const c = buf[p];
      let kind;
      if (c === 34) {
        p = target === text ? delimitString(buf, p, end) : skipString(buf, p, end);
        kind = 1 /* String */;
      } else if (c === 45 || c !== void 0 && c >= 48 && c <= 57) {
        p = skipNumber(buf, p, end);
        kind = 2 /* Number */;
      } else {
        p = skipValue(buf, p, end, 0);
        kind = 3 /* Other */;
      }
      if (p < 0) return false;
      if (target) {
        target.kind = kind;
        target.start = kind === 1 /* String */ ? valueStart + 1 : valueStart;
        target.end = kind === 1 /* String */ ? p - 1 : p;
        target.escaped = kind === 1 /* String */ && lastEscaped;
      }
      let d = buf[p];
      if (d !== 44 && d !== 125) {
        p = skipWs(buf, p, end);
        d = buf[p];
      }
      if (d === 44) {
        p = skipWs(buf, p + 1, end);
        continue;
      }
      if (d === 125) return skipWs(buf, p + 1, end) === end;
      return false;
    }
  }
};
var isDigit = (c) => c !== void 0 && c >= 48 && c <= 57;
var isDigit19 = (c) => c !== void 0 && c >= 49 && c <= 57;
var isHex = (c) => c !== void 0 && (c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102);
async function readJsonl(path, options, sink) {
  const scanner = new Scanner(Buffer.from(options.key, "utf8"), Buffer.from(options.text, "utf8"));
  const bad = new BadRows(options.skipBadLines);
  const fieldError = (line, field, problem, fix) => new InputError(problem, { file: path, line, field, fix });
  const slow = (buf, start, end, line) => {
    if (nestedDeeperThan(buf, start, end, MAX_DEPTH)) {
      return bad.handle(
        new InputError(`the line nests arrays or objects deeper than ${MAX_DEPTH} levels`, {
          file: path,
          line,
          fix: "write one flat JSON object per line, or pass --skip-bad-lines to skip and count such lines"
        })
      );
    }
    let row;
    try {
      row = JSON.parse(buf.toString("utf8", start, end));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return bad.handle(
        new InputError(`the line is not valid JSON (${why})`, {
          file: path,
          line,
          fix: "write one JSON object per line (JSONL), or pass --skip-bad-lines to skip and count such lines"
        })
      );
    }
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      return bad.handle(
        new InputError("the line is JSON but not an object", {
          file: path,
          line,
          fix: 'write one JSON object per line, e.g. {"id": "q-1", "text": "..."}'
        })
      );
    }
    const record = row;
    const fields = Object.keys(record);
    const id = record[options.key];
    const text = record[options.text];
    if (options.needId && id === void 0) {
      return bad.handle(
        fieldError(
          line,
          options.key,
          `the id field "${options.key}" is missing (${listFields(fields)})`,
          `name the id field with --key (leakage.key)`
        )
      );
    }
    if (text === void 0) {
      return bad.handle(
        fieldError(
          line,
          options.text,
          `the text field "${options.text}" is missing (${listFields(fields)})`,
          "name the text field with --text (leakage.text)"
        )
      );
    }
    if (typeof text !== "string" && typeof text !== "number") {
      return bad.handle(
        fieldError(
          line,
          options.text,
          `the text field "${options.text}" holds ${describe(text)}, not a string`,
          "point --text (leakage.text) at a string field"
        )
      );
    }
    if (id !== void 0 && typeof id !== "string" && typeof id !== "number") {
      return bad.handle(
        fieldError(
          line,
          options.key,
          `the id field "${options.key}" holds ${describe(id)}, not a string or number`,
          "point --key (leakage.key) at a string or number field"
        )
      );
    }
    sink.text(line, id === void 0 ? void 0 : String(id), String(text));
    return void 0;
  };
  const lines = await forEachLine(
    path,
    (buf, start, end, line) => {
      if (start === end || isBlank(buf, start, end)) return;
      if (!scanner.scan(buf, start, end)) return slow(buf, start, end, line);
      const { key, text } = scanner;
      if (key.kind !== 1 /* String */ && key.kind !== 2 /* Number */ && (options.needId || key.kind !== 0 /* Absent */) || text.kind !== 1 /* String */ && text.kind !== 2 /* Number */) {
        return slow(buf, start, end, line);
      }
      const rawId = key.kind === 1 /* String */ && !key.escaped;
      if (text.kind === 1 /* String */ && sink.bytes?.(
        line,
        rawId ? void 0 : decodeId(buf, key),
        buf,
        text.start,
        text.end,
        true,
        rawId ? key.start : -1,
        rawId ? key.end : -1
      )) {
        return;
      }
      const id = decodeId(buf, key);
      let value;
      if (text.kind === 2 /* Number */) value = String(Number(buf.toString("latin1", text.start, text.end)));
      else if (!text.escaped) value = buf.toString("utf8", text.start, text.end);
      else {
        try {
          value = JSON.parse(buf.toString("utf8", text.start - 1, text.end + 1));
        } catch {
          return slow(buf, start, end, line);
        }
      }
      sink.text(line, id, value);
    },
    options.onBytes,
    options.range
  );
  options.onLines?.(lines);
  return bad.skipped;
}
var MAX_DEPTH = 1e3;
function nestedDeeperThan(buf, start, end, limit) {
  let depth = 0;
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
function decodeId(buf, key) {
  if (key.kind === 1 /* String */) {
    return key.escaped ? JSON.parse(buf.toString("utf8", key.start - 1, key.end + 1)) : buf.toString("utf8", key.start, key.end);
  }
  return key.kind === 2 /* Number */ ? String(Number(buf.toString("latin1", key.start, key.end))) : void 0;
}
function isBlank(buf, start, end) {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
var describe = (v) => v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : `a ${typeof v}`;

// src/io/data/parquet.ts
import { stat } from "node:fs/promises";

// node_modules/hyparquet/src/node.js
import { createReadStream, promises as fs } from "fs";

// node_modules/hyparquet/src/constants.js
var ParquetTypes = [
  "BOOLEAN",
  "INT32",
  "INT64",
  "INT96",
  // deprecated
  "FLOAT",
  "DOUBLE",
  "BYTE_ARRAY",
  "FIXED_LEN_BYTE_ARRAY"
];
var Encodings = [
  "PLAIN",
  "GROUP_VAR_INT",
  // deprecated
  "PLAIN_DICTIONARY",
  "RLE",
  "BIT_PACKED",
  // deprecated
  "DELTA_BINARY_PACKED",
  "DELTA_LENGTH_BYTE_ARRAY",
  "DELTA_BYTE_ARRAY",
  "RLE_DICTIONARY",
  "BYTE_STREAM_SPLIT"
];
var FieldRepetitionTypes = [
  "REQUIRED",
  "OPTIONAL",
  "REPEATED"
];
var ConvertedTypes = [
  "UTF8",
  "MAP",
  "MAP_KEY_VALUE",
  "LIST",
  "ENUM",
  "DECIMAL",
  "DATE",
  "TIME_MILLIS",
  "TIME_MICROS",
  "TIMESTAMP_MILLIS",
  "TIMESTAMP_MICROS",
  "UINT_8",
  "UINT_16",
  "UINT_32",
  "UINT_64",
  "INT_8",
  "INT_16",
  "INT_32",
  "INT_64",
  "JSON",
  "BSON",
  "INTERVAL"
];
var CompressionCodecs = [
  "UNCOMPRESSED",
  "SNAPPY",
  "GZIP",
  "LZO",
  "BROTLI",
  "LZ4",
  "ZSTD",
  "LZ4_RAW"
];
var PageTypes = [
  "DATA_PAGE",
  "INDEX_PAGE",
  "DICTIONARY_PAGE",
  "DATA_PAGE_V2"
];
var BoundaryOrders = [
  "UNORDERED",
  "ASCENDING",
  "DESCENDING"
];
var EdgeInterpolationAlgorithms = [
  "SPHERICAL",
  "VINCENTY",
  "THOMAS",
  "ANDOYER",
  "KARNEY"
];

// node_modules/hyparquet/src/wkb.js
function wkbToGeojson(reader) {
  const flags = getFlags(reader);
  if (flags.type === 1) {
    return { type: "Point", coordinates: readPosition(reader, flags) };
  } else if (flags.type === 2) {
    return { type: "LineString", coordinates: readLine(reader, flags) };
  } else if (flags.type === 3) {
    return { type: "Polygon", coordinates: readPolygon(reader, flags) };
  } else if (flags.type === 4) {
    const points = [];
    for (let i = 0; i < flags.count; i++) {
      points.push(readPosition(reader, getFlags(reader)));
    }
    return { type: "MultiPoint", coordinates: points };
  } else if (flags.type === 5) {
    const lines = [];
    for (let i = 0; i < flags.count; i++) {
      lines.push(readLine(reader, getFlags(reader)));
    }
    return { type: "MultiLineString", coordinates: lines };
  } else if (flags.type === 6) {
    const polygons = [];
    for (let i = 0; i < flags.count; i++) {
      polygons.push(readPolygon(reader, getFlags(reader)));
    }
    return { type: "MultiPolygon", coordinates: polygons };
  } else if (flags.type === 7) {
    const geometries = [];
    for (let i = 0; i < flags.count; i++) {
      geometries.push(wkbToGeojson(reader));
    }
    return { type: "GeometryCollection", geometries };
  } else {
    throw new Error(`Unsupported geometry type: ${flags.type}`);
  }
}
function getFlags(reader) {
  const { view } = reader;
  const littleEndian = view.getUint8(reader.offset++) === 1;
  const rawType = view.getUint32(reader.offset, littleEndian);
  reader.offset += 4;
  const type = rawType % 1e3;
  const flags = Math.floor(rawType / 1e3);
  let count2 = 0;
  if (type > 1 && type <= 7) {
    count2 = view.getUint32(reader.offset, littleEndian);
    reader.offset += 4;
  }
  let dim = 2;
  if (flags) dim++;
  if (flags === 3) dim++;
  return { littleEndian, type, dim, count: count2 };
}
function readPosition(reader, flags) {
  const points = [];
  for (let i = 0; i < flags.dim; i++) {
    const coord = reader.view.getFloat64(reader.offset, flags.littleEndian);
    reader.offset += 8;
    points.push(coord);
  }
  return points;
}
function readLine(reader, flags) {
  const points = [];
  for (let i = 0; i < flags.count; i++) {
    points.push(readPosition(reader, flags));
  }
  return points;
}
function readPolygon(reader, flags) {
  const { view } = reader;
  const rings = [];
  for (let r = 0; r < flags.count; r++) {
    const count2 = view.getUint32(reader.offset, flags.littleEndian);
    reader.offset += 4;
    rings.push(readLine(reader, { ...flags, count: count2 }));
  }
  return rings;
}

// node_modules/hyparquet/src/convert.js
var decoder = new TextDecoder();
var DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis));
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n));
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n));
  },
  dateFromDays(days) {
    return new Date(days * 864e5);
  },
  stringFromBytes(bytes) {
    return bytes && decoder.decode(bytes);
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder.decode(bytes));
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  uuidFromBytes(bytes) {
    if (!bytes) return void 0;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20, 32);
  }
};
function convertWithDictionary(data, dictionary, encoding, columnDecoder) {
  if (dictionary && encoding.endsWith("_DICTIONARY")) {
    let output = data;
    if (data instanceof Uint8Array && !(dictionary instanceof Uint8Array)) {
      output = new dictionary.constructor(data.length);
    }
    for (let i = 0; i < data.length; i++) {
      output[i] = dictionary[data[i]];
    }
    return output;
  } else {
    return convert(data, columnDecoder);
  }
}
function convert(data, columnDecoder) {
  const { element, parsers, utf8: utf82 = true, schemaPath } = columnDecoder;
  const { type, converted_type: ctype, logical_type: ltype } = element;
  const nullable = element.repetition_type !== "REQUIRED";
  const isVariant = schemaPath?.some((s) => s.element.logical_type?.type === "VARIANT");
  if (isVariant && type === "BYTE_ARRAY" && ctype !== "UTF8" && ltype?.type !== "STRING") {
    return data;
  }
  if (ctype === "DECIMAL") {
    const scale = element.scale || 0;
    const factor = 10 ** -scale;
    const arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      if (data[i] instanceof Uint8Array) {
        arr[i] = parseDecimal(data[i]) * factor;
      } else {
        arr[i] = Number(data[i]) * factor;
      }
    }
    return arr;
  }
  if (!ctype && type === "INT96") {
    return Array.from(data).map((v) => parsers.timestampFromNanoseconds(parseInt96Nanos(v)));
  }
  if (ctype === "DATE") {
    return Array.from(data).map((v) => parsers.dateFromDays(v));
  }
  if (ctype === "TIMESTAMP_MILLIS") {
    return Array.from(data).map((v) => parsers.timestampFromMilliseconds(v));
  }
  if (ctype === "TIMESTAMP_MICROS") {
    return Array.from(data).map((v) => parsers.timestampFromMicroseconds(v));
  }
  if (ctype === "JSON") {
    return data.map((v) => parsers.jsonFromBytes(v));
  }
  if (ctype === "BSON") {
    throw new Error("parquet bson not supported");
  }
  if (ctype === "INTERVAL") {
    throw new Error("parquet interval not supported");
  }
  if (ltype?.type === "GEOMETRY") {
    return data.map((v) => parsers.geometryFromBytes(v));
  }
  if (ltype?.type === "GEOGRAPHY") {
    return data.map((v) => parsers.geographyFromBytes(v));
  }
  if (ltype?.type === "UUID") {
    return data.map((v) => parsers.uuidFromBytes(v));
  }
  if (ctype === "UTF8" || ltype?.type === "STRING" || utf82 && type === "BYTE_ARRAY") {
    return data.map((v) => parsers.stringFromBytes(v));
  }
  if (ctype === "UINT_64" || ltype?.type === "INTEGER" && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length);
    const arr = nullable ? new Array(data.length) : new BigUint64Array(data.length);
    for (let i = 0; i < arr.length; i++) arr[i] = data[i];
    return arr;
  }
  if (ctype === "UINT_32" || ltype?.type === "INTEGER" && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length);
    const arr = nullable ? new Array(data.length) : new Uint32Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i];
    }
    return arr;
  }
  if (ltype?.type === "FLOAT16") {
    return Array.from(data).map(parseFloat16);
  }
  if (ltype?.type === "TIMESTAMP") {
    const { unit } = ltype;
    let parser = parsers.timestampFromMilliseconds;
    if (unit === "MICROS") parser = parsers.timestampFromMicroseconds;
    if (unit === "NANOS") parser = parsers.timestampFromNanoseconds;
    const arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      arr[i] = parser(data[i]);
    }
    return arr;
  }
  return data;
}
function parseDecimal(bytes) {
  if (!bytes.length) return 0;
  let value = 0n;
  for (const byte of bytes) {
    value = value * 256n + BigInt(byte);
  }
  const bits = bytes.length * 8;
  if (value >= 2n ** BigInt(bits - 1)) {
    value -= 2n ** BigInt(bits);
  }
  return Number(value);
}
function parseInt96Nanos(value) {
  const days = (value >> 64n) - 2440588n;
  const nano = value & 0xffffffffffffffffn;
  return days * 86400000000000n + nano;
}
function parseFloat16(bytes) {
  if (!bytes) return void 0;
  const int16 = bytes[1] << 8 | bytes[0];
  const sign = int16 >> 15 ? -1 : 1;
  const exp = int16 >> 10 & 31;
  const frac = int16 & 1023;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

// node_modules/hyparquet/src/schema.js
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex];
  const children = [];
  let count2 = 1;
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count2];
      const child = schemaTree(schema, rootIndex + count2, [...path, childElement.name]);
      count2 += child.count;
      children.push(child);
    }
  }
  return { count: count2, element, children, path };
}
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name);
}
function getTreePath(tree, name) {
  const path = [tree];
  for (const part of name) {
    const child = tree.children.find((child2) => child2.element.name === part);
    if (!child) throw new Error(`parquet schema element not found: ${name}`);
    path.push(child);
    tree = child;
  }
  return path;
}
function getPhysicalColumns(schemaTree2) {
  const columns = [];
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) {
        traverse(child);
      }
    } else {
      columns.push(node.path.join("."));
    }
  }
  traverse(schemaTree2);
  return columns;
}
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const { element } of schemaPath) {
    if (element.repetition_type === "REPEATED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== "REQUIRED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function isListLike(schema) {
  if (!schema) return false;
  if (schema.element.converted_type !== "LIST") return false;
  if (schema.children.length > 1) return false;
  const firstChild = schema.children[0];
  if (firstChild.children.length > 1) return false;
  if (firstChild.element.repetition_type !== "REPEATED") return false;
  return true;
}
function isMapLike(schema) {
  if (!schema) return false;
  if (schema.element.converted_type !== "MAP") return false;
  if (schema.children.length > 1) return false;
  const firstChild = schema.children[0];
  if (firstChild.children.length !== 2) return false;
  if (firstChild.element.repetition_type !== "REPEATED") return false;
  const keyChild = firstChild.children.find((child) => child.element.name === "key");
  if (keyChild?.element.repetition_type === "REPEATED") return false;
  const valueChild = firstChild.children.find((child) => child.element.name === "value");
  if (valueChild?.element.repetition_type === "REPEATED") return false;
  return true;
}
function isFlatColumn(schemaPath) {
  if (schemaPath.length !== 2) return false;
  const [, column] = schemaPath;
  if (column.element.repetition_type === "REPEATED") return false;
  if (column.children.length) return false;
  return true;
}

// node_modules/hyparquet/src/thrift.js
var STOP = 0;
var TRUE = 1;
var FALSE = 2;
var BYTE = 3;
var I16 = 4;
var I32 = 5;
var I64 = 6;
var DOUBLE = 7;
var BINARY = 8;
var LIST = 9;
var STRUCT = 12;
function deserializeTCompactProtocol(reader) {
  const value = {};
  let fid = 0;
  while (true) {
    if (reader.offset >= reader.view.byteLength) throw new Error("thrift struct ended without STOP");
    const byte = reader.view.getUint8(reader.offset++);
    const type = byte & 15;
    if (type === STOP) break;
    const delta = byte >> 4;
    fid = delta ? fid + delta : readZigZag(reader);
    value[`field_${fid}`] = readElement(reader, type);
  }
  return value;
}
function readElement(reader, type) {
  switch (type) {
    case TRUE:
      return true;
    case FALSE:
      return false;
    case BYTE:
      return reader.view.getInt8(reader.offset++);
    case I16:
    case I32:
      return readZigZag(reader);
    case I64:
      return readZigZagBigInt(reader);
    case DOUBLE: {
      const value = reader.view.getFloat64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case BINARY: {
      const stringLength = readVarInt(reader);
      if (reader.offset + stringLength > reader.view.byteLength) {
        throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`);
      }
      const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength);
      reader.offset += stringLength;
      return strBytes;
    }
    case LIST: {
      const byte = reader.view.getUint8(reader.offset++);
      const elemType = byte & 15;
      let listSize = byte >> 4;
      if (listSize === 15) {
        listSize = readVarInt(reader);
      }
      const boolType = elemType === TRUE || elemType === FALSE;
      const values = new Array(listSize);
      for (let i = 0; i < listSize; i++) {
        values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType);
      }
      return values;
    }
    case STRUCT:
      return deserializeTCompactProtocol(reader);
    default:
      throw new Error(`thrift unhandled type: ${type}`);
  }
}
function readVarInt(reader) {
  let result = 0;
  let shift = 0;
  while (true) {
    const byte = reader.view.getUint8(reader.offset++);
    result |= (byte & 127) << shift;
    if (!(byte & 128)) {
      return result;
    }
    shift += 7;
  }
}
function readVarBigInt(reader) {
  let result = 0n;
  let shift = 0n;
  while (true) {
    const byte = reader.view.getUint8(reader.offset++);
    result |= BigInt(byte & 127) << shift;
    if (!(byte & 128)) {
      return result;
    }
    shift += 7n;
  }
}
function readZigZag(reader) {
  const zigzag = readVarInt(reader);
  return zigzag >>> 1 ^ -(zigzag & 1);
}
function readZigZagBigInt(reader) {
  const zigzag = readVarBigInt(reader);
  return zigzag >> 1n ^ -(zigzag & 1n);
}

// node_modules/hyparquet/src/geoparquet.js
function markGeoColumns(schema, key_value_metadata) {
  const columns = /* @__PURE__ */ new Map();
  const geo = key_value_metadata?.find(({ key }) => key === "geo")?.value;
  const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {};
  for (const [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== "WKB") continue;
    const type = column.edges === "spherical" ? "GEOGRAPHY" : "GEOMETRY";
    const id = column.crs?.id ?? column.crs?.ids?.[0];
    const crs = id ? `${id.authority}:${id.code.toString()}` : void 0;
    columns.set(name, { type, crs });
  }
  for (let i = 1; i < schema.length; i++) {
    const { logical_type, name, num_children, type } = schema[i];
    if (num_children) {
      i += num_children;
      continue;
    }
    if (type === "BYTE_ARRAY" && !logical_type) {
      schema[i].logical_type = columns.get(name);
    }
  }
}

// node_modules/hyparquet/src/metadata.js
var defaultInitialFetchSize = 1 << 19;
var decoder2 = new TextDecoder();
function decode(value) {
  return value && decoder2.decode(value);
}
async function parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = true } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error("parquet expected AsyncBuffer");
  const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize);
  const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength);
  const footerView = new DataView(footerBuffer);
  if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 827474256) {
    throw new Error("parquet file invalid (footer != PAR1)");
  }
  const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true);
  if (metadataLength > asyncBuffer.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`);
  }
  if (metadataLength + 8 > initialFetchSize) {
    const metadataOffset = asyncBuffer.byteLength - metadataLength - 8;
    const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset);
    const combinedBuffer = new ArrayBuffer(metadataLength + 8);
    const combinedView = new Uint8Array(combinedBuffer);
    combinedView.set(new Uint8Array(metadataBuffer));
    combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset);
    return parquetMetadata(combinedBuffer, { parsers, geoparquet });
  } else {
    return parquetMetadata(footerBuffer, { parsers, geoparquet });
  }
}
function parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
  let view;
  if (arrayBuffer instanceof ArrayBuffer) {
    view = new DataView(arrayBuffer);
  } else if (arrayBuffer instanceof Uint8Array) {
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength);
  } else {
    throw new Error("parquet expected ArrayBuffer or Uint8Array");
  }
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  if (view.byteLength < 8) {
    throw new Error("parquet file is too short");
  }
  if (view.getUint32(view.byteLength - 4, true) !== 827474256) {
    throw new Error("parquet file invalid (footer != PAR1)");
  }
  const metadataLengthOffset = view.byteLength - 8;
  const metadataLength = view.getUint32(metadataLengthOffset, true);
  if (metadataLength > view.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`);
  }
  const metadataOffset = metadataLengthOffset - metadataLength;
  const reader = { view, offset: metadataOffset };
  const metadata = deserializeTCompactProtocol(reader);
  const version = metadata.field_1;
  const schema = metadata.field_2.map((field) => ({
    type: ParquetTypes[field.field_1],
    type_length: field.field_2,
    repetition_type: FieldRepetitionTypes[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: ConvertedTypes[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10)
  }));
  const columnSchema = schema.filter((e) => e.type);
  const num_rows = metadata.field_3;
  const row_groups = metadata.field_4.map((rowGroup) => ({
    columns: rowGroup.field_1.map((column, columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2)
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8
          },
          geospatial_types: column.field_3.field_17.field_2
        }
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7
  }));
  const key_value_metadata = metadata.field_5?.map((kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2)
  }));
  const created_by = decode(metadata.field_6);
  if (geoparquet) {
    markGeoColumns(schema, key_value_metadata);
  }
  return {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength
  };
}
function parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0];
}
function logicalType(logicalType2) {
  if (logicalType2?.field_1) return { type: "STRING" };
  if (logicalType2?.field_2) return { type: "MAP" };
  if (logicalType2?.field_3) return { type: "LIST" };
  if (logicalType2?.field_4) return { type: "ENUM" };
  if (logicalType2?.field_5) return {
    type: "DECIMAL",
    scale: logicalType2.field_5.field_1,
    precision: logicalType2.field_5.field_2
  };
  if (logicalType2?.field_6) return { type: "DATE" };
  if (logicalType2?.field_7) return {
    type: "TIME",
    isAdjustedToUTC: logicalType2.field_7.field_1,
    unit: timeUnit(logicalType2.field_7.field_2)
  };
  if (logicalType2?.field_8) return {
    type: "TIMESTAMP",
    isAdjustedToUTC: logicalType2.field_8.field_1,
    unit: timeUnit(logicalType2.field_8.field_2)
  };
  if (logicalType2?.field_10) return {
    type: "INTEGER",
    bitWidth: logicalType2.field_10.field_1,
    isSigned: logicalType2.field_10.field_2
  };
  if (logicalType2?.field_11) return { type: "NULL" };
  if (logicalType2?.field_12) return { type: "JSON" };
  if (logicalType2?.field_13) return { type: "BSON" };
  if (logicalType2?.field_14) return { type: "UUID" };
  if (logicalType2?.field_15) return { type: "FLOAT16" };
  if (logicalType2?.field_16) return {
    type: "VARIANT",
    specification_version: logicalType2.field_16.field_1
  };
  if (logicalType2?.field_17) return {
    type: "GEOMETRY",
    crs: decode(logicalType2.field_17.field_1)
  };
  if (logicalType2?.field_18) return {
    type: "GEOGRAPHY",
    crs: decode(logicalType2.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType2.field_18.field_2]
  };
  return logicalType2;
}
function timeUnit(unit) {
  if (unit.field_1) return "MILLIS";
  if (unit.field_2) return "MICROS";
  if (unit.field_3) return "NANOS";
  throw new Error("parquet time unit required");
}
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}
function convertMetadata(value, schema, parsers) {
  const { type, converted_type, logical_type } = schema;
  if (value === void 0) return value;
  if (type === "BOOLEAN") return value[0] === 1;
  if (type === "BYTE_ARRAY") return parsers.stringFromBytes(value);
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  if (type === "FLOAT" && view.byteLength === 4) return view.getFloat32(0, true);
  if (type === "DOUBLE" && view.byteLength === 8) return view.getFloat64(0, true);
  if (type === "INT32" && converted_type === "DECIMAL" && view.byteLength === 4) {
    return view.getInt32(0, true) * 10 ** -(schema.scale || 0);
  }
  if (type === "INT64" && converted_type === "DECIMAL" && view.byteLength === 8) {
    return Number(view.getBigInt64(0, true)) * 10 ** -(schema.scale || 0);
  }
  if (type === "INT32" && converted_type === "DATE") return parsers.dateFromDays(view.getInt32(0, true));
  if (type === "INT64" && converted_type === "TIMESTAMP_MILLIS") return parsers.timestampFromMilliseconds(view.getBigInt64(0, true));
  if (type === "INT64" && converted_type === "TIMESTAMP_MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "NANOS") return parsers.timestampFromNanoseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP") return parsers.timestampFromMilliseconds(view.getBigInt64(0, true));
  const unsigned = converted_type?.startsWith("UINT_") || logical_type?.type === "INTEGER" && !logical_type.isSigned;
  if (type === "INT32" && unsigned && view.byteLength === 4) return view.getUint32(0, true);
  if (type === "INT64" && unsigned && view.byteLength === 8) return view.getBigUint64(0, true);
  if (type === "INT32" && view.byteLength === 4) return view.getInt32(0, true);
  if (type === "INT64" && view.byteLength === 8) return view.getBigInt64(0, true);
  if (converted_type === "DECIMAL") return parseDecimal(value) * 10 ** -(schema.scale || 0);
  if (logical_type?.type === "FLOAT16") return parseFloat16(value);
  if (logical_type?.type === "UUID") return parsers.uuidFromBytes(value);
  if (type === "FIXED_LEN_BYTE_ARRAY") return value;
  return value;
}

// node_modules/hyparquet/src/indexes.js
function readColumnIndex(reader, schema, parsers = void 0) {
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  const thrift = deserializeTCompactProtocol(reader);
  return {
    null_pages: thrift.field_1,
    min_values: thrift.field_2.map((m) => convertMetadata(m, schema, allParsers)),
    max_values: thrift.field_3.map((m) => convertMetadata(m, schema, allParsers)),
    boundary_order: BoundaryOrders[thrift.field_4],
    null_counts: thrift.field_5,
    repetition_level_histograms: thrift.field_6,
    definition_level_histograms: thrift.field_7
  };
}
function readOffsetIndex(reader) {
  const thrift = deserializeTCompactProtocol(reader);
  return {
    // @ts-ignore
    page_locations: thrift.field_1.map((loc) => ({
      offset: loc.field_1,
      compressed_page_size: loc.field_2,
      first_row_index: loc.field_3
    })),
    unencoded_byte_array_data_bytes: thrift.field_2
  };
}

// node_modules/hyparquet/src/xxhash.js
var MASK = 0xffffffffffffffffn;
var PRIME1 = 0x9e3779b185ebca87n;
var PRIME2 = 0xc2b2ae3d27d4eb4fn;
var PRIME3 = 0x165667b19e3779f9n;
var PRIME4 = 0x85ebca77c2b2ae63n;
var PRIME5 = 0x27d4eb2f165667c5n;
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK;
}
function round(acc, val) {
  acc = acc + val * PRIME2 & MASK;
  acc = rotl64(acc, 31n);
  return acc * PRIME1 & MASK;
}
function mergeRound(acc, val) {
  acc ^= round(0n, val);
  return acc * PRIME1 + PRIME4 & MASK;
}
function xxhash64(input, seed = 0n) {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const len = input.byteLength;
  let offset = 0;
  let h64;
  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK;
    let v2 = seed + PRIME2 & MASK;
    let v3 = seed;
    let v4 = seed - PRIME1 & MASK;
    while (offset + 32 <= len) {
      v1 = round(v1, view.getBigUint64(offset, true));
      offset += 8;
      v2 = round(v2, view.getBigUint64(offset, true));
      offset += 8;
      v3 = round(v3, view.getBigUint64(offset, true));
      offset += 8;
      v4 = round(v4, view.getBigUint64(offset, true));
      offset += 8;
    }
    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK;
    h64 = mergeRound(h64, v1);
    h64 = mergeRound(h64, v2);
    h64 = mergeRound(h64, v3);
    h64 = mergeRound(h64, v4);
  } else {
    h64 = seed + PRIME5 & MASK;
  }
  h64 = h64 + BigInt(len) & MASK;
  while (offset + 8 <= len) {
    h64 ^= round(0n, view.getBigUint64(offset, true));
    h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK;
    offset += 8;
  }
  if (offset + 4 <= len) {
    h64 ^= BigInt(view.getUint32(offset, true)) * PRIME1 & MASK;
    h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK;
    offset += 4;
  }
  while (offset < len) {
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK;
    h64 = rotl64(h64, 11n) * PRIME1 & MASK;
    offset += 1;
  }
  h64 ^= h64 >> 33n;
  h64 = h64 * PRIME2 & MASK;
  h64 ^= h64 >> 29n;
  h64 = h64 * PRIME3 & MASK;
  h64 ^= h64 >> 32n;
  return h64;
}

// node_modules/hyparquet/src/bloom.js
var textEncoder = new TextEncoder();
var SALT = new Uint32Array([
  1203114875,
  1150766481,
  2284105051,
  2729912477,
  1884591559,
  770785867,
  2667333959,
  1550580529
]);
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n);
}
function blockMask(hash) {
  const m = new Uint32Array(8);
  const low = Number(hash & 0xffffffffn) | 0;
  for (let i = 0; i < 8; i++) {
    m[i] = 1 << (Math.imul(low, SALT[i]) >>> 27);
  }
  return m;
}
function sbbfContains(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3;
  const m = blockMask(hash);
  for (let i = 0; i < 8; i++) {
    if ((blocks[offset + i] & m[i]) === 0) return false;
  }
  return true;
}
function readBloomFilter(reader) {
  const header = deserializeTCompactProtocol(reader);
  const numBytes = header.field_1;
  if (typeof numBytes !== "number" || numBytes <= 0 || numBytes % 32 !== 0) return void 0;
  if (!header.field_2?.field_1) return void 0;
  if (!header.field_3?.field_1) return void 0;
  if (!header.field_4?.field_1) return void 0;
  const { view, offset } = reader;
  if (offset + numBytes > view.byteLength) {
    throw new Error(`parquet bloom filter truncated: need ${numBytes} bytes, have ${view.byteLength - offset}`);
  }
  const blocks = new Uint32Array(numBytes >> 2);
  for (let i = 0; i < blocks.length; i++) {
    blocks[i] = view.getUint32(offset + i * 4, true);
  }
  reader.offset = offset + numBytes;
  return { numBytes, blocks };
}
function hashParquetValue(value, element) {
  if (value === null || value === void 0) return void 0;
  const { type, converted_type, logical_type } = element;
  if (type === "BOOLEAN") {
    if (typeof value !== "boolean") return void 0;
    return xxhash64(new Uint8Array([value ? 1 : 0]));
  }
  if (type === "FLOAT") {
    if (typeof value !== "number") return void 0;
    const buf = new ArrayBuffer(4);
    new DataView(buf).setFloat32(0, value, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "DOUBLE") {
    if (typeof value !== "number") return void 0;
    const buf = new ArrayBuffer(8);
    new DataView(buf).setFloat64(0, value, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "INT32") {
    if (converted_type === "DATE" || converted_type === "DECIMAL" || converted_type === "TIME_MILLIS") return void 0;
    if (logical_type?.type === "DATE" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return void 0;
    if (typeof value !== "number" || !Number.isInteger(value)) return void 0;
    const buf = new ArrayBuffer(4);
    new DataView(buf).setInt32(0, value | 0, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "INT64") {
    if (converted_type === "TIMESTAMP_MILLIS" || converted_type === "TIMESTAMP_MICROS") return void 0;
    if (converted_type === "TIME_MICROS" || converted_type === "DECIMAL") return void 0;
    if (logical_type?.type === "TIMESTAMP" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return void 0;
    let bigValue;
    if (typeof value === "bigint") bigValue = value;
    else if (typeof value === "number" && Number.isSafeInteger(value)) bigValue = BigInt(value);
    else return void 0;
    const buf = new ArrayBuffer(8);
    new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "BYTE_ARRAY") {
    if (converted_type === "JSON" || converted_type === "BSON" || converted_type === "DECIMAL") return void 0;
    if (logical_type?.type === "JSON" || logical_type?.type === "BSON" || logical_type?.type === "VARIANT") return void 0;
    if (logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY") return void 0;
    if (typeof value === "string") return xxhash64(textEncoder.encode(value));
    if (value instanceof Uint8Array) return xxhash64(value);
    return void 0;
  }
  if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (converted_type === "DECIMAL" || converted_type === "INTERVAL") return void 0;
    if (logical_type?.type === "DECIMAL" || logical_type?.type === "UUID" || logical_type?.type === "FLOAT16") return void 0;
    if (logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY") return void 0;
    if (value instanceof Uint8Array) return xxhash64(value);
    return void 0;
  }
  return void 0;
}
function bloomEligibleColumns(filter) {
  const out = /* @__PURE__ */ new Set();
  walkBloomEligible(filter, out);
  return out;
}
function walkBloomEligible(filter, out) {
  if (!filter) return;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    for (const sub of filter.$and) walkBloomEligible(sub, out);
    return;
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    for (const sub of filter.$or) walkBloomEligible(sub, out);
    return;
  }
  if ("$nor" in filter) return;
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith("$")) continue;
    if (typeof condition === "object" && condition !== null && !Array.isArray(condition)) {
      if ("$eq" in condition || "$in" in condition) out.add(field);
    } else {
      out.add(field);
    }
  }
}

// node_modules/hyparquet/src/utils.js
function concat(aaa, bbb) {
  const chunk = 1e4;
  for (let i = 0; i < bbb.length; i += chunk) {
    aaa.push(...bbb.slice(i, i + chunk));
  }
}
function equals(a, b, strict = true) {
  if (strict ? a === b : a == b) return true;
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return false;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false;
    }
    return true;
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (!equals(a[i], b[i], strict)) return false;
    }
    return true;
  }
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const k of aKeys) {
    if (!equals(a[k], b[k], strict)) return false;
  }
  return true;
}
function flatten(chunks) {
  if (!chunks) return [];
  if (chunks.length === 1) return chunks[0];
  const output = [];
  for (const chunk of chunks) {
    concat(output, chunk);
  }
  return output;
}

// node_modules/hyparquet/src/filter.js
var encoder = new TextEncoder();
function pathsNeededForFilter(filter) {
  if (!filter) return [];
  const paths = [];
  if ("$and" in filter && Array.isArray(filter.$and)) {
    paths.push(...filter.$and.flatMap(pathsNeededForFilter));
  } else if ("$or" in filter && Array.isArray(filter.$or)) {
    paths.push(...filter.$or.flatMap(pathsNeededForFilter));
  } else if ("$nor" in filter && Array.isArray(filter.$nor)) {
    paths.push(...filter.$nor.flatMap(pathsNeededForFilter));
  } else {
    paths.push(...Object.keys(filter));
  }
  return [...new Set(paths)];
}
function columnsNeededForFilter(filter) {
  return [...new Set(pathsNeededForFilter(filter).map((path) => path.split(".")[0]))];
}
function matchFilter(record, filter, strict = true) {
  if ("$and" in filter && Array.isArray(filter.$and)) {
    return filter.$and.every((subQuery) => matchFilter(record, subQuery, strict));
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    return filter.$or.some((subQuery) => matchFilter(record, subQuery, strict));
  }
  if ("$nor" in filter && Array.isArray(filter.$nor)) {
    return !filter.$nor.some((subQuery) => matchFilter(record, subQuery, strict));
  }
  return Object.entries(filter).every(([field, condition]) => {
    const value = resolve(record, field);
    if (typeof condition !== "object" || condition === null || Array.isArray(condition)) {
      return equals(value, condition, strict);
    }
    return Object.entries(condition || {}).every(([operator, target]) => {
      if (operator === "$gt") return value !== null && value !== void 0 && value > target;
      if (operator === "$gte") return value !== null && value !== void 0 && value >= target;
      if (operator === "$lt") return value !== null && value !== void 0 && value < target;
      if (operator === "$lte") return value !== null && value !== void 0 && value <= target;
      if (operator === "$eq") return equals(value, target, strict);
      if (operator === "$ne") return !equals(value, target, strict);
      if (operator === "$in") return Array.isArray(target) && matchesIn(value, target, strict);
      if (operator === "$nin") return Array.isArray(target) && !matchesIn(value, target, strict);
      if (operator === "$not") return !matchFilter({ value }, { value: target }, strict);
      return true;
    });
  });
}
function matchesIn(value, targets, strict) {
  return targets.some((target) => equals(value, target, strict) || Array.isArray(value) && value.some((element) => equals(element, target, strict)));
}
function canSkipRowGroup({ rowGroup, physicalColumns, filter, strict = true, bloomFilters, schemaElements }) {
  if (!filter) return false;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    return filter.$and.some((subFilter) => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }));
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    return filter.$or.every((subFilter) => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }));
  }
  if ("$nor" in filter && Array.isArray(filter.$nor)) {
    return false;
  }
  for (const [field, condition] of Object.entries(filter)) {
    const columnIndex = physicalColumns.indexOf(field);
    if (columnIndex === -1) continue;
    const stats = rowGroup.columns[columnIndex].meta_data?.statistics;
    const { min, max, min_value, max_value, null_count: nullCount } = stats || {};
    const minVal = min_value !== void 0 ? min_value : min;
    const maxVal = max_value !== void 0 ? max_value : max;
    const haveStats = minVal !== void 0 && maxVal !== void 0;
    const bloom = bloomFilters?.[field];
    const element = schemaElements?.[field];
    const matchingNulls = matchFilter({ value: null }, { value: condition }, strict) && (nullCount === void 0 || nullCount > 0);
    if (haveStats && !matchingNulls && canSkipStats(condition, minVal, maxVal, strict, element)) {
      return true;
    }
    for (const [operator, target] of Object.entries(condition || {})) {
      if (bloom && element) {
        if (operator === "$eq") {
          const hash = hashParquetValue(target, element);
          if (hash !== void 0 && !sbbfContains(bloom.blocks, hash)) return true;
        }
        if (operator === "$in" && Array.isArray(target) && target.length > 0) {
          let allAbsent = true;
          for (const v of target) {
            const h = hashParquetValue(v, element);
            if (h === void 0 || sbbfContains(bloom.blocks, h)) {
              allAbsent = false;
              break;
            }
          }
          if (allAbsent) return true;
        }
      }
    }
  }
  return false;
}
function canSkipStats(condition, minVal, maxVal, strict, element) {
  if (minVal === void 0 || maxVal === void 0) return false;
  const mayContainNaN = element?.type === "FLOAT" || element?.type === "DOUBLE" || element?.logical_type?.type === "FLOAT16";
  for (const [operator, target] of Object.entries(condition || {})) {
    const minComparison = compareParquetValues(minVal, target, strict, element);
    const maxComparison = compareParquetValues(maxVal, target, strict, element);
    const binaryBounds = minVal instanceof Uint8Array || maxVal instanceof Uint8Array;
    const relationalBoundsAreSafe = !binaryBounds && (element?.type !== "BYTE_ARRAY" || typeof target === "string" && [...target].every((character) => character.charCodeAt(0) <= 127));
    if (operator === "$gt" && relationalBoundsAreSafe && maxComparison !== void 0 && maxComparison <= 0) return true;
    if (operator === "$gte" && relationalBoundsAreSafe && maxComparison !== void 0 && maxComparison < 0) return true;
    if (operator === "$lt" && relationalBoundsAreSafe && minComparison !== void 0 && minComparison >= 0) return true;
    if (operator === "$lte" && relationalBoundsAreSafe && minComparison !== void 0 && minComparison > 0) return true;
    if (operator === "$eq") {
      const targetMinComparison = compareParquetValues(target, minVal, strict, element);
      const targetMaxComparison = compareParquetValues(target, maxVal, strict, element);
      if (targetMinComparison !== void 0 && targetMinComparison < 0 || targetMaxComparison !== void 0 && targetMaxComparison > 0) return true;
    }
    if (operator === "$ne" && !mayContainNaN && equals(minVal, maxVal, strict) && equals(minVal, target, strict)) return true;
    if (operator === "$in" && Array.isArray(target) && target.every((value) => {
      const valueMinComparison = compareParquetValues(value, minVal, strict, element);
      const valueMaxComparison = compareParquetValues(value, maxVal, strict, element);
      return valueMinComparison !== void 0 && valueMinComparison < 0 || valueMaxComparison !== void 0 && valueMaxComparison > 0;
    })) return true;
    if (operator === "$nin" && !mayContainNaN && Array.isArray(target) && equals(minVal, maxVal, strict) && target.some((value) => equals(minVal, value, strict))) return true;
  }
  return false;
}
function compareParquetValues(a, b, strict, element) {
  if (element?.type === "BYTE_ARRAY") {
    if (typeof a !== "string" || typeof b !== "string") return void 0;
    return compareBytes(encoder.encode(a), encoder.encode(b));
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) return void 0;
    return compareBytes(a, b);
  }
  if (a < b) return -1;
  if (a > b) return 1;
  if (equals(a, b, strict)) return 0;
  return void 0;
}
function compareBytes(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  if (a.length < b.length) return -1;
  if (a.length > b.length) return 1;
  return 0;
}
function matchesNull(condition, strict) {
  return matchFilter({ value: null }, { value: condition }, strict);
}
function filterPageRanges(filter, columnPages, groupRows, strict = true) {
  if (!filter) return void 0;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    let ranges;
    for (const subFilter of filter.$and) {
      ranges = intersectRanges(ranges, filterPageRanges(subFilter, columnPages, groupRows, strict));
    }
    return ranges;
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    let ranges = [];
    for (const subFilter of filter.$or) {
      const subRanges = filterPageRanges(subFilter, columnPages, groupRows, strict);
      if (!subRanges) return void 0;
      ranges = unionRanges(ranges, subRanges);
    }
    return ranges;
  }
  if ("$nor" in filter && Array.isArray(filter.$nor)) {
    return void 0;
  }
  let result;
  for (const [field, condition] of Object.entries(filter)) {
    const pages = columnPages[field];
    if (!pages) continue;
    const nullCanMatch = matchesNull(condition, strict);
    const keep = [];
    for (let i = 0; i < pages.pageStarts.length; i++) {
      const start = pages.pageStarts[i];
      const end = i + 1 < pages.pageStarts.length ? pages.pageStarts[i + 1] : groupRows;
      const nullCount = pages.nullCounts?.[i];
      const matchingNulls = nullCanMatch && (nullCount === void 0 || nullCount > 0);
      const skip = !pages.nullPages[i] && !matchingNulls && canSkipStats(condition, pages.minValues[i], pages.maxValues[i], strict, pages.element);
      if (!skip) {
        const last = keep[keep.length - 1];
        if (last && last[1] === start) last[1] = end;
        else keep.push([start, end]);
      }
    }
    result = intersectRanges(result, keep);
  }
  return result;
}
function intersectRanges(a, b) {
  if (!a) return b;
  if (!b) return a;
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0]);
    const end = Math.min(a[i][1], b[j][1]);
    if (start < end) out.push([start, end]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return out;
}
function unionRanges(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || i < a.length && a[i][0] <= b[j][0] ? a[i++] : b[j++];
    const last = out[out.length - 1];
    if (last && next[0] <= last[1]) last[1] = Math.max(last[1], next[1]);
    else out.push([next[0], next[1]]);
  }
  return out;
}
function resolve(record, path) {
  let value = record;
  for (const part of path.split(".")) {
    value = value?.[part];
  }
  return value;
}

// node_modules/hyparquet/src/plan.js
var runLimit = 1 << 21;
var columnGapLimit = 1 << 13;
function parquetPlan(options) {
  const { metadata, rowStart = 0, columns, useOffsetIndex = false } = options;
  if (!metadata) throw new Error("parquetPlan requires metadata");
  const groups = [];
  const fetches = [];
  const indexes = [];
  const scanPlan = parquetPlanGroups(options);
  for (const group of scanPlan.groups) {
    const groupPlan = parquetPlanGroup({ ...group, columns, useOffsetIndex });
    groups.push(...groupPlan.groups);
    fetches.push(...groupPlan.fetches);
    indexes.push(...groupPlan.indexes);
  }
  fetches.push(...indexes);
  return { metadata, rowStart, rowEnd: scanPlan.rowEnd, columns, fetches, groups };
}
function parquetPlanGroups({ metadata, rowStart = 0, rowEnd = Infinity, columns, filter, filterStrict = true, bloomFiltersByGroup, schemaElements, pageRangesByGroup, pageLocationsByGroup }) {
  if (!metadata) throw new Error("parquetPlan requires metadata");
  const schemaTree2 = parquetSchema(metadata);
  const physicalColumns = getPhysicalColumns(schemaTree2);
  const elementsByPath = filter ? {
    ...physicalSchemaElements(schemaTree2),
    ...schemaElements
  } : schemaElements;
  const groups = [];
  let groupStart = 0;
  for (let groupIndex = 0; groupIndex < metadata.row_groups.length; groupIndex++) {
    const rowGroup = metadata.row_groups[groupIndex];
    const groupRows = Number(rowGroup.num_rows);
    const groupEnd = groupStart + groupRows;
    if (groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd && !canSkipRowGroup({
      rowGroup,
      physicalColumns,
      filter,
      strict: filterStrict,
      bloomFilters: bloomFiltersByGroup?.[groupIndex],
      schemaElements: elementsByPath
    })) {
      const selectStart = Math.max(rowStart - groupStart, 0);
      const selectEnd = Math.min(rowEnd - groupStart, groupRows);
      const pageRanges = pageRangesByGroup?.[groupIndex];
      const pageLocations = pageLocationsByGroup?.[groupIndex];
      let ranges = pageRanges ? pageRanges.map(([start, end]) => {
        const range = [Math.max(start, selectStart), Math.min(end, selectEnd)];
        return range;
      }).filter(([start, end]) => start < end) : [[selectStart, selectEnd]];
      if (ranges.length > 1) {
        const canSplit = rowGroup.columns.every((chunk) => {
          const columnName = chunk.meta_data?.path_in_schema[0];
          const columnPath = chunk.meta_data?.path_in_schema.join(".");
          if (columns && columnName && !columns.includes(columnName)) return true;
          return !!(chunk.offset_index_offset && chunk.offset_index_length) || !!(columnPath && pageLocations?.[columnPath]);
        });
        ranges = canSplit ? coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) : [[ranges[0][0], ranges[ranges.length - 1][1]]];
      }
      if (ranges.length) {
        groups.push({ rowGroup, groupIndex, groupStart, groupRows, ranges, pageRanges, pageLocations });
      }
    }
    groupStart = groupEnd;
  }
  return { groups, rowEnd: isFinite(rowEnd) ? rowEnd : groupStart };
}
function parquetPlanGroup({ rowGroup, groupStart, groupRows, ranges, columns, useOffsetIndex = false, pageRanges, pageLocations }) {
  const chunks = [];
  const fetches = [];
  const indexes = [];
  const narrowed = ranges.length > 1 || ranges[0][0] > 0 || ranges[0][1] < groupRows;
  for (const chunk of rowGroup.columns) {
    const meta = chunk.meta_data;
    if (chunk.file_path) throw new Error("parquet file_path not supported");
    if (!meta) throw new Error("parquet column metadata is undefined");
    if (columns && !columns.includes(meta.path_in_schema[0])) continue;
    const columnOffset = meta.dictionary_page_offset || meta.data_page_offset;
    const startByte = Number(columnOffset);
    const endByte = Number(columnOffset + meta.total_compressed_size);
    const chunkPageLocations = pageLocations?.[meta.path_in_schema.join(".")];
    if (chunkPageLocations && narrowed) {
      chunks.push({ columnMetadata: meta, pageLocations: chunkPageLocations, range: { startByte, endByte } });
    } else if ((useOffsetIndex || pageRanges) && chunk.offset_index_offset && chunk.offset_index_length && narrowed) {
      const startByte2 = Number(chunk.offset_index_offset);
      chunks.push({
        columnMetadata: meta,
        offsetIndex: { startByte: startByte2, endByte: startByte2 + chunk.offset_index_length },
        range: { startByte: Number(columnOffset), endByte }
      });
    } else {
      chunks.push({ columnMetadata: meta, range: { startByte, endByte } });
    }
  }
  const columnRanges = [];
  let run;
  for (const chunk of chunks) {
    if ("pageLocations" in chunk) continue;
    if ("offsetIndex" in chunk) {
      indexes.push(chunk.offsetIndex);
    } else if (columns) {
      columnRanges.push(chunk.range);
    } else if (run && chunk.range.endByte - run.startByte <= runLimit) {
      run.endByte = chunk.range.endByte;
    } else {
      if (run) fetches.push(run);
      run = { ...chunk.range };
    }
  }
  if (run) fetches.push(run);
  fetches.push(...coalesceByteRanges(columnRanges, columnGapLimit, runLimit));
  const groups = ranges.map(([selectStart, selectEnd]) => ({
    chunks,
    rowGroup,
    groupStart,
    groupRows,
    selectStart,
    selectEnd
  }));
  return { groups, fetches, indexes };
}
function coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) {
  const selectedPageLayouts = rowGroup.columns.filter((chunk) => !columns || columns.includes(chunk.meta_data?.path_in_schema[0] || "")).map((chunk) => pageLocations?.[chunk.meta_data?.path_in_schema.join(".") || ""]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    const overlapsPage = last && selectedPageLayouts.some((pages) => {
      if (!pages) return true;
      const lastPages = pagesForRange(last, pages, Number(rowGroup.num_rows));
      const rangePages = pagesForRange(range, pages, Number(rowGroup.num_rows));
      return lastPages[0] <= rangePages[1] && rangePages[0] <= lastPages[1];
    });
    if (last && overlapsPage) last[1] = range[1];
    else merged.push([...range]);
  }
  return merged;
}
function pagesForRange([rangeStart, rangeEnd], pages, groupRows) {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < pages.length; i++) {
    const pageStart = Number(pages[i].first_row_index);
    const pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupRows;
    if (pageEnd > rangeStart && pageStart < rangeEnd) {
      first = Math.min(first, i);
      last = i;
    }
  }
  return [first, last];
}
async function prefetchBloomFilters({ file, metadata, filter, filterStrict = true }) {
  const result = metadata.row_groups.map(() => (
    /** @type {Record<string, BloomFilter>} */
    {}
  ));
  const eligibleCols = bloomEligibleColumns(filter);
  if (eligibleCols.size === 0) return result;
  const physicalColumns = getPhysicalColumns(parquetSchema(metadata));
  const tasks = [];
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict })) return;
    for (const colName of eligibleCols) {
      const columnIdx = physicalColumns.indexOf(colName);
      if (columnIdx === -1) continue;
      const meta = rowGroup.columns[columnIdx]?.meta_data;
      if (!meta?.bloom_filter_offset || !meta.bloom_filter_length) continue;
      const start = Number(meta.bloom_filter_offset);
      const end = start + meta.bloom_filter_length;
      tasks.push((async () => {
        const buffer = await file.slice(start, end);
        const bloom = readBloomFilter({ view: new DataView(buffer), offset: 0 });
        if (bloom) result[rgIdx][colName] = bloom;
      })());
    }
  });
  if (tasks.length) await Promise.all(tasks);
  return result;
}
async function prefetchPageIndexes({ file, metadata, filter, filterStrict = true, rowStart = 0, rowEnd = Infinity, columns, bloomFiltersByGroup, schemaElements, parsers }) {
  const pageRangesByGroup = metadata.row_groups.map(() => void 0);
  const pageLocationsByGroup = metadata.row_groups.map(() => (
    /** @type {Record<string, PageLocation[]>} */
    {}
  ));
  if (filter && "$nor" in filter && Array.isArray(filter.$nor)) {
    return { pageRangesByGroup, pageLocationsByGroup };
  }
  const filterColumns = pathsNeededForFilter(filter);
  if (!filterColumns.length) return { pageRangesByGroup, pageLocationsByGroup };
  const schemaTree2 = parquetSchema(metadata);
  const physicalColumns = getPhysicalColumns(schemaTree2);
  const elementsByPath = {
    ...physicalSchemaElements(schemaTree2),
    ...schemaElements
  };
  const indexRanges = [];
  const indexTasks = [];
  const candidateGroups = [];
  let groupStart = 0;
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    const groupRows = Number(rowGroup.num_rows);
    const groupEnd = groupStart + groupRows;
    const overlaps = groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd;
    groupStart = groupEnd;
    if (!overlaps) return;
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict, bloomFilters: bloomFiltersByGroup?.[rgIdx], schemaElements: elementsByPath })) return;
    const columnPages = {};
    let columnTaskCount = 0;
    const scheduledOffsetPaths = /* @__PURE__ */ new Set();
    let hasFilterIndex = false;
    for (const columnName of filterColumns) {
      const columnIdx = physicalColumns.indexOf(columnName);
      if (columnIdx === -1) continue;
      const chunk = rowGroup.columns[columnIdx];
      const meta = chunk?.meta_data;
      if (!meta) continue;
      if (!chunk.column_index_offset || !chunk.column_index_length) continue;
      if (!chunk.offset_index_offset || !chunk.offset_index_length) continue;
      const element = elementsByPath[columnName];
      if (!element) continue;
      hasFilterIndex = true;
      scheduledOffsetPaths.add(columnName);
      const columnIndexStart = Number(chunk.column_index_offset);
      const offsetIndexStart = Number(chunk.offset_index_offset);
      const columnIndexEnd = columnIndexStart + chunk.column_index_length;
      const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length;
      indexRanges.push(
        { startByte: columnIndexStart, endByte: columnIndexEnd },
        { startByte: offsetIndexStart, endByte: offsetIndexEnd }
      );
      columnTaskCount++;
      indexTasks.push(async (prefetchedFile) => {
        const [columnIndexBuffer, offsetIndexBuffer] = await Promise.all([
          prefetchedFile.slice(columnIndexStart, columnIndexEnd),
          prefetchedFile.slice(offsetIndexStart, offsetIndexEnd)
        ]);
        const columnIndex = readColumnIndex({ view: new DataView(columnIndexBuffer), offset: 0 }, element, parsers);
        const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 });
        pageLocationsByGroup[rgIdx][columnName] = offsetIndex.page_locations;
        columnPages[columnName] = {
          minValues: columnIndex.min_values,
          maxValues: columnIndex.max_values,
          nullPages: columnIndex.null_pages,
          nullCounts: columnIndex.null_counts,
          pageStarts: offsetIndex.page_locations.map((page) => Number(page.first_row_index)),
          element
        };
      });
    }
    if (hasFilterIndex) {
      for (const chunk of rowGroup.columns) {
        const meta = chunk.meta_data;
        if (!meta) continue;
        const columnName = meta.path_in_schema[0];
        const columnPath = meta.path_in_schema.join(".");
        if (columns && !columns.includes(columnName)) continue;
        if (scheduledOffsetPaths.has(columnPath)) continue;
        if (!chunk.offset_index_offset || !chunk.offset_index_length) continue;
        scheduledOffsetPaths.add(columnPath);
        const offsetIndexStart = Number(chunk.offset_index_offset);
        const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length;
        indexRanges.push({ startByte: offsetIndexStart, endByte: offsetIndexEnd });
        columnTaskCount++;
        indexTasks.push(async (prefetchedFile) => {
          const offsetIndexBuffer = await prefetchedFile.slice(offsetIndexStart, offsetIndexEnd);
          const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 });
          pageLocationsByGroup[rgIdx][columnPath] = offsetIndex.page_locations;
        });
      }
    }
    if (columnTaskCount) {
      candidateGroups.push({ rgIdx, groupRows, columnPages });
    }
  });
  if (indexTasks.length) {
    const prefetchedFile = prefetchAsyncBuffer(file, { fetches: coalesceByteRanges(indexRanges) });
    await Promise.all(indexTasks.map((task) => task(prefetchedFile)));
    for (const { rgIdx, groupRows, columnPages } of candidateGroups) {
      pageRangesByGroup[rgIdx] = filterPageRanges(filter, columnPages, groupRows, filterStrict);
    }
  }
  return { pageRangesByGroup, pageLocationsByGroup };
}
function coalesceByteRanges(ranges, maxGap = 0, maxSize = Infinity) {
  const sorted = ranges.map((range) => ({ ...range })).sort((a, b) => a.startByte - b.startByte || a.endByte - b.endByte);
  const merged = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.startByte <= last.endByte + maxGap && Math.max(last.endByte, range.endByte) - last.startByte <= maxSize) {
      last.endByte = Math.max(last.endByte, range.endByte);
    } else {
      merged.push(range);
    }
  }
  return merged;
}
function physicalSchemaElements(schemaTree2) {
  const elements = {};
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) traverse(child);
    } else {
      elements[node.path.join(".")] = node.element;
    }
  }
  traverse(schemaTree2);
  return elements;
}
function prefetchAsyncBuffer(file, { fetches }) {
  const promises = fetches.map(({ startByte, endByte }) => file.slice(startByte, endByte));
  return {
    byteLength: file.byteLength,
    slice(start, end = file.byteLength) {
      const index = fetches.findIndex(({ startByte, endByte }) => startByte <= start && end <= endByte);
      if (index < 0) {
        return file.slice(start, end);
      }
      if (fetches[index].startByte !== start || fetches[index].endByte !== end) {
        const startOffset = start - fetches[index].startByte;
        const endOffset = end - fetches[index].startByte;
        if (promises[index] instanceof Promise) {
          return promises[index].then((buffer) => buffer.slice(startOffset, endOffset));
        } else {
          return promises[index].slice(startOffset, endOffset);
        }
      } else {
        return promises[index];
      }
    }
  };
}

// node_modules/hyparquet/src/variant.js
var decoder3 = new TextDecoder();
var metadataCache = /* @__PURE__ */ new WeakMap();
function decodeVariantColumn(value, parsers = DEFAULT_PARSERS) {
  if (Array.isArray(value)) {
    return value.map((entry) => decodeVariantColumn(entry, parsers));
  }
  if (typeof value !== "object") return value;
  if ("metadata" in value) {
    const metadata = parseVariantMetadata(value.metadata);
    const shreddedFields = value.typed_value && decodeTypedValue(value.typed_value, metadata, parsers);
    const binaryValue = value.value && readVariant(makeReader(value.value), metadata, parsers);
    if (shreddedFields && binaryValue) {
      return { ...binaryValue, ...shreddedFields };
    }
    return shreddedFields ?? binaryValue;
  }
  return value;
}
function decodeTypedValue(typedValue, metadata, parsers) {
  if (typedValue instanceof Date) return typedValue;
  if (typedValue && typeof typedValue === "object" && !Array.isArray(typedValue) && !(typedValue instanceof Uint8Array)) {
    if ("typed_value" in typedValue && typedValue.typed_value !== null && typedValue.typed_value !== void 0) {
      return decodeTypedValue(typedValue.typed_value, metadata, parsers);
    }
    if ("value" in typedValue && typedValue.value instanceof Uint8Array) {
      return readVariant(makeReader(typedValue.value), metadata, parsers);
    }
    if ("typed_value" in typedValue || "value" in typedValue) {
      return null;
    }
    const result = {};
    for (const [key, field] of Object.entries(typedValue)) {
      if (!metadata.dictionary.includes(key)) continue;
      result[key] = decodeTypedValue(field, metadata, parsers);
    }
    return result;
  }
  if (typedValue instanceof Uint8Array) {
    return readVariant(makeReader(typedValue), metadata, parsers);
  }
  if (Array.isArray(typedValue)) {
    return typedValue.map((element) => decodeTypedValue(element, metadata, parsers));
  }
  return typedValue;
}
function makeReader(bytes) {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
}
function parseVariantMetadata(bytes) {
  let bufferCache = metadataCache.get(bytes.buffer);
  if (!bufferCache) {
    bufferCache = /* @__PURE__ */ new Map();
    metadataCache.set(bytes.buffer, bufferCache);
  }
  const key = `${bytes.byteOffset}:${bytes.byteLength}`;
  const cached = bufferCache.get(key);
  if (cached) return cached;
  const reader = makeReader(bytes);
  const header = reader.view.getUint8(reader.offset++);
  const version = header & 15;
  if (version !== 1) throw new Error(`parquet unsupported variant metadata version: ${version}`);
  const sorted = (header >> 4 & 1) === 1;
  const offsetSize = (header >> 6 & 3) + 1;
  const dictionarySize = readUnsigned(reader, offsetSize);
  const offsets = new Array(dictionarySize + 1);
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetSize);
  }
  const base = reader.offset;
  const dictionary = new Array(dictionarySize);
  for (let i = 0; i < dictionarySize; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    const strBytes = new Uint8Array(bytes.buffer, bytes.byteOffset + base + start, end - start);
    dictionary[i] = decoder3.decode(strBytes);
  }
  const metadata = { dictionary, sorted };
  bufferCache.set(key, metadata);
  return metadata;
}
function readUnsigned(reader, byteWidth2) {
  let value = 0;
  for (let i = 0; i < byteWidth2; i++) {
    value |= reader.view.getUint8(reader.offset + i) << i * 8;
  }
  reader.offset += byteWidth2;
  return value;
}
function readVariant(reader, metadata, parsers) {
  const typeByte = reader.view.getUint8(reader.offset++);
  const basicType = typeByte & 3;
  const header = typeByte >> 2;
  if (basicType === 0) return readVariantPrimitive(reader, header, parsers);
  if (basicType === 2) return readVariantObject(reader, header, metadata, parsers);
  if (basicType === 3) return readVariantArray(reader, header, metadata, parsers);
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header);
  reader.offset += header;
  return decoder3.decode(bytes);
}
function readVariantPrimitive(reader, typeId, parsers) {
  switch (typeId) {
    case 0:
      return null;
    case 1:
      return true;
    case 2:
      return false;
    case 3: {
      const value = reader.view.getInt8(reader.offset);
      reader.offset += 1;
      return value;
    }
    case 4: {
      const value = reader.view.getInt16(reader.offset, true);
      reader.offset += 2;
      return value;
    }
    case 5: {
      const value = reader.view.getInt32(reader.offset, true);
      reader.offset += 4;
      return value;
    }
    case 6: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case 7: {
      const value = reader.view.getFloat64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case 8:
      return readVariantDecimal(reader, 4);
    case 9:
      return readVariantDecimal(reader, 8);
    case 10:
      return readVariantDecimal(reader, 16);
    case 11: {
      const value = reader.view.getInt32(reader.offset, true);
      reader.offset += 4;
      return parsers.dateFromDays(value);
    }
    case 12:
    // timestamp_micros (utc)
    case 13: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return parsers.timestampFromMicroseconds(value);
    }
    case 14: {
      const value = reader.view.getFloat32(reader.offset, true);
      reader.offset += 4;
      return value;
    }
    case 15:
      return readVariantBinary(reader);
    case 16: {
      const bytes = readVariantBinary(reader);
      return decoder3.decode(bytes);
    }
    case 17: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case 18:
    // timestamp_nanos (utc)
    case 19: {
      const value = reader.view.getBigInt64(reader.offset, true);
      reader.offset += 8;
      return parsers.timestampFromNanoseconds(value);
    }
    case 20: {
      const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, 16);
      reader.offset += 16;
      const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    default:
      throw new Error(`parquet unsupported variant primitive type: ${typeId}`);
  }
}
function readVariantObject(reader, header, metadata, parsers) {
  const offsetWidth = (header & 3) + 1;
  const idWidth = (header >> 2 & 3) + 1;
  const isLarge = header >> 4 & 1;
  const numElements = isLarge ? readUnsigned(reader, 4) : reader.view.getUint8(reader.offset++);
  const fieldIds = new Array(numElements);
  for (let i = 0; i < numElements; i++) {
    fieldIds[i] = readUnsigned(reader, idWidth);
  }
  const offsets = new Array(numElements + 1);
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth);
  }
  const out = {};
  for (let i = 0; i < numElements; i++) {
    const key = metadata.dictionary[fieldIds[i]];
    const valueReader = {
      view: reader.view,
      offset: reader.offset + offsets[i]
    };
    out[key] = readVariant(valueReader, metadata, parsers);
  }
  reader.offset += offsets[offsets.length - 1];
  return out;
}
function readVariantArray(reader, header, metadata, parsers) {
  const fieldOffsetSize = header & 3;
  const isLarge = header >> 2 & 1;
  const offsetWidth = fieldOffsetSize + 1;
  const numElements = readUnsigned(reader, isLarge ? 4 : 1);
  const offsets = new Array(numElements + 1);
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth);
  }
  const valuesStart = reader.offset;
  const result = new Array(numElements);
  for (let i = 0; i < numElements; i++) {
    const valueReader = {
      view: reader.view,
      offset: valuesStart + offsets[i]
    };
    result[i] = readVariant(valueReader, metadata, parsers);
  }
  reader.offset = valuesStart + offsets[offsets.length - 1];
  return result;
}
function readVariantDecimal(reader, width) {
  const scale = reader.view.getUint8(reader.offset);
  reader.offset += 1;
  let unscaled;
  if (width === 4) {
    unscaled = BigInt(reader.view.getInt32(reader.offset, true));
    reader.offset += 4;
  } else if (width === 8) {
    unscaled = reader.view.getBigInt64(reader.offset, true);
    reader.offset += 8;
  } else {
    const low = reader.view.getBigUint64(reader.offset, true);
    const high = reader.view.getBigInt64(reader.offset + 8, true);
    unscaled = high << 64n | low;
    reader.offset += 16;
  }
  return Number(unscaled) * 10 ** -scale;
}
function readVariantBinary(reader) {
  const length = reader.view.getUint32(reader.offset, true);
  reader.offset += 4;
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length);
  reader.offset += length;
  return bytes;
}

// node_modules/hyparquet/src/assemble.js
function assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!definitionLevels?.length && !repetitionLevels.length) {
    if (!maxDefinitionLevel || !values.length) return values;
    definitionLevels = new Array(values.length).fill(maxDefinitionLevel);
  }
  const n = definitionLevels?.length || repetitionLevels.length;
  const repetitionPath = schemaPath.map(({ element }) => element.repetition_type);
  let valueIndex = 0;
  const containerStack = [output];
  let currentContainer = output;
  let currentDepth = 0;
  let currentDefLevel = 0;
  let currentRepLevel = 0;
  if (repetitionLevels[0]) {
    while (currentDepth < repetitionPath.length - 2 && currentRepLevel < repetitionLevels[0]) {
      currentDepth++;
      if (repetitionPath[currentDepth] !== "REQUIRED") {
        currentContainer = currentContainer.at(-1);
        containerStack.push(currentContainer);
        currentDefLevel++;
      }
      if (repetitionPath[currentDepth] === "REPEATED") currentRepLevel++;
    }
  }
  for (let i = 0; i < n; i++) {
    const def = definitionLevels?.length ? definitionLevels[i] : maxDefinitionLevel;
    const rep = repetitionLevels[i];
    while (currentDepth && (rep < currentRepLevel || repetitionPath[currentDepth] !== "REPEATED")) {
      if (repetitionPath[currentDepth] !== "REQUIRED") {
        containerStack.pop();
        currentDefLevel--;
      }
      if (repetitionPath[currentDepth] === "REPEATED") currentRepLevel--;
      currentDepth--;
    }
    currentContainer = containerStack.at(-1);
    while ((currentDepth < repetitionPath.length - 2 || repetitionPath[currentDepth + 1] === "REPEATED") && (currentDefLevel < def || repetitionPath[currentDepth + 1] === "REQUIRED")) {
      currentDepth++;
      if (repetitionPath[currentDepth] !== "REQUIRED") {
        const newList = [];
        currentContainer.push(newList);
        currentContainer = newList;
        containerStack.push(newList);
        currentDefLevel++;
      }
      if (repetitionPath[currentDepth] === "REPEATED") currentRepLevel++;
    }
    if (def === maxDefinitionLevel) {
      currentContainer.push(values[valueIndex++]);
    } else if (currentDepth === repetitionPath.length - 2) {
      currentContainer.push(null);
    } else {
      currentContainer.push([]);
    }
  }
  if (!output.length) {
    for (let i = 0; i < maxDefinitionLevel; i++) {
      const newList = [];
      currentContainer.push(newList);
      currentContainer = newList;
    }
  }
  return output;
}
function assembleNested(subcolumnData, schema, parsers, depth = 0) {
  const path = schema.path.join(".");
  const optional = schema.element.repetition_type === "OPTIONAL";
  const nextDepth = optional ? depth + 1 : depth;
  if (isListLike(schema)) {
    let sublist = schema.children[0];
    let subDepth = nextDepth;
    if (sublist.children.length === 1) {
      sublist = sublist.children[0];
      subDepth++;
    }
    assembleNested(subcolumnData, sublist, parsers, subDepth);
    const subcolumn = sublist.path.join(".");
    const values = subcolumnData.get(subcolumn);
    if (!values) throw new Error("parquet list column missing values");
    if (optional) flattenAtDepth(values, depth);
    subcolumnData.set(path, values);
    subcolumnData.delete(subcolumn);
    return;
  }
  if (isMapLike(schema)) {
    const mapName = schema.children[0].element.name;
    assembleNested(subcolumnData, schema.children[0].children[0], parsers, nextDepth + 1);
    assembleNested(subcolumnData, schema.children[0].children[1], parsers, nextDepth + 1);
    const keys = subcolumnData.get(`${path}.${mapName}.key`);
    const values = subcolumnData.get(`${path}.${mapName}.value`);
    if (!keys) throw new Error("parquet map column missing keys");
    if (!values) throw new Error("parquet map column missing values");
    if (keys.length !== values.length) {
      throw new Error("parquet map column key/value length mismatch");
    }
    const out = assembleMaps(keys, values, nextDepth);
    if (optional) flattenAtDepth(out, depth);
    subcolumnData.delete(`${path}.${mapName}.key`);
    subcolumnData.delete(`${path}.${mapName}.value`);
    subcolumnData.set(path, out);
    return;
  }
  if (schema.children.length) {
    const invertDepth = schema.element.repetition_type === "REQUIRED" ? depth : depth + 1;
    const struct = {};
    for (const child of schema.children) {
      assembleNested(subcolumnData, child, parsers, invertDepth);
      const childData = subcolumnData.get(child.path.join("."));
      if (!childData) throw new Error("parquet struct missing child data");
      struct[child.element.name] = childData;
    }
    for (const child of schema.children) {
      subcolumnData.delete(child.path.join("."));
    }
    let inverted = invertStruct(struct, invertDepth);
    if (schema.element.logical_type?.type === "VARIANT") {
      inverted = decodeVariantColumn(inverted, parsers);
    }
    if (optional) flattenAtDepth(inverted, depth);
    subcolumnData.set(path, inverted);
  }
}
function flattenAtDepth(arr, depth) {
  for (let i = 0; i < arr.length; i++) {
    if (depth) {
      flattenAtDepth(arr[i], depth - 1);
    } else {
      arr[i] = arr[i][0];
    }
  }
}
function assembleMaps(keys, values, depth) {
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    if (depth) {
      out.push(assembleMaps(keys[i], values[i], depth - 1));
    } else {
      if (keys[i]) {
        const obj = {};
        for (let j = 0; j < keys[i].length; j++) {
          const value = values[i][j];
          obj[keys[i][j]] = value === void 0 ? null : value;
        }
        out.push(obj);
      } else {
        out.push(void 0);
      }
    }
  }
  return out;
}
function invertStruct(struct, depth) {
  const keys = Object.keys(struct);
  const length = struct[keys[0]]?.length;
  const out = [];
  for (let i = 0; i < length; i++) {
    const obj = {};
    for (const key of keys) {
      if (struct[key].length !== length) throw new Error("parquet struct parsing error");
      obj[key] = struct[key][i];
    }
    if (depth) {
      out.push(invertStruct(obj, depth - 1));
    } else {
      out.push(obj);
    }
  }
  return out;
}

// node_modules/hyparquet/src/delta.js
function deltaBinaryUnpack(reader, count2, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count2, output);
    return;
  }
  const blockSize = readVarInt(reader);
  const miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZagBigInt(reader);
  let outputIndex = 0;
  output[outputIndex++] = value;
  const valuesPerMiniblock = blockSize / miniblockPerBlock;
  while (outputIndex < count2) {
    const minDelta = readZigZagBigInt(reader);
    const bitWidths = new Uint8Array(miniblockPerBlock);
    for (let i = 0; i < miniblockPerBlock; i++) {
      bitWidths[i] = reader.view.getUint8(reader.offset++);
    }
    for (let i = 0; i < miniblockPerBlock && outputIndex < count2; i++) {
      const bitWidth2 = bitWidths[i];
      if (bitWidth2) {
        let bitpackPos = 0;
        let miniblockCount = valuesPerMiniblock;
        const mask = (1n << BigInt(bitWidth2)) - 1n;
        while (miniblockCount && outputIndex < count2) {
          let bits = BigInt(reader.view.getUint32(reader.offset, true) >>> bitpackPos) & mask;
          bitpackPos += bitWidth2;
          while (bitpackPos >= 32) {
            bitpackPos -= 32;
            reader.offset += 4;
            if (bitpackPos) {
              bits |= BigInt(reader.view.getUint32(reader.offset, true)) << BigInt(bitWidth2 - bitpackPos) & mask;
            }
          }
          const delta = minDelta + bits;
          value += delta;
          output[outputIndex++] = value;
          miniblockCount--;
        }
        if (miniblockCount) {
          reader.offset += Math.ceil((miniblockCount * bitWidth2 + bitpackPos) / 8);
        }
      } else {
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count2; j++) {
          value += minDelta;
          output[outputIndex++] = value;
        }
      }
    }
  }
}
function deltaBinaryUnpackInt32(reader, count2, output) {
  const blockSize = readVarInt(reader);
  const miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZag(reader);
  let outputIndex = 0;
  output[outputIndex++] = value;
  const valuesPerMiniblock = blockSize / miniblockPerBlock;
  const { view } = reader;
  while (outputIndex < count2) {
    const minDelta = readZigZagInt33(reader);
    const bitWidthsOffset = reader.offset;
    let offset = bitWidthsOffset + miniblockPerBlock;
    for (let i = 0; i < miniblockPerBlock && outputIndex < count2; i++) {
      const bitWidth2 = view.getUint8(bitWidthsOffset + i);
      const end = offset + valuesPerMiniblock * bitWidth2 / 8;
      let bitOffset = 0;
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count2; j++) {
        let residual = 0;
        let bitsRead = 0;
        while (bitsRead < bitWidth2) {
          const bitsToRead = Math.min(8 - bitOffset, bitWidth2 - bitsRead);
          if (bitsRead < 32) {
            residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead;
          }
          bitsRead += bitsToRead;
          bitOffset += bitsToRead;
          if (bitOffset === 8) {
            bitOffset = 0;
            offset++;
          }
        }
        value = value + minDelta + residual | 0;
        output[outputIndex++] = value;
      }
      offset = end;
    }
    reader.offset = offset;
  }
}
function readZigZagInt33(reader) {
  const start = reader.offset;
  const low = readVarInt(reader);
  const high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0;
  return (low >>> 1 | high << 31) ^ -(low & 1);
}
function deltaLengthByteArray(reader, count2, output) {
  const lengths = new Int32Array(count2);
  deltaBinaryUnpack(reader, count2, lengths);
  for (let i = 0; i < count2; i++) {
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i]);
    reader.offset += lengths[i];
  }
}
function deltaByteArray(reader, count2, output) {
  const prefixData = new Int32Array(count2);
  deltaBinaryUnpack(reader, count2, prefixData);
  const suffixData = new Int32Array(count2);
  deltaBinaryUnpack(reader, count2, suffixData);
  for (let i = 0; i < count2; i++) {
    const suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i]);
    if (prefixData[i]) {
      output[i] = new Uint8Array(prefixData[i] + suffixData[i]);
      output[i].set(output[i - 1].subarray(0, prefixData[i]));
      output[i].set(suffix, prefixData[i]);
    } else {
      output[i] = suffix;
    }
    reader.offset += suffixData[i];
  }
}

// node_modules/hyparquet/src/encoding.js
function readRleBitPackedHybrid(reader, width, output, length) {
  if (length === void 0) {
    length = reader.view.getUint32(reader.offset, true);
    reader.offset += 4;
  }
  const startOffset = reader.offset;
  let seen = 0;
  while (seen < output.length) {
    const header = readVarInt(reader);
    if (header & 1) {
      seen = readBitPacked(reader, header, width, output, seen);
    } else {
      const count2 = header >>> 1;
      readRle(reader, count2, width, output, seen);
      seen += count2;
    }
  }
  reader.offset = startOffset + length;
}
function readRle(reader, count2, bitWidth2, output, seen) {
  const width = bitWidth2 + 7 >> 3;
  let value = 0;
  for (let i = 0; i < width; i++) {
    value |= reader.view.getUint8(reader.offset++) << (i << 3);
  }
  for (let i = 0; i < count2; i++) {
    output[seen + i] = value;
  }
}
function readBitPacked(reader, header, bitWidth2, output, seen) {
  let count2 = header >> 1 << 3;
  const mask = (1 << bitWidth2) - 1;
  let data = 0;
  if (reader.offset < reader.view.byteLength) {
    data = reader.view.getUint8(reader.offset++);
  } else if (mask) {
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`);
  }
  let left = 8;
  let right = 0;
  while (count2) {
    if (right > 8) {
      right -= 8;
      left -= 8;
      data >>>= 8;
    } else if (left - right < bitWidth2) {
      data |= reader.view.getUint8(reader.offset) << left;
      reader.offset++;
      left += 8;
    } else {
      if (seen < output.length) {
        output[seen++] = data >> right & mask;
      }
      count2--;
      right += bitWidth2;
    }
  }
  return seen;
}
function byteStreamSplit(reader, count2, type, typeLength) {
  const width = byteWidth(type, typeLength);
  const bytes = new Uint8Array(count2 * width);
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count2; i++) {
      bytes[i * width + b] = reader.view.getUint8(reader.offset++);
    }
  }
  if (type === "FLOAT") return new Float32Array(bytes.buffer);
  else if (type === "DOUBLE") return new Float64Array(bytes.buffer);
  else if (type === "INT32") return new Int32Array(bytes.buffer);
  else if (type === "INT64") return new BigInt64Array(bytes.buffer);
  else if (type === "FIXED_LEN_BYTE_ARRAY") {
    const split = new Array(count2);
    for (let i = 0; i < count2; i++) {
      split[i] = bytes.subarray(i * width, (i + 1) * width);
    }
    return split;
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`);
}
function byteWidth(type, typeLength) {
  switch (type) {
    case "INT32":
    case "FLOAT":
      return 4;
    case "INT64":
    case "DOUBLE":
      return 8;
    case "FIXED_LEN_BYTE_ARRAY":
      if (!typeLength) throw new Error("parquet byteWidth missing type_length");
      return typeLength;
    default:
      throw new Error(`parquet unsupported type: ${type}`);
  }
}

// node_modules/hyparquet/src/plain.js
function readPlain(reader, type, count2, fixedLength) {
  if (count2 === 0) return [];
  if (type === "BOOLEAN") {
    return readPlainBoolean(reader, count2);
  } else if (type === "INT32") {
    return readPlainInt32(reader, count2);
  } else if (type === "INT64") {
    return readPlainInt64(reader, count2);
  } else if (type === "INT96") {
    return readPlainInt96(reader, count2);
  } else if (type === "FLOAT") {
    return readPlainFloat(reader, count2);
  } else if (type === "DOUBLE") {
    return readPlainDouble(reader, count2);
  } else if (type === "BYTE_ARRAY") {
    return readPlainByteArray(reader, count2);
  } else if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (!fixedLength) throw new Error("parquet missing fixed length");
    return readPlainByteArrayFixed(reader, count2, fixedLength);
  } else {
    throw new Error(`parquet unhandled type: ${type}`);
  }
}
function readPlainBoolean(reader, count2) {
  const values = new Array(count2);
  for (let i = 0; i < count2; i++) {
    const byteOffset = reader.offset + (i / 8 | 0);
    const bitOffset = i % 8;
    const byte = reader.view.getUint8(byteOffset);
    values[i] = (byte & 1 << bitOffset) !== 0;
  }
  reader.offset += Math.ceil(count2 / 8);
  return values;
}
function readPlainInt32(reader, count2) {
  const values = (reader.view.byteOffset + reader.offset) % 4 ? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count2 * 4)) : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count2);
  reader.offset += count2 * 4;
  return values;
}
function readPlainInt64(reader, count2) {
  const values = (reader.view.byteOffset + reader.offset) % 8 ? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count2 * 8)) : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count2);
  reader.offset += count2 * 8;
  return values;
}
function readPlainInt96(reader, count2) {
  const values = new Array(count2);
  for (let i = 0; i < count2; i++) {
    const low = reader.view.getBigInt64(reader.offset + i * 12, true);
    const high = reader.view.getInt32(reader.offset + i * 12 + 8, true);
    values[i] = BigInt(high) << 64n | low;
  }
  reader.offset += count2 * 12;
  return values;
}
function readPlainFloat(reader, count2) {
  const values = (reader.view.byteOffset + reader.offset) % 4 ? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count2 * 4)) : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count2);
  reader.offset += count2 * 4;
  return values;
}
function readPlainDouble(reader, count2) {
  const values = (reader.view.byteOffset + reader.offset) % 8 ? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count2 * 8)) : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count2);
  reader.offset += count2 * 8;
  return values;
}
function readPlainByteArray(reader, count2) {
  const values = new Array(count2);
  for (let i = 0; i < count2; i++) {
    const length = reader.view.getUint32(reader.offset, true);
    reader.offset += 4;
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length);
    reader.offset += length;
  }
  return values;
}
function readPlainByteArrayFixed(reader, count2, fixedLength) {
  const values = new Array(count2);
  for (let i = 0; i < count2; i++) {
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength);
    reader.offset += fixedLength;
  }
  return values;
}
function align(buffer, offset, size) {
  const aligned = new ArrayBuffer(size);
  new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size));
  return aligned;
}

// node_modules/hyparquet/src/snappy.js
var WORD_MASK = [0, 255, 65535, 16777215, 4294967295];
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i];
  }
}
function snappyUncompress(input, output) {
  const inputLength = input.byteLength;
  const outputLength = output.byteLength;
  let pos = 0;
  let outPos = 0;
  while (pos < inputLength) {
    const c = input[pos];
    pos++;
    if (c < 128) {
      break;
    }
  }
  if (outputLength && pos >= inputLength) {
    throw new Error("invalid snappy length header");
  }
  while (pos < inputLength) {
    const c = input[pos];
    let len = 0;
    pos++;
    if (pos >= inputLength) {
      throw new Error("missing eof marker");
    }
    if ((c & 3) === 0) {
      let len2 = (c >>> 2) + 1;
      if (len2 > 60) {
        if (pos + 3 >= inputLength) {
          throw new Error("snappy error literal pos + 3 >= inputLength");
        }
        const lengthSize = len2 - 60;
        len2 = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24);
        len2 = (len2 & WORD_MASK[lengthSize]) + 1;
        pos += lengthSize;
      }
      if (pos + len2 > inputLength) {
        throw new Error("snappy error literal exceeds input length");
      }
      copyBytes(input, pos, output, outPos, len2);
      pos += len2;
      outPos += len2;
    } else {
      let offset = 0;
      switch (c & 3) {
        case 1:
          len = (c >>> 2 & 7) + 4;
          offset = input[pos] + (c >>> 5 << 8);
          pos++;
          break;
        case 2:
          if (inputLength <= pos + 1) {
            throw new Error("snappy error end of input");
          }
          len = (c >>> 2) + 1;
          offset = input[pos] + (input[pos + 1] << 8);
          pos += 2;
          break;
        case 3:
          if (inputLength <= pos + 3) {
            throw new Error("snappy error end of input");
          }
          len = (c >>> 2) + 1;
          offset = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24);
          pos += 4;
          break;
        default:
          break;
      }
      if (offset === 0 || isNaN(offset)) {
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`);
      }
      if (offset > outPos) {
        throw new Error("cannot copy from before start of buffer");
      }
      copyBytes(output, outPos - offset, output, outPos, len);
      outPos += len;
    }
  }
  if (outPos !== outputLength) throw new Error("premature end of input");
}

// node_modules/hyparquet/src/datapage.js
function readDataPage(bytes, daph, { type, element, schemaPath }) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = { view, offset: 0 };
  let dataPage;
  const repetitionLevels = readRepetitionLevels(reader, daph, schemaPath);
  const { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath);
  const nValues = daph.num_values - numNulls;
  if (daph.encoding === "PLAIN") {
    dataPage = readPlain(reader, type, nValues, element.type_length);
  } else if (daph.encoding === "PLAIN_DICTIONARY" || daph.encoding === "RLE_DICTIONARY" || daph.encoding === "RLE") {
    const bitWidth2 = type === "BOOLEAN" ? 1 : view.getUint8(reader.offset++);
    if (bitWidth2) {
      dataPage = new Array(nValues);
      if (type === "BOOLEAN") {
        readRleBitPackedHybrid(reader, bitWidth2, dataPage);
        dataPage = dataPage.map((x) => !!x);
      } else {
        readRleBitPackedHybrid(reader, bitWidth2, dataPage, view.byteLength - reader.offset);
      }
    } else {
      dataPage = new Uint8Array(nValues);
    }
  } else if (daph.encoding === "BYTE_STREAM_SPLIT") {
    dataPage = byteStreamSplit(reader, nValues, type, element.type_length);
  } else if (daph.encoding === "DELTA_BINARY_PACKED") {
    const int32 = type === "INT32";
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues);
    deltaBinaryUnpack(reader, nValues, dataPage);
  } else if (daph.encoding === "DELTA_LENGTH_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaLengthByteArray(reader, nValues, dataPage);
  } else if (daph.encoding === "DELTA_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaByteArray(reader, nValues, dataPage);
  } else {
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`);
  }
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
    if (maxRepetitionLevel) {
      const values = new Array(daph.num_values);
      readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values);
      return values;
    }
  }
  return [];
}
function readDefinitionLevels(reader, daph, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 };
  const definitionLevels = new Array(daph.num_values);
  readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels);
  let numNulls = daph.num_values;
  for (const def of definitionLevels) {
    if (def === maxDefinitionLevel) numNulls--;
  }
  if (numNulls === 0) definitionLevels.length = 0;
  return { definitionLevels, numNulls };
}
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors) {
  let page;
  const customDecompressor = compressors?.[codec];
  if (codec === "UNCOMPRESSED") {
    page = compressedBytes;
  } else if (customDecompressor) {
    page = customDecompressor(compressedBytes, uncompressed_page_size);
  } else if (codec === "SNAPPY") {
    page = new Uint8Array(uncompressed_page_size);
    snappyUncompress(compressedBytes, page);
  } else {
    throw new Error(`parquet unsupported compression codec: ${codec}`);
  }
  if (page?.length !== uncompressed_page_size) {
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`);
  }
  return page;
}
function readDataPageV2(compressedBytes, ph, columnDecoder) {
  const view = new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength);
  const reader = { view, offset: 0 };
  const { type, element, schemaPath, codec, compressors } = columnDecoder;
  const daph2 = ph.data_page_header_v2;
  if (!daph2) throw new Error("parquet data page header v2 is undefined");
  const repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath);
  reader.offset = daph2.repetition_levels_byte_length;
  const definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath);
  const uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length;
  let page = compressedBytes.subarray(reader.offset);
  if (daph2.is_compressed !== false) {
    page = decompressPage(page, uncompressedPageSize, codec, compressors);
  }
  const pageView = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const pageReader = { view: pageView, offset: 0 };
  let dataPage;
  const nValues = daph2.num_values - daph2.num_nulls;
  if (daph2.encoding === "PLAIN") {
    dataPage = readPlain(pageReader, type, nValues, element.type_length);
  } else if (daph2.encoding === "RLE") {
    dataPage = new Array(nValues);
    readRleBitPackedHybrid(pageReader, 1, dataPage);
    dataPage = dataPage.map((x) => !!x);
  } else if (daph2.encoding === "PLAIN_DICTIONARY" || daph2.encoding === "RLE_DICTIONARY") {
    const bitWidth2 = pageView.getUint8(pageReader.offset++);
    dataPage = new Array(nValues);
    readRleBitPackedHybrid(pageReader, bitWidth2, dataPage, uncompressedPageSize - 1);
  } else if (daph2.encoding === "DELTA_BINARY_PACKED") {
    const int32 = type === "INT32";
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues);
    deltaBinaryUnpack(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "DELTA_LENGTH_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaLengthByteArray(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "DELTA_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaByteArray(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "BYTE_STREAM_SPLIT") {
    dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length);
  } else {
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`);
  }
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
  if (!maxRepetitionLevel) return [];
  const values = new Array(daph2.num_values);
  readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length);
  return values;
}
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (maxDefinitionLevel) {
    const values = new Array(daph2.num_values);
    readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length);
    return values;
  }
}
function bitWidth(value) {
  return 32 - Math.clz32(value);
}

// node_modules/hyparquet/src/column.js
function readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
  const { pathInSchema, schemaPath } = columnDecoder;
  const isFlat = isFlatColumn(schemaPath);
  const chunks = [];
  let dictionary = void 0;
  let lastChunk = void 0;
  let rowCount = 0;
  let skipped = 0;
  const emitLastChunk = onPage && (() => {
    lastChunk && onPage({
      pathInSchema,
      columnData: lastChunk,
      rowStart: groupStart + rowCount - lastChunk.length,
      rowEnd: groupStart + rowCount
    });
  });
  while (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) {
    if (reader.offset >= reader.view.byteLength - 1) break;
    const header = parquetHeader(reader);
    if (header.type === "DICTIONARY_PAGE") {
      const { data } = readPage(reader, header, columnDecoder, dictionary, void 0, 0);
      if (data) dictionary = convert(data, columnDecoder);
    } else {
      const lastChunkLength = lastChunk?.length || 0;
      const result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount);
      if (result.skipped) {
        if (!chunks.length) {
          skipped += result.skipped;
        }
        rowCount += result.skipped;
      } else if (result.data && lastChunk === result.data) {
        rowCount += result.data.length - lastChunkLength;
      } else if (result.data && result.data.length) {
        emitLastChunk?.();
        chunks.push(result.data);
        rowCount += result.data.length;
        lastChunk = result.data;
      }
    }
  }
  emitLastChunk?.();
  return { data: chunks, skipped };
}
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
  const { type, element, schemaPath, codec, compressors } = columnDecoder;
  const compressedBytes = new Uint8Array(
    reader.view.buffer,
    reader.view.byteOffset + reader.offset,
    header.compressed_page_size
  );
  reader.offset += header.compressed_page_size;
  if (header.type === "DATA_PAGE") {
    const daph = header.data_page_header;
    if (!daph) throw new Error("parquet data page header is undefined");
    if (pageStart > daph.num_values && isFlatColumn(schemaPath)) {
      return { skipped: daph.num_values };
    }
    const page = decompressPage(compressedBytes, Number(header.uncompressed_page_size), codec, compressors);
    const { definitionLevels, repetitionLevels, dataPage } = readDataPage(page, daph, columnDecoder);
    const values = convertWithDictionary(dataPage, dictionary, daph.encoding, columnDecoder);
    const output = Array.isArray(previousChunk) ? previousChunk : [];
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath);
    return { skipped: 0, data: assembled };
  } else if (header.type === "DATA_PAGE_V2") {
    const daph2 = header.data_page_header_v2;
    if (!daph2) throw new Error("parquet data page header v2 is undefined");
    if (pageStart > daph2.num_rows) {
      return { skipped: daph2.num_rows };
    }
    const { definitionLevels, repetitionLevels, dataPage } = readDataPageV2(compressedBytes, header, columnDecoder);
    const values = convertWithDictionary(dataPage, dictionary, daph2.encoding, columnDecoder);
    const output = Array.isArray(previousChunk) ? previousChunk : [];
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath);
    return { skipped: 0, data: assembled };
  } else if (header.type === "DICTIONARY_PAGE") {
    const diph = header.dictionary_page_header;
    if (!diph) throw new Error("parquet dictionary page header is undefined");
    const page = decompressPage(
      compressedBytes,
      Number(header.uncompressed_page_size),
      codec,
      compressors
    );
    const reader2 = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    const dictArray = readPlain(reader2, type, diph.num_values, element.type_length);
    return { skipped: 0, data: dictArray };
  } else {
    throw new Error(`parquet unsupported page type: ${header.type}`);
  }
}
function parquetHeader(reader) {
  const header = deserializeTCompactProtocol(reader);
  const type = PageTypes[header.field_1];
  const uncompressed_page_size = header.field_2;
  const compressed_page_size = header.field_3;
  const crc = header.field_4;
  const data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: Encodings[header.field_5.field_2],
    definition_level_encoding: Encodings[header.field_5.field_3],
    repetition_level_encoding: Encodings[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5)
  };
  const index_page_header = header.field_6;
  const dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: Encodings[header.field_7.field_2],
    is_sorted: header.field_7.field_3
  };
  const data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: Encodings[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === void 0 ? true : header.field_8.field_7,
    // default true
    statistics: pageStatistics(header.field_8.field_8)
  };
  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2
  };
}
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}

// node_modules/hyparquet/src/rowgroup.js
function readRowGroup(options, { metadata }, groupPlan) {
  const asyncColumns = [];
  const schemaTree2 = parquetSchema(metadata);
  for (const chunk of groupPlan.chunks) {
    const { path_in_schema: pathInSchema } = chunk.columnMetadata;
    const schemaPath = getTreePath(schemaTree2, pathInSchema);
    const columnDecoder = {
      pathInSchema,
      element: schemaPath[schemaPath.length - 1].element,
      schemaPath,
      ...options,
      ...chunk.columnMetadata,
      // merge after options, so a partial parsers object keeps the defaults
      parsers: { ...DEFAULT_PARSERS, ...options.parsers }
    };
    const { startByte, endByte } = chunk.range;
    if ("pageLocations" in chunk) {
      asyncColumns.push({
        pathInSchema,
        data: readSelectedPages(options, groupPlan, chunk, chunk.pageLocations, columnDecoder)
      });
    } else if ("offsetIndex" in chunk) {
      asyncColumns.push({
        pathInSchema,
        // fetch offset index
        data: Promise.resolve(options.file.slice(chunk.offsetIndex.startByte, chunk.offsetIndex.endByte)).then((arrayBuffer) => {
          const pages = readOffsetIndex({ view: new DataView(arrayBuffer), offset: 0 }).page_locations;
          return readSelectedPages(options, groupPlan, chunk, pages, columnDecoder);
        })
      });
    } else {
      asyncColumns.push({
        pathInSchema,
        data: Promise.resolve(options.file.slice(startByte, endByte)).then((buffer) => {
          const reader = { view: new DataView(buffer), offset: 0 };
          return readColumn(reader, groupPlan, columnDecoder, options.onPage);
        })
      });
    }
  }
  return {
    groupStart: groupPlan.groupStart,
    groupRows: groupPlan.groupRows,
    selectStart: groupPlan.selectStart,
    selectEnd: groupPlan.selectEnd,
    asyncColumns
  };
}
async function readSelectedPages(options, groupPlan, chunk, pages, columnDecoder) {
  const { data_page_offset, dictionary_page_offset } = chunk.columnMetadata;
  const { selectStart, selectEnd } = groupPlan;
  let { startByte, endByte } = chunk.range;
  let skipped = -1;
  const hasDict = dictionary_page_offset || data_page_offset < pages[0].offset;
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i];
    const pageStart = Number(page.first_row_index);
    const pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupPlan.groupRows;
    if (skipped < 0 && pageEnd > selectStart) {
      startByte = Number(page.offset);
      skipped = pageStart;
    }
    if (pageStart < selectEnd) {
      endByte = Number(page.offset) + page.compressed_page_size;
    }
  }
  if (skipped < 0) skipped = 0;
  let view;
  if (hasDict && skipped) {
    const dictLength = Number(pages[0].offset) - chunk.range.startByte;
    const [dictBuffer, dataBuffer] = await Promise.all([
      options.file.slice(chunk.range.startByte, Number(pages[0].offset)),
      options.file.slice(startByte, endByte)
    ]);
    const combined = new Uint8Array(dictLength + dataBuffer.byteLength);
    combined.set(new Uint8Array(dictBuffer, 0, dictLength));
    combined.set(new Uint8Array(dataBuffer), dictLength);
    view = new DataView(combined.buffer);
  } else if (hasDict) {
    view = new DataView(await options.file.slice(chunk.range.startByte, endByte));
  } else {
    view = new DataView(await options.file.slice(startByte, endByte));
  }
  const reader = { view, offset: 0 };
  const adjustedGroupPlan = skipped ? {
    ...groupPlan,
    groupStart: groupPlan.groupStart + skipped,
    selectStart: groupPlan.selectStart - skipped,
    selectEnd: groupPlan.selectEnd - skipped
  } : groupPlan;
  const { data, skipped: columnSkipped } = readColumn(reader, adjustedGroupPlan, columnDecoder, options.onPage);
  return {
    data,
    skipped: skipped + columnSkipped
  };
}
async function asyncGroupToRows({ asyncColumns }, selectStart, selectEnd, columns, rowFormat) {
  const asyncPages = await Promise.all(asyncColumns.map(
    (column) => column.data.then(({ skipped, data }) => ({ skipped, data: flatten(data) }))
  ));
  const selectCount = selectEnd - selectStart;
  if (rowFormat === "object") {
    const groupData2 = Array(selectCount);
    for (let selectRow = 0; selectRow < selectCount; selectRow++) {
      const rowData = {};
      for (let i = 0; i < asyncColumns.length; i++) {
        const { data, skipped } = asyncPages[i];
        rowData[asyncColumns[i].pathInSchema[0]] = data[selectStart + selectRow - skipped];
      }
      groupData2[selectRow] = rowData;
    }
    return groupData2;
  }
  const includedColumnNames = asyncColumns.map((child) => child.pathInSchema[0]).filter((name) => !columns || columns.includes(name));
  const columnOrder = columns ?? includedColumnNames;
  const columnIndexes = columnOrder.map((name) => asyncColumns.findIndex((column) => column.pathInSchema[0] === name));
  const groupData = Array(selectCount);
  for (let selectRow = 0; selectRow < selectCount; selectRow++) {
    const rowData = Array(asyncColumns.length);
    for (let i = 0; i < columnOrder.length; i++) {
      const colIdx = columnIndexes[i];
      if (colIdx < 0) throw new Error(`parquet column not found: ${columnOrder[i]}`);
      const { data, skipped } = asyncPages[colIdx];
      rowData[i] = data[selectStart + selectRow - skipped];
    }
    groupData[selectRow] = rowData;
  }
  return groupData;
}
function assembleAsync(asyncRowGroup, schemaTree2, parsers) {
  const { asyncColumns } = asyncRowGroup;
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  const assembled = [];
  for (const child of schemaTree2.children) {
    if (child.children.length) {
      const childColumns = asyncColumns.filter((column) => column.pathInSchema[0] === child.element.name);
      if (!childColumns.length) continue;
      assembled.push({
        pathInSchema: child.path,
        data: (async () => {
          const resolved = await Promise.all(childColumns.map((c) => c.data));
          const subcolumnData = /* @__PURE__ */ new Map();
          const flattened = resolved.map(({ data }) => flatten(data));
          const skipped = Math.max(asyncRowGroup.selectStart ?? 0, ...resolved.map((result) => result.skipped));
          const end = Math.min(asyncRowGroup.selectEnd ?? Infinity, ...resolved.map((result, i) => result.skipped + flattened[i].length));
          for (let i = 0; i < childColumns.length; i++) {
            const start = skipped - resolved[i].skipped;
            const length = Math.max(0, end - skipped);
            subcolumnData.set(
              childColumns[i].pathInSchema.join("."),
              flattened[i].slice(start, start + length)
            );
          }
          assembleNested(subcolumnData, child, allParsers);
          const assembled2 = subcolumnData.get(child.element.name);
          if (!assembled2) throw new Error("parquet column data not assembled");
          return { data: [assembled2], skipped };
        })()
      });
    } else {
      const asyncColumn = asyncColumns.find((column) => column.pathInSchema[0] === child.element.name);
      if (asyncColumn) assembled.push(asyncColumn);
    }
  }
  return { ...asyncRowGroup, asyncColumns: assembled };
}

// node_modules/hyparquet/src/scan.js
async function prepareParquetRead(options) {
  const prepared = await prepareParquetOptions(options);
  return {
    options: prepared,
    plan: parquetPlan(prepared)
  };
}
async function prepareParquetOptions(options) {
  const metadata = options.metadata ?? await parquetMetadataAsync(options.file, options);
  const schemaColumns = parquetSchema(metadata).children.map((child) => child.element.name);
  const filterColumns = columnsNeededForFilter(options.filter);
  const missingFilterColumns = filterColumns.filter((column) => !schemaColumns.includes(column));
  if (missingFilterColumns.length) {
    throw new Error(`parquet filter columns not found: ${missingFilterColumns.join(", ")}`);
  }
  if (options.columns) {
    const missingColumns = options.columns.filter((column) => !schemaColumns.includes(column));
    if (missingColumns.length) throw new Error(`parquet column not found: ${missingColumns[0]}`);
  }
  let prepared = { ...options, metadata };
  prepared = await withBloomFilters(prepared);
  prepared = await withPageIndexes(prepared);
  return prepared;
}
function readParquetPlan(options, plan) {
  const readOptions2 = { ...options, file: prefetchAsyncBuffer(options.file, plan) };
  return plan.groups.map((group) => readRowGroup(readOptions2, plan, group));
}
async function withBloomFilters(options) {
  if (!options.useBloomFilters || !options.filter || !options.metadata) return options;
  const schemaTree2 = parquetSchema(options.metadata);
  const schemaElements = {};
  for (const child of schemaTree2.children) schemaElements[child.element.name] = child.element;
  const bloomFiltersByGroup = await prefetchBloomFilters({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict
  });
  return { ...options, bloomFiltersByGroup, schemaElements };
}
async function withPageIndexes(options) {
  if (!options.usePageIndex || !options.filter || !options.metadata) return options;
  const { pageRangesByGroup, pageLocationsByGroup } = await prefetchPageIndexes({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
    rowStart: options.rowStart,
    rowEnd: options.rowEnd,
    columns: options.columns,
    bloomFiltersByGroup: options.bloomFiltersByGroup,
    schemaElements: options.schemaElements,
    parsers: options.parsers
  });
  return { ...options, pageRangesByGroup, pageLocationsByGroup };
}

// node_modules/hyparquet/src/read.js
var rowIndex = (
  /** @type {typeof import('../src/types.js').rowIndex} */
  /* @__PURE__ */ Symbol("rowIndex")
);
async function parquetRead(options) {
  options.metadata ??= await parquetMetadataAsync(options.file, options);
  const { rowStart = 0, rowEnd, columns, onChunk, onComplete, rowFormat, filter, filterStrict = true } = options;
  if (filter && rowFormat !== "object") {
    throw new Error('parquet filter requires rowFormat: "object"');
  }
  if (options.includeRowIndex && rowFormat !== "object") {
    throw new Error('parquet includeRowIndex requires rowFormat: "object"');
  }
  const filterColumns = columnsNeededForFilter(filter);
  let readColumns = columns;
  if (columns && filterColumns.length) {
    const selectedColumns = new Set(columns);
    const extraColumns = filterColumns.filter((column) => !selectedColumns.has(column));
    if (extraColumns.length) readColumns = [...columns, ...extraColumns];
  }
  const readOptions2 = readColumns === columns ? options : { ...options, columns: readColumns };
  const prepared = await prepareParquetRead(readOptions2);
  const preparedOptions = prepared.options;
  const requiresProjection = readColumns !== columns;
  const asyncGroups = readParquetPlan(preparedOptions, prepared.plan);
  if (!onComplete && !onChunk) {
    await awaitAllColumns(asyncGroups);
    return;
  }
  if (!preparedOptions.metadata) throw new Error("parquet requires metadata");
  const schemaTree2 = parquetSchema(preparedOptions.metadata);
  const assembled = asyncGroups.map((arg) => assembleAsync(arg, schemaTree2, options.parsers));
  if (onChunk) {
    for (const asyncGroup of assembled) {
      for (const asyncColumn of asyncGroup.asyncColumns) {
        asyncColumn.data.then(({ data, skipped }) => {
          let rowStart2 = asyncGroup.groupStart + skipped;
          for (const columnData of data) {
            onChunk({
              columnName: asyncColumn.pathInSchema[0],
              columnData,
              rowStart: rowStart2,
              rowEnd: rowStart2 + columnData.length
            });
            rowStart2 += columnData.length;
          }
        }, () => {
        });
      }
    }
  }
  if (onComplete) {
    await awaitAllColumns(assembled);
    const rows = [];
    for (const asyncGroup of assembled) {
      const selectStart = asyncGroup.selectStart ?? Math.max(rowStart - asyncGroup.groupStart, 0);
      const selectEnd = asyncGroup.selectEnd ?? Math.min((rowEnd ?? Infinity) - asyncGroup.groupStart, asyncGroup.groupRows);
      const groupData = rowFormat === "object" ? await asyncGroupToRows(asyncGroup, selectStart, selectEnd, readColumns, "object") : await asyncGroupToRows(asyncGroup, selectStart, selectEnd, columns, "array");
      if (options.includeRowIndex) {
        for (let i = 0; i < groupData.length; i++) {
          Object.defineProperty(groupData[i], rowIndex, {
            value: asyncGroup.groupStart + selectStart + i
          });
        }
      }
      if (filter) {
        for (
          const row of
          /** @type {Record<string, any>[]} */
          groupData
        ) {
          if (matchFilter(row, filter, filterStrict)) {
            if (requiresProjection && columns) {
              for (const col of filterColumns) {
                if (!columns.includes(col)) delete row[col];
              }
            }
            rows.push(row);
          }
        }
      } else {
        concat(rows, groupData);
      }
    }
    onComplete(rows);
  } else {
    await awaitAllColumns(assembled);
  }
}
async function awaitAllColumns(asyncGroups) {
  const all = asyncGroups.flatMap((g) => g.asyncColumns.map((c) => c.data));
  const results = await Promise.allSettled(all);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}
function parquetReadObjects(options) {
  return new Promise((onComplete, reject) => {
    parquetRead({
      ...options,
      rowFormat: "object",
      // force object output
      onComplete
    }).catch(reject);
  });
}

// node_modules/hyparquet/src/node.js
async function asyncBufferFromFile(filename) {
  const { size } = await fs.stat(filename);
  return {
    byteLength: size,
    slice(start, end) {
      if (start === end) return Promise.resolve(new ArrayBuffer(0));
      const reader = createReadStream(filename, { start, end: end === void 0 ? void 0 : end - 1 });
      return new Promise((resolve3, reject) => {
        const chunks = [];
        reader.on("data", (chunk) => chunks.push(chunk));
        reader.on("error", reject);
        reader.on("end", () => {
          const buffer = Buffer.concat(chunks);
          if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) {
            resolve3(buffer.buffer);
          } else {
            resolve3(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
          }
        });
      });
    }
  };
}

// src/io/data/parquet.ts
async function readParquet(path, options, sink) {
  try {
    await stat(path);
  } catch (error) {
    throw readError(path, error);
  }
  const file = await hyparquet(path, () => asyncBufferFromFile(path));
  const metadata = await hyparquet(path, () => parquetMetadataAsync(file));
  const columns = await hyparquet(path, async () => metadata.schema.slice(1).map((s) => String(s.name)));
  for (const [field, flag, required] of [
    [options.text, "--text (leakage.text)", true],
    [options.key, "--key (leakage.key)", options.needId]
  ]) {
    if (required && !columns.includes(field)) {
      throw new InputError(`there is no "${field}" column (${listFields(columns)})`, {
        file: path,
        field,
        fix: `name the column with ${flag}`
      });
    }
  }
  const wanted = columns.includes(options.key) ? [options.key, options.text] : [options.text];
  const bad = new BadRows(options.skipBadLines);
  let rowStart = 0;
  const groups = await hyparquet(
    path,
    async () => metadata.row_groups.map((g) => ({ rows: Number(g.num_rows), bytes: Number(g.total_byte_size) }))
  );
  for (const group of groups) {
    const rowEnd = rowStart + group.rows;
    const rows = await hyparquet(
      path,
      () => parquetReadObjects({ file, metadata, columns: wanted, rowStart, rowEnd })
    );
    options.onBytes?.(group.bytes);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const line = rowStart + i + 1;
      const text = row[options.text];
      const id = row[options.key];
      if (typeof text !== "string") {
        bad.handle(
          new InputError(
            `the "${options.text}" value is ${text === null || text === void 0 ? "null" : `a ${typeof text}`}, not a string`,
            {
              file: path,
              line,
              field: options.text,
              fix: "fill the text column, or pass --skip-bad-lines to skip and count such rows"
            }
          )
        );
        continue;
      }
      if (options.needId && (id === null || id === void 0)) {
        bad.handle(
          new InputError(`the "${options.key}" value is null`, {
            file: path,
            line,
            field: options.key,
            fix: "give every row an id, or pass --skip-bad-lines"
          })
        );
        continue;
      }
      sink.text(line, id === null || id === void 0 ? void 0 : String(id), text);
    }
    rowStart = rowEnd;
  }
  return bad.skipped;
}
async function hyparquet(path, call) {
  try {
    return await call();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const fsError = readError(path, error);
    if (fsError instanceof InputError) throw fsError;
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError(`not a readable Parquet file (${why.slice(0, 200)})`, {
      file: path,
      fix: "check that the file is Parquet and complete (not truncated), or give it the extension of its real format"
    });
  }
}

// src/io/data/text.ts
async function readTextLines(path, options, sink) {
  const lines = await forEachLine(
    path,
    (buf, start, end, line) => {
      if (start === end) return;
      const id = options.needId ? String(line) : void 0;
      if (sink.bytes?.(line, id, buf, start, end, false)) return;
      sink.text(line, id, buf.toString("utf8", start, end));
    },
    options.onBytes,
    options.range
  );
  options.onLines?.(lines);
  return 0;
}

// src/io/data/read-rows.ts
async function readRows(path, options, sink) {
  switch (formatOf(path)) {
    case "jsonl":
      return readJsonl(path, options, sink);
    case "csv":
      return readCsv(path, options, sink);
    case "parquet":
      return readParquet(path, options, sink);
    case "text":
      return readTextLines(path, options, sink);
    case "manifest":
      throw new InputError("a manifest holds only hashes of training data; it cannot be read as items here", {
        file: path,
        fix: "give the raw data file (.jsonl, .csv, .parquet, .txt) for the eval set and for building manifests"
      });
  }
}

// src/io/data/leakage-parallel.ts
var TAG = "sprintlab-leakage-worker";
function threadsFor(bytes) {
  if (!import.meta.url.endsWith(".js")) return 1;
  const minBytes = Number(process.env.SPRINTLAB_LEAKAGE_PARALLEL_MIN_BYTES ?? 32e6);
  if (bytes < minBytes) return 1;
  const wanted = Number(process.env.SPRINTLAB_LEAKAGE_THREADS ?? Math.min(availableParallelism(), 4));
  return Number.isInteger(wanted) && wanted > 1 ? wanted : 1;
}
async function splitLines(path, parts) {
  const { size } = await stat2(path);
  const handle = await open2(path, "r");
  try {
    const cuts = [0];
    const probe = Buffer.allocUnsafe(1 << 16);
    for (let k = 1; k < parts; k++) {
      let pos = Math.max(Math.floor(size * k / parts), cuts[cuts.length - 1]);
      let cut = size;
      while (pos < size) {
        const { bytesRead } = await handle.read(probe, 0, probe.length, pos);
        const nl = probe.subarray(0, bytesRead).indexOf(10);
        if (nl >= 0) {
          cut = pos + nl + 1;
          break;
        }
        pos += bytesRead;
      }
      if (cut > cuts[cuts.length - 1] && cut < size) cuts.push(cut);
    }
    cuts.push(size);
    return cuts.slice(1).map((end, i) => ({ start: cuts[i], end }));
  } finally {
    await handle.close();
  }
}
async function checkFileInParallel(path, name, threads, evalItems, settings, evalSource, findings, onProgress) {
  const ranges = await splitLines(path, threads);
  const rows = ranges.map(() => 0);
  const results = await Promise.all(
    ranges.map(
      (range, i) => new Promise((resolve3, reject) => {
        const task = { tag: TAG, path, name, range, evalItems, settings, evalSource };
        const worker = new Worker(new URL(import.meta.url), { workerData: task });
        worker.on("message", (m) => {
          if (m.type === "progress") {
            rows[i] = m.rows;
            onProgress(
              m.bytes,
              rows.reduce((a, b) => a + b, 0)
            );
          } else resolve3(m.result);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (code !== 0) reject(new Error(`leakage worker exited with code ${code}`));
        });
      })
    )
  );
  const file = findings.fileIndex(name);
  let offset = 0;
  let trainItems = 0;
  let skipped = 0;
  for (const r of results) {
    if (r.error)
      throw new InputError(r.error.message, {
        ...r.error.details,
        line: r.error.details.line === void 0 ? void 0 : offset + r.error.details.line
      });
    for (const h of r.hits)
      findings.flag(h.kind, h.evalIndex, file, offset + h.line, h.trainId, h.similarity);
    offset += r.lines;
    trainItems += r.trainItems;
    skipped += r.skipped;
  }
  return { trainItems, skipped };
}
async function runRange(task) {
  const scan = new LeakageScan(task.evalItems, task.settings, task.evalSource, { keepHits: true });
  const file = scan.fileIndex(task.name);
  let lines = 0;
  const result = (error) => ({
    trainItems: scan.trainItems,
    skipped: scan.skippedLines,
    lines,
    hits: scan.findings.hits ?? [],
    error
  });
  try {
    scan.skippedLines = await readRows(
      task.path,
      {
        key: task.settings.key,
        text: task.settings.text,
        needId: false,
        skipBadLines: task.settings.skip_bad_lines,
        range: task.range,
        onLines: (n) => {
          lines = n;
        },
        onBytes: (n) => {
          parentPort?.postMessage({ type: "progress", bytes: n, rows: scan.trainItems });
        }
      },
      {
        text: (line, id, text) => scan.trainText(file, line, id, text),
        bytes: (line, id, buf, start, end, json, idStart, idEnd) => scan.trainAscii(file, line, id, buf, start, end, json, idStart, idEnd)
      }
    );
    return result();
  } catch (error) {
    if (error instanceof InputError) return result({ message: error.message, details: error.details });
    throw error;
  }
}
if (!isMainThread && workerData?.tag === TAG) {
  const task = workerData;
  runRange(task).then((result) => parentPort?.postMessage({ type: "done", result }));
}

// src/io/data/manifest.ts
import { open as open3 } from "node:fs/promises";
var MANIFEST_FORMAT = "sprintlab.leakage-manifest/v1";
var HAS_ID = 1;
var HAS_HASH = 2;
var HAS_SIGNATURE = 4;
var TRAILER = 255;
var ManifestWriter = class _ManifestWriter {
  constructor(handle, header) {
    this.handle = handle;
    this.header = header;
    this.fingerprinter = new Fingerprinter(header, header.signatures);
  }
  handle;
  header;
  buf = Buffer.allocUnsafe(1 << 20);
  pos = 0;
  rows = 0;
  fingerprinter;
  static async create(path, header) {
    let handle;
    try {
      handle = await open3(path, "w");
    } catch (error) {
      throw new InputError(
        `cannot write the manifest (${error.code ?? String(error)})`,
        {
          file: path,
          fix: "choose an output path (-o) in a directory that exists and is writable"
        }
      );
    }
    const writer = new _ManifestWriter(handle, header);
    await handle.write(`${JSON.stringify(header)}
`);
    return writer;
  }
  /**
   * Adds a row whose fingerprints are in `fingerprinter` (hasText: whether the normalised text was
   * non-empty). Synchronous, so readers can call it from their per-line callbacks; full buffers are
   * queued for writing in order.
   */
  add(file, line, id, hasText) {
    const k = this.header.num_perms;
    const idBytes = id === void 0 ? void 0 : Buffer.from(id, "utf8");
    if (idBytes && idBytes.length > 65535)
      throw new InputError("an id is longer than 65535 bytes", {
        file: this.header.files[file],
        line,
        field: this.header.key,
        fix: "use shorter ids"
      });
    const need = 7 + (idBytes ? 2 + idBytes.length : 0) + 8 + k;
    if (this.pos + need > this.buf.length) this.flush();
    if (need > this.buf.length) this.buf = Buffer.allocUnsafe(need * 2);
    const sign = hasText && this.header.signatures;
    const b = this.buf;
    let p = this.pos;
    b[p++] = (idBytes ? HAS_ID : 0) | (hasText ? HAS_HASH : 0) | (sign ? HAS_SIGNATURE : 0);
    p = b.writeUInt16LE(file, p);
    p = b.writeUInt32LE(line, p);
    if (idBytes) {
      p = b.writeUInt16LE(idBytes.length, p);
      p += idBytes.copy(b, p);
    }
    const fp = this.fingerprinter;
    if (hasText) {
      p = b.writeUInt32LE(fp.hash[0], p);
      p = b.writeUInt32LE(fp.hash[1], p);
    }
    if (sign) {
      fp.computeSignature();
      for (let i = 0; i < k; i++) b[p++] = fp.signature[i];
    }
    this.pos = p;
    this.rows++;
  }
  /** Waits until everything queued so far is on disk. */
  async drain() {
    await this.writing;
  }
  async close(complete = true) {
    if (complete) {
      if (this.pos + 9 > this.buf.length) this.flush();
      this.buf[this.pos++] = TRAILER;
      this.pos = this.buf.writeDoubleLE(this.rows, this.pos);
    }
    this.flush();
    try {
      await this.writing;
    } finally {
      await this.handle.close();
    }
  }
  writing = Promise.resolve();
  flush() {
    const full = this.buf.subarray(0, this.pos);
    this.writing = this.writing.then(() => this.handle.write(full));
    this.buf = Buffer.allocUnsafe(this.buf.length);
    this.pos = 0;
  }
};
async function readManifest(path, expected, needSignatures, visit, onBytes) {
  const handle = await openForReading(path);
  try {
    let buf = Buffer.allocUnsafe(4 << 20);
    let filled = 0;
    let eof = false;
    const fill = async () => {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, null);
      filled += bytesRead;
      onBytes?.(bytesRead);
      if (bytesRead === 0) eof = true;
    };
    let nl = -1;
    while (nl < 0 && !eof && filled < 1 << 24) {
      await fill();
      nl = buf.subarray(0, filled).indexOf(10);
    }
    const header = parseHeader(path, nl < 0 ? void 0 : buf.toString("utf8", 0, nl));
    checkHeader(path, header, expected, needSignatures);
    const k = header.num_perms;
    const signature = new Uint32Array(k);
    const maxRecord = 7 + 2 + 65535 + 8 + k;
    let pos = nl + 1;
    const truncated = () => new InputError("the manifest is truncated (its end marker is missing)", {
      file: path,
      fix: 'rebuild it with "sprintlab leakage manifest"; the write was probably interrupted'
    });
    for (; ; ) {
      if (filled - pos < maxRecord && !eof) {
        buf.copy(buf, 0, pos, filled);
        filled -= pos;
        pos = 0;
        while (filled < maxRecord && !eof) await fill();
      }
      if (pos >= filled) throw truncated();
      const flags = buf[pos];
      if (flags === TRAILER) {
        if (filled - pos < 9) throw truncated();
        return buf.readDoubleLE(pos + 1);
      }
      if (flags & ~7 || filled - pos < 7) throw truncated();
      const file = buf.readUInt16LE(pos + 1);
      const line = buf.readUInt32LE(pos + 3);
      let p = pos + 7;
      let id;
      if (flags & HAS_ID) {
        const len = buf.readUInt16LE(p);
        id = buf.toString("utf8", p + 2, p + 2 + len);
        p += 2 + len;
      }
      let hash;
      if (flags & HAS_HASH) {
        hash = [buf.readUInt32LE(p), buf.readUInt32LE(p + 4)];
        p += 8;
      }
      let sig;
      if (flags & HAS_SIGNATURE) {
        for (let i = 0; i < k; i++) signature[i] = buf[p + i];
        p += k;
        sig = signature;
      }
      if (p > filled) throw truncated();
      visit(header.files[file] ?? `#${file}`, line, id, hash, sig);
      pos = p;
    }
  } catch (error) {
    const problem = readError(path, error);
    if (problem instanceof RangeError)
      throw new InputError("the manifest is damaged (a record runs past the end of the data)", {
        file: path,
        fix: 'rebuild it with "sprintlab leakage manifest"'
      });
    throw problem;
  } finally {
    await handle.close();
  }
}
function parseHeader(path, line) {
  const notManifest = new InputError("not a Sprintlab leakage manifest (no header line)", {
    file: path,
    fix: 'build manifests with "sprintlab leakage manifest TRAIN_FILE... -o FILE.manifest"'
  });
  if (line === void 0) throw notManifest;
  let header;
  try {
    header = JSON.parse(line);
  } catch {
    throw notManifest;
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) throw notManifest;
  const h = header;
  if (typeof h.format !== "string") throw notManifest;
  if (h.format !== MANIFEST_FORMAT) return h;
  const normalisation = h.normalisation;
  const problem = !Array.isArray(h.files) || !h.files.every((f) => typeof f === "string") ? '"files" (the training files it was built from)' : typeof normalisation !== "object" || normalisation === null || !Object.keys(DEFAULT_NORMALISATION).every((k) => typeof normalisation[k] === "boolean") ? '"normalisation"' : !["shingle_size", "num_perms", "seed"].every((k) => Number.isInteger(h[k])) ? '"shingle_size", "num_perms" or "seed"' : typeof h.key !== "string" || typeof h.text !== "string" || typeof h.signatures !== "boolean" ? '"key", "text" or "signatures"' : void 0;
  if (problem)
    throw new InputError(`the manifest's header has no valid ${problem}`, {
      file: path,
      line: 1,
      fix: 'rebuild the manifest with "sprintlab leakage manifest TRAIN_FILE... -o FILE.manifest"; do not edit it by hand'
    });
  return h;
}
function checkHeader(path, header, expected, needSignatures) {
  if (header.format !== MANIFEST_FORMAT) {
    throw new InputError(
      `the manifest is in format "${header.format}", but this version of Sprintlab reads "${MANIFEST_FORMAT}"`,
      {
        file: path,
        fix: "rebuild the manifest with this version: sprintlab leakage manifest TRAIN_FILE... -o FILE.manifest"
      }
    );
  }
  const diff = fingerprintingDifferences(header, expected);
  if (diff.length > 0) {
    throw new InputError(
      `the manifest was built with other normalisation or hashing settings than this check (manifest vs check: ${diff.join("; ")})`,
      {
        file: path,
        fix: "rebuild the manifest with the same settings as the check (same leakage.normalisation, shingle_size and num_perms), or change the check to match the manifest"
      }
    );
  }
  if (needSignatures && !header.signatures) {
    throw new InputError(
      "the manifest has no MinHash signatures, so it cannot be used for the near-duplicate check",
      {
        file: path,
        fix: 'rebuild the manifest without "--near off", or turn the near-duplicate check off (--near off, leakage.near_duplicate: false)'
      }
    );
  }
}

// src/io/data/progress.ts
var mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
var count = (n) => Math.round(n).toLocaleString("en-US");
var Progress = class {
  constructor(stream, rows, label) {
    this.stream = stream;
    this.rows = rows;
    this.label = label;
  }
  stream;
  rows;
  label;
  bytes = 0;
  started = performance.now();
  lastDraw = 0;
  drawn = false;
  addBytes = (n) => {
    this.bytes += n;
    if (!this.stream?.isTTY) return;
    const now = performance.now();
    if (now - this.lastDraw < 250) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1e3;
    this.stream.write(
      `\r\x1B[K${this.label}: ${mb(this.bytes)} read, ${count(this.rows())} rows (${count(this.rows() / seconds)} rows/s)`
    );
    this.drawn = true;
  };
  get seconds() {
    return (performance.now() - this.started) / 1e3;
  }
  /** Clears the live line and writes the one final line (also in CI). */
  finish(summary) {
    if (this.drawn) this.stream?.write("\r\x1B[K");
    const s = this.seconds;
    this.stream?.write(
      `${this.label}: ${summary}: ${count(this.rows())} rows, ${mb(this.bytes)} in ${s.toFixed(1)} s (${(this.bytes / 1e6 / Math.max(s, 1e-3)).toFixed(0)} MB/s)
`
    );
  }
};

// src/flows/leakage/check.ts
var at = (root, p) => root && !isAbsolute(p) ? resolve2(root, p) : p;
var readOptions = (settings, needId, onBytes) => ({
  key: settings.key,
  text: settings.text,
  needId,
  skipBadLines: settings.skip_bad_lines,
  onBytes
});
async function readEvalItems(path, settings, rootDir) {
  const items = [];
  await readRows(
    at(rootDir, path),
    { ...readOptions(settings, true), skipBadLines: false },
    {
      text: (_line, id, text) => items.push({ id, text })
    }
  );
  return items;
}
async function checkLeakage(run) {
  const { settings, rootDir } = run;
  const evalItems = await readEvalItems(run.eval, settings, rootDir);
  let scan;
  const here = () => {
    scan ??= new LeakageScan(evalItems, settings, run.eval, { findings });
    return scan;
  };
  const findings = new Findings(
    evalItems.map((e) => e.id),
    settings
  );
  if (evalItems.length === 0) here();
  let parallelRows = 0;
  let parallelSkipped = 0;
  let progressRows = 0;
  const progress = new Progress(run.progress, () => (scan?.trainItems ?? 0) + progressRows, "leakage");
  for (const name of run.train) {
    const path = at(rootDir, name);
    const format = formatOf(path);
    if (format === "manifest") {
      const s2 = here();
      await readManifest(
        path,
        settings,
        settings.near_duplicate !== void 0,
        (file2, line, id, hash, signature) => s2.trainFingerprint(s2.fileIndex(file2), line, id, hash, signature),
        progress.addBytes
      );
      continue;
    }
    const parallel = settings.near_duplicate === void 0 && (format === "jsonl" || format === "text");
    const threads = parallel ? threadsFor(await sizeOf(path)) : 1;
    if (threads > 1) {
      const done = parallelRows;
      const r = await checkFileInParallel(
        path,
        name,
        threads,
        evalItems,
        settings,
        run.eval,
        findings,
        (bytes, rows) => {
          progressRows = done + rows;
          progress.addBytes(bytes);
        }
      );
      parallelRows += r.trainItems;
      parallelSkipped += r.skipped;
      progressRows = parallelRows;
      continue;
    }
    const s = here();
    const file = s.fileIndex(name);
    s.skippedLines += await readRows(path, readOptions(settings, false, progress.addBytes), {
      text: (line, id, text) => s.trainText(file, line, id, text),
      bytes: (line, id, buf, start, end, json, idStart, idEnd) => s.trainAscii(file, line, id, buf, start, end, json, idStart, idEnd)
    });
  }
  const report = findings.report(
    (scan?.trainItems ?? 0) + parallelRows,
    (scan?.skippedLines ?? 0) + parallelSkipped
  );
  progress.finish(`${report.verdict}, ${report.eval_items.toLocaleString("en-US")} eval items checked`);
  return report;
}
async function sizeOf(path) {
  try {
    return (await stat3(path)).size;
  } catch (error) {
    throw readError(path, error);
  }
}
async function runLeakageCheck(config, rootDir, progress) {
  const plan = planLeakageCheck(config);
  return checkLeakage({ ...plan, rootDir, progress });
}
async function buildManifest(train, output, settings, rootDir, progressStream) {
  const header = {
    format: MANIFEST_FORMAT,
    normalisation: settings.normalisation,
    shingle_size: settings.shingle_size,
    num_perms: settings.num_perms,
    seed: settings.seed,
    key: settings.key,
    text: settings.text,
    signatures: settings.near_duplicate !== void 0,
    files: train
  };
  const writer = await ManifestWriter.create(at(rootDir, output), header);
  const progress = new Progress(progressStream, () => writer.rows, "manifest");
  const fp = writer.fingerprinter;
  let complete = false;
  try {
    for (let f = 0; f < train.length; f++) {
      await readRows(at(rootDir, train[f]), readOptions(settings, false, progress.addBytes), {
        text: (line, id, text) => writer.add(f, line, id, fp.fromText(text)),
        bytes: (line, id, buf, start, end, json, idStart = -1, idEnd = -1) => {
          const ok = fp.fromAscii(buf, start, end, json);
          if (ok === void 0) return false;
          writer.add(
            f,
            line,
            id ?? (idStart >= 0 ? Buffer.from(buf.buffer, buf.byteOffset + idStart, idEnd - idStart).toString("utf8") : void 0),
            ok
          );
          return true;
        }
      });
      await writer.drain();
    }
    complete = true;
  } finally {
    await writer.close(complete);
  }
  progress.finish(`wrote ${output}`);
  return writer.rows;
}

// src/core/leakage/gate-checks.ts
var WHAT = {
  exact_id: "share an id with a training row",
  exact_content: "have the same normalised text as a training row",
  near_duplicate: "are near-duplicates of a training row"
};
var pct = (r) => `${Number((r * 100).toPrecision(2))}%`;
function skippedMessage(report) {
  const share = `${report.skipped_lines.toLocaleString("en-US")} of ${(report.train_items + report.skipped_lines).toLocaleString("en-US")} training rows (${pct(skippedShare(report))}) were unreadable and skipped (--skip-bad-lines)`;
  return skippedVerdict(report) === "fail" ? `${share}, more than the allowed ${pct(report.max_skipped_share)} (leakage.max_skipped_share): the check cannot vouch for rows it did not read. Fix the rows named without --skip-bad-lines, or raise leakage.max_skipped_share.` : `${share}; allowed: ${pct(report.max_skipped_share)} (leakage.max_skipped_share).`;
}
function leakageChecks(report) {
  const kinds = ["exact_id", "exact_content"];
  if (report.findings.near_duplicate.threshold !== null) kinds.push("near_duplicate");
  const checks = kinds.map((kind) => {
    const finding = report.findings[kind];
    const status = kindVerdict(finding, report.max_ratio);
    const first = finding.examples[0];
    const where = first ? ` First: eval item "${first.eval_id}" at ${first.train_file}:${first.train_line}.` : "";
    const tolerated = `allowed: ${pct(report.max_ratio)}`;
    const message = finding.count === 0 ? `No eval item ${WHAT[kind].replace(/^(share|have|are)/, (v) => ({ share: "shares", have: "has", are: "is" })[v] ?? v)} (${report.eval_items} eval items against ${report.train_items} training rows).` : `${finding.count} of ${report.eval_items} eval items (${pct(finding.ratio)}) ${WHAT[kind]} (${tolerated}).${where}` + (status === "fail" ? " Remove them from the training data (or the eval set) and re-run the check." : "");
    return {
      id: `leakage:${kind}`,
      kind: "leakage",
      status,
      blocking: true,
      message,
      leakage_kind: kind,
      count: finding.count,
      ratio: finding.ratio,
      max_ratio: report.max_ratio,
      examples: finding.examples
    };
  });
  if (report.skipped_lines > 0)
    checks.push({
      id: "leakage:skipped",
      kind: "leakage",
      status: skippedVerdict(report),
      blocking: true,
      message: skippedMessage(report),
      count: report.skipped_lines,
      ratio: skippedShare(report),
      max_ratio: report.max_skipped_share
    });
  return checks;
}

export {
  kindVerdict,
  skippedVerdict,
  skippedMessage,
  leakageChecks,
  planLeakageCheck,
  leakageSettings,
  checkLeakage,
  runLeakageCheck,
  buildManifest
};
