import { ownRecord } from '../own-record.js';

/** A slash command read from the first line of an issue comment: `/log accuracy=0.84 gpu_hours=6 warm restart`. */
export interface SlashCommand {
  name: string;
  /** Everything after the command name on the first line, plus the rest of the comment. */
  text: string;
  /** `key=value` pairs from the first line. */
  pairs: Record<string, string>;
  /** The first-line words that are not pairs, joined: a note, learnings, a blocker. */
  rest: string;
}

export const COMMAND_NAMES = [
  'start',
  'log',
  'evaluate',
  'iterate',
  'kill',
  'promote',
  'block',
  'unblock',
  'stage',
  'help',
] as const;

/**
 * Reads the command on the comment's first line; undefined when the comment is not a command.
 * Only a line Markdown shows as prose counts: a command quoted (`> /kill`), in a code block (fenced,
 * or indented by four spaces or a tab) or in an HTML comment is someone showing it, not running it.
 */
export function parseSlashCommand(body: string | null | undefined): SlashCommand | undefined {
  const lines = (body ?? '').replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const line = lines[first] ?? '';
  if (/^(?: {4}| {0,3}\t)/.test(line)) return undefined;
  const text = lines.slice(first).join('\n').trimStart();
  // `/usr/bin/python crashes` is a path in prose, not a command; no command name is 40 letters long.
  const match = /^\/([a-z][a-z-]*)\b(?!\/)(.*)/i.exec(line.trim());
  if (!match || (match[1] ?? '').length > 40) return undefined;
  const name = (match[1] ?? '').toLowerCase();
  const firstLine = (match[2] ?? '').trim();
  const after = text.slice(text.indexOf('\n') >= 0 ? text.indexOf('\n') + 1 : text.length).trim();
  const pairs = ownRecord<string>(undefined);
  const words: string[] = [];
  for (const token of firstLine.split(/\s+/).filter(Boolean)) {
    const pair = /^([A-Za-z_][\w.:/-]*)=(\S+)$/.exec(token);
    if (pair?.[1] && pair[2] !== undefined) pairs[pair[1]] = pair[2];
    else words.push(token);
  }
  return {
    name,
    text: [firstLine, after].filter(Boolean).join('\n'),
    pairs,
    rest: [words.join(' '), after].filter(Boolean).join('\n'),
  };
}

/**
 * Whether Sprintlab should answer this command name: its own commands and near misses of them.
 * Other names (`/cc`, `/assign`, `/shrug`) belong to people or other bots and are left alone.
 */
export const isForSprintlab = (name: string): boolean =>
  (COMMAND_NAMES as readonly string[]).includes(name) || suggestCommand(name) !== undefined;

/** Edit distance with swapped neighbours counted as one edit (`strat`), small strings only. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The command a typo most likely meant (`/kil` → `kill`, `/promte` → `promote`, `/eval` → `evaluate`),
 * so the person gets the fix instead of a table to read; undefined when nothing is close.
 */
export function suggestCommand(name: string): string | undefined {
  const lower = name.toLowerCase();
  const prefixed = COMMAND_NAMES.filter((c) => lower.length >= 3 && c.startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  let best: { name: string; d: number } | undefined;
  for (const c of COMMAND_NAMES) {
    const d = distance(lower, c);
    if (!best || d < best.d) best = { name: c, d };
  }
  return best && best.d <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}
