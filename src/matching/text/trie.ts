/** A trie over key sequences (characters, or stemmed tokens) for longest-match lookup. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  ids?: string[];
}

export const newNode = (): TrieNode => ({ next: new Map() });

export function insert(root: TrieNode, keys: readonly string[], id: string): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = newNode()));
    node = child;
  }
  node.ids = [...(node.ids ?? []), id];
}

/** Longest path from `start` that ends at a node carrying ids. */
export function longestMatch(
  root: TrieNode,
  keys: readonly string[],
  start: number,
  accept: (end: number) => boolean,
): { end: number; ids: string[] } | undefined {
  let node: TrieNode | undefined = root;
  let best: { end: number; ids: string[] } | undefined;
  for (let i = start; i < keys.length && node; i++) {
    node = node.next.get(keys[i]);
    if (node?.ids && accept(i + 1)) best = { end: i + 1, ids: node.ids };
  }
  return best;
}
