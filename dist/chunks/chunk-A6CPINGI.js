import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/core/render/escape.ts
var MENTION = /@(?=[A-Za-z0-9_-])/g;
var MARKDOWN_PUNCTUATION = /[\\`*_[\]{}~|#!]/g;
function escapeText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`).replace(MENTION, "@&#8203;");
}
function escapeCell(text) {
  return escapeText(text.replace(/\r?\n|\r/g, " ").trim());
}
function markdownCell(markdown) {
  return markdown.replace(/\r?\n|\r/g, " ").replace(/\|/g, "\\|").trim();
}
function inlineCode(text) {
  const oneLine = text.replace(/\r?\n|\r/g, " ");
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}
function quoteBlock(text) {
  return text.replace(/\r\n?/g, "\n").split("\n").map((line) => `> ${escapeText(line)}`).join("\n");
}
function jsonForHtmlComment(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
var hiddenBlock = (name, value) => `<!-- sprintlab:${name} ${jsonForHtmlComment(value)} -->`;
function readHiddenBlock(text, name) {
  const open = `<!-- sprintlab:${name} `;
  const start = text.indexOf(open);
  if (start < 0) return void 0;
  const end = text.indexOf(" -->", start + open.length);
  if (end < 0) return void 0;
  try {
    return JSON.parse(text.slice(start + open.length, end));
  } catch {
    return void 0;
  }
}

export {
  escapeText,
  escapeCell,
  markdownCell,
  inlineCode,
  quoteBlock,
  hiddenBlock,
  readHiddenBlock
};
