/**
 * What an answer changed in the household, kept in its history entry instead of a whole copy of the household
 * as it was before. With copies the session grew by a household every answer, and every message parsed, sealed,
 * encrypted and wrote them all. Only answers and 返回 change the household, so 返回 applies the last entry's
 * undo to the household that answer left and gets the earlier household back exactly, key order included.
 */
import type { Household } from '../screening/index.ts';

/** Each step: a path into the household and the value there before, or the path alone for a key the answer added. */
export type HouseholdUndo = [path: (string | number)[], value?: unknown][];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A key set to undefined is no key at all once stored as JSON. */
const keysOf = (o: Obj) => Object.keys(o).filter((k) => o[k] !== undefined);

/** The undo that turns `after` back into `before`. */
export function undoOf(before: Household, after: Household): HouseholdUndo {
  const undo: HouseholdUndo = [];
  diff(before, after, [], undo);
  return undo;
}

function diff(b: unknown, a: unknown, path: (string | number)[], undo: HouseholdUndo): void {
  if (b === a) return;
  if (Array.isArray(b) && Array.isArray(a) && a.length === b.length) {
    for (let i = 0; i < b.length; i++) diff(b[i], a[i], [...path, i], undo);
    return;
  }
  if (isObj(b) && isObj(a)) {
    const bKeys = keysOf(b);
    const common = keysOf(a).filter((k) => b[k] !== undefined);
    // Removing the added keys must leave the earlier keys in their order, or the object is kept whole.
    if (common.length === bKeys.length && common.every((k, i) => k === bKeys[i])) {
      for (const k of keysOf(a)) if (b[k] === undefined) undo.push([[...path, k]]);
      for (const k of bKeys) diff(b[k], a[k], [...path, k], undo);
      return;
    }
  }
  undo.push([path, b]);
}

/** `after` with `undo` applied; `after` is not changed (only the objects on the undo's paths are copied). */
export function undone(after: Household, undo: HouseholdUndo): Household {
  let root: unknown = after;
  const copied = new Set<unknown>();
  const copy = (v: unknown) => {
    const c = Array.isArray(v) ? v.slice() : { ...(v as Obj) };
    copied.add(c);
    return c;
  };
  for (const [path, ...value] of undo) {
    if (path.length === 0) {
      root = value[0];
      continue;
    }
    if (!copied.has(root)) root = copy(root);
    let node = root as Obj;
    for (const key of path.slice(0, -1)) {
      let child = node[key];
      if (!copied.has(child)) node[key] = child = copy(child);
      node = child as Obj;
    }
    const last = path.at(-1)!;
    if (value.length > 0) node[last] = value[0];
    else delete node[last];
  }
  return root as Household;
}
