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
type Path = (string | number)[];
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The undo that turns `after` back into `before`. */
export function undoOf(before: Household, after: Household): HouseholdUndo {
  const undo: HouseholdUndo = [];
  diff(before, after, [], undo);
  return undo;
}

// One path array pushed and popped on the way down, copied only into a step: this runs on every answer.
function diff(b: unknown, a: unknown, path: Path, undo: HouseholdUndo): void {
  if (Array.isArray(b) && Array.isArray(a) && a.length === b.length) {
    for (let i = 0; i < b.length; i++) if (b[i] !== a[i]) into(b[i], a[i], i, path, undo);
    return;
  }
  if (isObj(b) && isObj(a) && sameOrder(b, a)) {
    // A key set to undefined is no key at all once stored as JSON.
    for (const k in a) if (a[k] !== undefined && b[k] === undefined) undo.push([[...path, k]]);
    for (const k in b) if (b[k] !== undefined && b[k] !== a[k]) into(b[k], a[k], k, path, undo);
    return;
  }
  undo.push([path.slice(), b]);
}

function into(b: unknown, a: unknown, key: string | number, path: Path, undo: HouseholdUndo): void {
  path.push(key);
  diff(b, a, path, undo);
  path.pop();
}

/** Whether taking away the keys `after` added leaves `before`'s keys in their order; if not, it is kept whole. */
function sameOrder(b: Obj, a: Obj): boolean {
  const bKeys = Object.keys(b);
  let i = 0;
  const skip = () => {
    while (i < bKeys.length && b[bKeys[i]!] === undefined) i++;
  };
  for (const k in a) {
    if (a[k] === undefined || b[k] === undefined) continue;
    skip();
    if (bKeys[i] !== k) return false;
    i++;
  }
  skip();
  return i === bKeys.length;
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
