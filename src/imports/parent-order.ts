/**
 * Orders records so that each comes after its parent when the parent is in the same list
 * (an institution may name a parent defined further down the file). Records whose parent
 * chain loops back on itself are returned separately.
 */
export function orderParentsFirst<T>(items: T[], identity: (item: T) => string, parent: (item: T) => string | null): { ordered: T[]; cyclic: T[] } {
  const byIdentity = new Map(items.map((item) => [identity(item), item]));
  const state = new Map<T, 'visiting' | 'done' | 'cyclic'>();
  const ordered: T[] = [];
  const cyclic: T[] = [];

  const visit = (item: T, path: T[]): void => {
    const seen = state.get(item);
    if (seen === 'done' || seen === 'cyclic') return;
    if (seen === 'visiting') {
      for (const member of path.slice(path.indexOf(item))) {
        state.set(member, 'cyclic');
        cyclic.push(member);
      }
      return;
    }
    state.set(item, 'visiting');
    const parentKey = parent(item);
    const parentItem = parentKey === null ? undefined : byIdentity.get(parentKey);
    if (parentItem) visit(parentItem, [...path, item]);
    if (state.get(item) === 'visiting') {
      state.set(item, 'done');
      ordered.push(item);
    }
  };
  for (const item of items) visit(item, []);
  // A record whose ancestor loops is not itself in the loop, but cannot be written either.
  const cyclicSet = new Set(cyclic);
  return { ordered: ordered.filter((item) => !dependsOn(item, cyclicSet, byIdentity, parent)), cyclic };
}

function dependsOn<T>(item: T, cyclic: Set<T>, byIdentity: Map<string, T>, parent: (item: T) => string | null): boolean {
  let current: T | undefined = item;
  const seen = new Set<T>();
  while (current && !seen.has(current)) {
    if (cyclic.has(current)) return true;
    seen.add(current);
    const key = parent(current);
    current = key === null ? undefined : byIdentity.get(key);
  }
  return false;
}
