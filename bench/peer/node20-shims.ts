/**
 * PostGraphile 5 targets Node ≥ 22 and uses two built-ins Node 20 lacks. This module is imported
 * first by the peer's process only (never by musubi), and adds them when missing.
 */
type Resolvers<T> = { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };

const promise = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };
if (typeof promise.withResolvers !== 'function') {
  promise.withResolvers = <T>(): Resolvers<T> => {
    let resolve!: Resolvers<T>['resolve'];
    let reject!: Resolvers<T>['reject'];
    const created = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise: created, resolve, reject };
  };
}

const set = Set.prototype as unknown as { union?: <T>(this: Set<T>, other: Iterable<T>) => Set<T> };
if (typeof set.union !== 'function') {
  set.union = function union<T>(this: Set<T>, other: Iterable<T>): Set<T> {
    const result = new Set(this);
    for (const item of other) result.add(item);
    return result;
  };
}
