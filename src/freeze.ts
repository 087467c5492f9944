/**
 * Deep freezing of exported data, so that no caller can change what later calls return
 * (`entityResources.en.country.VN = …` throws in strict mode and is ignored otherwise).
 */

/** Plain data only: objects with the Object prototype (or none) and arrays. Class instances and RegExps are left alone. */
function isPlainData(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Freezes a tree of plain objects and arrays, every level of it, and returns it. Iterative (any
 * depth) and safe on shared or circular references. Annotated as free of side effects so that a
 * bundler drops an unused frozen export together with its data.
 *
 * @example
 * const table = deepFreeze({ en: { country: { VN: 'Viet Nam' } } });
 * Object.isFrozen(table.en.country) // true
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  if (!isPlainData(value)) return value;
  const seen = new Set<object>([value]);
  const stack: object[] = [value];
  while (stack.length > 0) {
    const node = stack.pop() as object;
    Object.freeze(node);
    for (const key of Reflect.ownKeys(node)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(node, key);
      const child: unknown = descriptor && 'value' in descriptor ? descriptor.value : undefined;
      if (isPlainData(child) && !seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  return value;
}
