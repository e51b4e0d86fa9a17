import { open } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';
import { Fingerprinter } from '../../core/leakage/fingerprint.js';
import {
  DEFAULT_NORMALISATION,
  type Fingerprinting,
  fingerprintingDifferences,
} from '../../core/leakage/settings.js';
import { openForReading, readError } from './lines.js';

/**
 * Hash manifests: what a leakage check needs from training data, without the data. The file is a
 * JSON header line (format, fingerprinting settings, file names) followed by little-endian binary
 * records: flags u8, file u16, line u32, [id length u16 + UTF-8 id], [content hash 2 x u32],
 * [signature: num_perms 8-bit MinHash values]; and a trailer (flags 0xff, row count f64) that proves the file is whole.
 */

export const MANIFEST_FORMAT = 'sprintlab.leakage-manifest/v1';

export interface ManifestHeader extends Fingerprinting {
  format: typeof MANIFEST_FORMAT;
  key: string;
  text: string;
  signatures: boolean;
  files: string[];
}

const HAS_ID = 1;
const HAS_HASH = 2;
const HAS_SIGNATURE = 4;
const TRAILER = 0xff;

/** Writes a manifest record by record through a 1 MB buffer. */
export class ManifestWriter {
  private buf = Buffer.allocUnsafe(1 << 20);
  private pos = 0;
  rows = 0;
  readonly fingerprinter: Fingerprinter;

  private constructor(
    private readonly handle: Awaited<ReturnType<typeof open>>,
    private readonly header: ManifestHeader,
  ) {
    this.fingerprinter = new Fingerprinter(header, header.signatures);
  }

  static async create(path: string, header: ManifestHeader): Promise<ManifestWriter> {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(path, 'w');
    } catch (error) {
      throw new InputError(
        `cannot write the manifest (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        {
          file: path,
          fix: 'choose an output path (-o) in a directory that exists and is writable',
        },
      );
    }
    const writer = new ManifestWriter(handle, header);
    await handle.write(`${JSON.stringify(header)}\n`);
    return writer;
  }

  /**
   * Adds a row whose fingerprints are in `fingerprinter` (hasText: whether the normalised text was
   * non-empty). Synchronous, so readers can call it from their per-line callbacks; full buffers are
   * queued for writing in order.
   */
  add(file: number, line: number, id: string | undefined, hasText: boolean): void {
    const k = this.header.num_perms;
    const idBytes = id === undefined ? undefined : Buffer.from(id, 'utf8');
    if (idBytes && idBytes.length > 0xffff)
      throw new InputError('an id is longer than 65535 bytes', {
        file: this.header.files[file],
        line,
        field: this.header.key,
        fix: 'use shorter ids',
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
      p = b.writeUInt32LE(fp.hash[0]!, p);
      p = b.writeUInt32LE(fp.hash[1]!, p);
    }
    if (sign) {
      fp.computeSignature();
      for (let i = 0; i < k; i++) b[p++] = fp.signature[i]!;
    }
    this.pos = p;
    this.rows++;
  }

  /** Waits until everything queued so far is on disk. */
  async drain(): Promise<void> {
    await this.writing;
  }

  async close(complete = true): Promise<void> {
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

  private writing: Promise<unknown> = Promise.resolve();

  private flush(): void {
    const full = this.buf.subarray(0, this.pos);
    this.writing = this.writing.then(() => this.handle.write(full));
    this.buf = Buffer.allocUnsafe(this.buf.length);
    this.pos = 0;
  }
}

export type ManifestVisitor = (
  file: string,
  line: number,
  id: string | undefined,
  hash: [number, number] | undefined,
  signature: Uint32Array | undefined,
) => void;

/**
 * Streams a manifest's records to `visit` after checking that it was built with `expected`
 * fingerprinting (and with signatures when `needSignatures`).
 */
export async function readManifest(
  path: string,
  expected: Fingerprinting,
  needSignatures: boolean,
  visit: ManifestVisitor,
  onBytes?: (n: number) => void,
): Promise<number> {
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
    const header = parseHeader(path, nl < 0 ? undefined : buf.toString('utf8', 0, nl));
    checkHeader(path, header, expected, needSignatures);
    const k = header.num_perms;
    const signature = new Uint32Array(k);
    const maxRecord = 7 + 2 + 0xffff + 8 + k;
    let pos = nl + 1;
    const truncated = () =>
      new InputError('the manifest is truncated (its end marker is missing)', {
        file: path,
        fix: 'rebuild it with "sprintlab leakage manifest"; the write was probably interrupted',
      });
    for (;;) {
      if (filled - pos < maxRecord && !eof) {
        buf.copy(buf, 0, pos, filled);
        filled -= pos;
        pos = 0;
        while (filled < maxRecord && !eof) await fill();
      }
      if (pos >= filled) throw truncated();
      const flags = buf[pos]!;
      if (flags === TRAILER) {
        if (filled - pos < 9) throw truncated();
        return buf.readDoubleLE(pos + 1);
      }
      if (flags & ~7 || filled - pos < 7) throw truncated();
      const file = buf.readUInt16LE(pos + 1);
      const line = buf.readUInt32LE(pos + 3);
      let p = pos + 7;
      let id: string | undefined;
      if (flags & HAS_ID) {
        const len = buf.readUInt16LE(p);
        id = buf.toString('utf8', p + 2, p + 2 + len);
        p += 2 + len;
      }
      let hash: [number, number] | undefined;
      if (flags & HAS_HASH) {
        hash = [buf.readUInt32LE(p), buf.readUInt32LE(p + 4)];
        p += 8;
      }
      let sig: Uint32Array | undefined;
      if (flags & HAS_SIGNATURE) {
        for (let i = 0; i < k; i++) signature[i] = buf[p + i]!;
        p += k;
        sig = signature;
      }
      if (p > filled) throw truncated();
      visit(header.files[file] ?? `#${file}`, line, id, hash, sig);
      pos = p;
    }
  } catch (error) {
    const problem = readError(path, error);
    // A record that claims more bytes than the buffer holds: damage, not a bug.
    if (problem instanceof RangeError)
      throw new InputError('the manifest is damaged (a record runs past the end of the data)', {
        file: path,
        fix: 'rebuild it with "sprintlab leakage manifest"',
      });
    throw problem;
  } finally {
    await handle.close();
  }
}

