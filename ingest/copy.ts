/**
 * `{ ...base, ...extra }` without spread syntax: on Node 20 a spread literal with keys of its own takes
 * a slow runtime path (about 1 µs a copy, several times Object.assign), and the pipeline copies every
 * mention, entity and relation. Same keys, same order, same values.
 */
export function withKeys<T extends object, U extends object>(base: T, extra: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, extra);
}
