/**
 * A copy with no prototype, for records keyed by names users choose (metrics, slices): a metric named
 * `constructor`, `toString` or `__proto__` is then only ever its own entry, never something inherited.
 */
export function ownRecord<T>(source: Readonly<Record<string, T>> | undefined): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (source) for (const [key, value] of Object.entries(source)) out[key] = value;
  return out;
}
