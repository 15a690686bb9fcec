/**
 * Whether a stored value equals the value an import would write. Objects compare by content
 * whatever their key order (jsonb does not keep it), dates by instant, null like undefined.
 */
export function sameValue(stored: unknown, incoming: unknown): boolean {
  return canonical(stored) === canonical(incoming);
}

export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
