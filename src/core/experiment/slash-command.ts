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

/** Reads the command on the comment's first line; undefined when the comment is not a command. */
export function parseSlashCommand(body: string | null | undefined): SlashCommand | undefined {
  const text = (body ?? '').replace(/\r\n?/g, '\n').trimStart();
  const match = /^\/([a-z][a-z-]*)\b[ \t]*(.*)$/im.exec(text.split('\n', 1)[0] ?? '');
  if (!match) return undefined;
  const name = (match[1] ?? '').toLowerCase();
  const firstLine = (match[2] ?? '').trim();
  const after = text.slice(text.indexOf('\n') >= 0 ? text.indexOf('\n') + 1 : text.length).trim();
  const pairs: Record<string, string> = {};
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
