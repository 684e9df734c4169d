/**
 * "有 两个都有", "都有", "三个人都有": asked whether anyone at home has a disability certificate, an
 * answer that says all of them, with no one named, is every member — when a count is said, only
 * if it is the household's size (a count that differs leaves the question of which ones).
 */
import { normalise } from '../../understand/tokens.ts';

const ALL = ['都有', '全都有', '全部都有', '都办了', '都有证', '都係有', '都系有'];
const COUNTS: Record<string, number> = {
  两: 2,
  俩: 2,
  二: 2,
  '2': 2,
  三: 3,
  仨: 3,
  '3': 3,
  四: 4,
  '4': 4,
  五: 5,
  '5': 5,
};

/** Whether the answer says every one of the `size` members (linear scans of a short text). */
export function allOfThem(text: string, size: number): boolean {
  const t = normalise(text).slice(0, 60);
  const at = Math.min(...ALL.map((w) => t.indexOf(w)).filter((i) => i >= 0));
  if (!Number.isFinite(at) || size < 2) return false;
  const before = [...t.slice(0, at)].map((c) => COUNTS[c]).filter((n) => n !== undefined);
  return before.length === 0 || before[before.length - 1] === size;
}
