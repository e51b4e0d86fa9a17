import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/core/gate/format.ts
function num(value, digits = 4) {
  if (value === void 0 || Number.isNaN(value)) return "\u2013";
  if (!Number.isFinite(value)) return value > 0 ? "\u221E" : "-\u221E";
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4) return value.toExponential(2);
  return String(Number(value.toPrecision(digits)));
}
function pValue(p) {
  if (p === void 0 || Number.isNaN(p)) return "\u2013";
  if (p < 1e-4) return p.toExponential(1);
  return String(Number(p.toPrecision(2)));
}
function signed(value, digits = 4) {
  return `${value > 0 ? "+" : ""}${num(value, digits)}`;
}
function change(delta, from, to) {
  const abs = num(Math.abs(delta));
  if (from >= 0 && from <= 1 && to >= 0 && to <= 1 && Math.max(from, to) >= 0.05)
    return `${abs} (${num(Math.abs(delta) * 100, 3)} points)`;
  if (from !== 0) return `${abs} (${num(Math.abs(delta / from) * 100, 3)}%)`;
  return abs;
}
function withoutTrailingZeros(text) {
  if (!text.includes(".")) return text;
  let end = text.length;
  while (text[end - 1] === "0") end--;
  if (text[end - 1] === ".") end--;
  return text.slice(0, end);
}

export {
  num,
  pValue,
  signed,
  change,
  withoutTrailingZeros
};
