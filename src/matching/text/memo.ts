/**
 * Memoises a pure function of one string. Words recur across a corpus (装置, "sensor", the same
 * keywords on many seeds), so stemming, phonetic keys and dictionary look-ups are worth
 * remembering; the cache is simply emptied when full, which bounds its memory.
 */
export function memoise<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
