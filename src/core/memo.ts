/**
 * A value kept per pair of objects (a model and an NLP engine's form numbering, say), made on first use and dropped
 * with either object: `map` holds the pairs, `make` builds a value for a pair not seen yet.
 * @example const slots = perPair(CACHE, model, forms, () => ({ known: new Int32Array(1 << 16) }));
 */
export function perPair<A extends object, B extends object, V>(
  map: WeakMap<A, WeakMap<B, V>>,
  a: A,
  b: B,
  make: () => V,
): V {
  let byB = map.get(a);
  if (byB === undefined) {
    byB = new WeakMap();
    map.set(a, byB);
  }
  let value = byB.get(b);
  if (value === undefined) {
    value = make();
    byB.set(b, value);
  }
  return value;
}
