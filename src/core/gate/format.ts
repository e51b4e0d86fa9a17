/** Number formatting shared by every gate message and table: short, exact enough, never "NaN". */

export function num(value: number | undefined, digits = 4): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4) return value.toExponential(2);
  return String(Number(value.toPrecision(digits)));
}

export function pValue(p: number | undefined): string {
  if (p === undefined || Number.isNaN(p)) return '–';
  if (p < 1e-4) return p.toExponential(1);
  return String(Number(p.toPrecision(2)));
}

export function signed(value: number, digits = 4): string {
  return `${value > 0 ? '+' : ''}${num(value, digits)}`;
}

/** A change in both units and a reader's terms: points for rates in [0, 1], percent otherwise. */
export function change(delta: number, from: number, to: number): string {
  const abs = num(Math.abs(delta));
  if (from >= 0 && from <= 1 && to >= 0 && to <= 1 && Math.max(from, to) >= 0.05)
    return `${abs} (${num(Math.abs(delta) * 100, 3)} points)`;
  if (from !== 0) return `${abs} (${num(Math.abs(delta / from) * 100, 3)}%)`;
  return abs;
}

/** `1.2300` → `1.23`, `4.000` → `4`, `10` stays `10`: a loop, since a `0+$` regex backtracks on long zero runs. */
export function withoutTrailingZeros(text: string): string {
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text[end - 1] === '0') end--;
  if (text[end - 1] === '.') end--;
  return text.slice(0, end);
}
