/**
 * Table lookups keyed by a value that may come from outside (a query string, a form field, a
 * delivery's field, a stored column): only the table's own entries count. `table[key]` and
 * `key in table` also find what every object inherits, so `?changed=constructor` printed the
 * source name of a function and `__proto__` gave "[object Object]".
 */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
