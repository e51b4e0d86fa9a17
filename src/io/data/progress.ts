/** Where progress goes: a TTY gets a live line; anything else (CI logs) only the final line. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const count = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Rows and bytes read so far, shown at most a few times a second on a terminal. */
export class Progress {
  bytes = 0;
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream | undefined,
    private readonly rows: () => number,
    private readonly label: string,
  ) {}

  addBytes = (n: number): void => {
    this.bytes += n;
    if (!this.stream?.isTTY) return;
    const now = performance.now();
    if (now - this.lastDraw < 250) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    this.stream.write(
      `\r\x1b[K${this.label}: ${mb(this.bytes)} read, ${count(this.rows())} rows (${count(this.rows() / seconds)} rows/s)`,
    );
    this.drawn = true;
  };

  get seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** Clears the live line and writes the one final line (also in CI). */
  finish(summary: string): void {
    if (this.drawn) this.stream?.write('\r\x1b[K');
    const s = this.seconds;
    this.stream?.write(
      `${this.label}: ${summary}: ${count(this.rows())} rows, ${mb(this.bytes)} in ${s.toFixed(1)} s (${(this.bytes / 1e6 / Math.max(s, 1e-3)).toFixed(0)} MB/s)\n`,
    );
  }
}
