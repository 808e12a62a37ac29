/**
 * `build(key)` made once per key object and kept as long as the key lives: for tables derived from a
 * lexicon set, a schema model or any other object that stays the same for many calls.
 */
export function memoize<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}
