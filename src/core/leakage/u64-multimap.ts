/**
 * An open-addressing multimap from 64-bit keys (two 32-bit words) to small integers (eval item
 * indices). Typed arrays instead of a Map of strings, because the training side probes it once per
 * row and per LSH band, millions of times, and string keys would allocate on every probe.
 */
export class U64MultiMap {
  private mask: number;
  private keyHi: Int32Array;
  private keyLo: Int32Array;
  private head: Int32Array;
  private values: Int32Array;
  private next: Int32Array;
  private entries = 0;
  private keys = 0;
  /**
   * One bit per key (16 bits of filter per expected key, indexed by the high word): most probes of
   * a large table are misses, and the filter answers them from a few MB that stay in cache instead
   * of a cache miss in the table.
   */
  private readonly filter: Int32Array;
  private readonly filterMask: number;

  constructor(expectedEntries: number) {
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

  add(hi: number, lo: number, value: number): void {
    if ((this.keys + 1) / 0.6 > this.mask + 1) this.rehash();
    const bit = hi & this.filterMask;
    this.filter[bit >>> 5] = this.filter[bit >>> 5]! | (1 << (bit & 31));
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
      slot = (slot + 1) & this.mask;
    const e = this.entries++;
    this.values[e] = value;
    if (this.head[slot] === -1) {
      this.keys++;
      this.keyHi[slot] = hi;
      this.keyLo[slot] = lo;
      this.next[e] = -1;
    } else {
      this.next[e] = this.head[slot]!;
    }
    this.head[slot] = e;
  }

  /** The first entry stored under the key, or -1; walk on with `nextEntry`. */
  first(hi: number, lo: number): number {
    hi |= 0;
    lo |= 0;
    const bit = hi & this.filterMask;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    let slot = lo & this.mask;
    for (;;) {
      const h = this.head[slot]!;
      if (h === -1) return -1;
      if (this.keyLo[slot] === lo && this.keyHi[slot] === hi) return h;
      slot = (slot + 1) & this.mask;
    }
  }

  nextEntry(entry: number): number {
    return this.next[entry]!;
  }

  valueOf(entry: number): number {
    return this.values[entry]!;
  }

  private rehash(): void {
    const { keyHi, keyLo, head } = this;
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.keyHi = new Int32Array(cap);
    this.keyLo = new Int32Array(cap);
    this.head = new Int32Array(cap).fill(-1);
    for (let s = 0; s < head.length; s++) {
      if (head[s] === -1) continue;
      let slot = keyLo[s]! & this.mask;
      while (this.head[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keyHi[slot] = keyHi[s]!;
      this.keyLo[slot] = keyLo[s]!;
      this.head[slot] = head[s]!;
    }
  }
}
