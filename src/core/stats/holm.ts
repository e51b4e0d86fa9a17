/**
 * Holm–Bonferroni adjusted p-values, in the order given.
 *
 * Sorted ascending, the i-th smallest of m p-values becomes max over j <= i of
 * min(1, (m - j + 1) p_(j)): step-down Bonferroni, kept monotone so that a smaller raw
 * p never ends up with a larger adjusted one. NaN entries (tests that could not run)
 * stay NaN and do not count towards m, so a metric with too few seeds does not
 * weaken the correction for the others.
 */
export function holm(pValues: readonly number[]): number[] {
  const order = pValues
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => !Number.isNaN(p))
    .sort((x, y) => x.p - y.p || x.index - y.index);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 0;
  order.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}
