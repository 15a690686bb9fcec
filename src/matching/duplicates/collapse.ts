/**
 * One entry per duplicate group in a ranked list (pure): the best-ranked member stands for its
 * group and carries the others, so the same seed registered three times takes one slot.
 * Groups are the connected components of the given pairs (marked duplicates and detected
 * near-identical ones): A ~ B and B ~ C put A, B and C together even when A and C were never
 * compared. Members missing from the list are ignored; ranks are renumbered 1, 2, 3 …
 */
export function collapseDuplicates<T extends { readonly id: string; readonly rank: number }>(
  ranked: readonly T[],
  pairs: Iterable<readonly [string, string]>,
): Array<T & { readonly duplicates: T[] }> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps long chains of marks cheap.
    let node = id;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const [a, b] of pairs) {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent.set(rootA < rootB ? rootB : rootA, rootA < rootB ? rootA : rootB);
  }
  const shown = new Map<string, T & { duplicates: T[] }>();
  const result: Array<T & { duplicates: T[] }> = [];
  for (const item of ranked) {
    const group = find(item.id);
    const representative = shown.get(group);
    if (representative) {
      representative.duplicates.push(item);
      continue;
    }
    const entry = { ...item, rank: result.length + 1, duplicates: [] as T[] };
    shown.set(group, entry);
    result.push(entry);
  }
  return result;
}
