/**
 * The one escaper for user text that Sprintlab writes back to GitHub. Issue bodies, slash command
 * arguments and metric names come from people: rendered as-is they could ping whole teams
 * (`@org/team`), inject HTML, or break a Markdown table. Everything user-written goes through here.
 */

// A zero-width space after `@` keeps the text readable but stops GitHub from resolving a mention.
const MENTION = /@(?=[A-Za-z0-9_-])/g;
const MARKDOWN_PUNCTUATION = /[\\`*_[\]{}~|#!]/g;

/** Plain text made safe for Markdown prose: no HTML, no mentions, no formatting surprises. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    .replace(MENTION, '@&#8203;');
}

/** One table cell: escaped text on one line, pipes escaped so the row keeps its columns. */
export function escapeCell(text: string): string {
  return escapeText(text.replace(/\r?\n|\r/g, ' ').trim());
}

/** Our own Markdown (already safe) placed in a table cell: one line, pipes escaped, formatting kept. */
export function markdownCell(markdown: string): string {
  return markdown
    .replace(/\r?\n|\r/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** Text shown verbatim in an inline code span; backticks inside are fenced by a longer run. */
export function inlineCode(text: string): string {
  const oneLine = text.replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  // Inside code spans mentions are not resolved and HTML is not rendered, so no other escaping is needed.
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** A multi-line quote of user text (learnings, notes), escaped line by line. */
export function quoteBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => `> ${escapeText(line)}`)
    .join('\n');
}

/**
 * JSON that can sit inside an HTML comment. `>` and `<` only ever occur inside JSON strings, so
 * replacing them with \u escapes keeps the JSON identical once parsed while making `-->` impossible.
 */
export function jsonForHtmlComment(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A hidden machine-readable block: `<!-- sprintlab:NAME {json} -->`. */
export const hiddenBlock = (name: string, value: unknown): string =>
  `<!-- sprintlab:${name} ${jsonForHtmlComment(value)} -->`;

/** Reads back the JSON of a hidden block written by `hiddenBlock`; undefined if absent or unreadable. */
export function readHiddenBlock(text: string, name: string): unknown {
  const open = `<!-- sprintlab:${name} `;
  const start = text.indexOf(open);
  if (start < 0) return undefined;
  const end = text.indexOf(' -->', start + open.length);
  if (end < 0) return undefined;
  try {
    return JSON.parse(text.slice(start + open.length, end));
  } catch {
    return undefined;
  }
}