function parseHeader(path: string, line: string | undefined): ManifestHeader {
  const notManifest = new InputError('not a Sprintlab leakage manifest (no header line)', {
    file: path,
    fix: 'build manifests with "sprintlab leakage manifest TRAIN_FILE... -o FILE.manifest"',
  });
  if (line === undefined) throw notManifest;
  let header: unknown;
  try {
    header = JSON.parse(line);
  } catch {
    throw notManifest;
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) throw notManifest;
  const h = header as Record<string, unknown>;
  if (typeof h.format !== 'string') throw notManifest;
  // Another format's header is refused by name in checkHeader; this one's must have every field.
  if (h.format !== MANIFEST_FORMAT) return h as unknown as ManifestHeader;
  const normalisation = h.normalisation as Record<string, unknown> | undefined;
  const problem =
    !Array.isArray(h.files) || !h.files.every((f) => typeof f === 'string')
      ? '"files" (the training files it was built from)'
      : typeof normalisation !== 'object' ||
          normalisation === null ||
          !Object.keys(DEFAULT_NORMALISATION).every((k) => typeof normalisation[k] === 'boolean')
        ? '"normalisation"'
        : !(['shingle_size', 'num_perms', 'seed'] as const).every((k) => Number.isInteger(h[k]))
          ? '"shingle_size", "num_perms" or "seed"'
          : typeof h.key !== 'string' || typeof h.text !== 'string' || typeof h.signatures !== 'boolean'
            ? '"key", "text" or "signatures"'
            : undefined;
  if (problem)
    throw new InputError(`the manifest's header has no valid ${problem}`, {
      file: path,
      line: 1,
      fix: 'rebuild the manifest with "sprintlab leakage manifest TRAIN_FILE... -o FILE.manifest"; do not edit it by hand',
    });
  return h as unknown as ManifestHeader;
}

function checkHeader(
  path: string,
  header: ManifestHeader,
  expected: Fingerprinting,
  needSignatures: boolean,
): void {
  if (header.format !== MANIFEST_FORMAT) {
    throw new InputError(
      `the manifest is in format "${header.format}", but this version of Sprintlab reads "${MANIFEST_FORMAT}"`,
      {
        file: path,
        fix: 'rebuild the manifest with this version: sprintlab leakage manifest TRAIN_FILE... -o FILE.manifest',
      },
    );
  }
  const diff = fingerprintingDifferences(header, expected);
  if (diff.length > 0) {
    throw new InputError(
      `the manifest was built with other normalisation or hashing settings than this check (manifest vs check: ${diff.join('; ')})`,
      {
        file: path,
        fix: 'rebuild the manifest with the same settings as the check (same leakage.normalisation, shingle_size and num_perms), or change the check to match the manifest',
      },
    );
  }
  if (needSignatures && !header.signatures) {
    throw new InputError(
      'the manifest has no MinHash signatures, so it cannot be used for the near-duplicate check',
      {
        file: path,
        fix: 'rebuild the manifest without "--near off", or turn the near-duplicate check off (--near off, leakage.near_duplicate: false)',
      },
    );
  }
}
