/**
 * Code-point order of two strings (ids, codes): deterministic ties and sorted output that do not
 * depend on a database collation, which may ignore "." and "-" and interleave subtrees.
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
