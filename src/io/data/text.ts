import { forEachLine } from './lines.js';
import type { ReadOptions, RowSink } from './rows.js';

/** Plain text, one item a line; an eval item's id is its line number, training rows have none. */
export async function readTextLines(path: string, options: ReadOptions, sink: RowSink): Promise<number> {
  const lines = await forEachLine(
    path,
    (buf, start, end, line) => {
      if (start === end) return;
      const id = options.needId ? String(line) : undefined;
      if (sink.bytes?.(line, id, buf, start, end, false)) return;
      sink.text(line, id, buf.toString('utf8', start, end));
    },
    options.onBytes,
    options.range,
  );
  options.onLines?.(lines);
  return 0;
}
