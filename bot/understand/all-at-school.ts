/**
 * Schooling said once for several children (都上学): every child named before it in the sentence is at school.
 */
import type { ClauseReading } from './clause-reading.ts';
import type { Person } from './people.ts';
import type { Reading } from './reading.ts';
import { isPhrase } from './phrases.ts';
import { sentenceBefore } from './sentence-window.ts';

/**
 * "儿子12岁，女儿9岁，都上学", "两个娃一个13岁一个9岁都在村里上学", 粤 "个仔个女都读紧书": in a summary, 都
 * before the schooling word (with at most a short place between, 在村里) says every child named just before
 * in the sentence is at school, not only the last one. Returns those children (grandchildren), one by one
 * (the parts of a counted group rather than the group), when at least two are named; else undefined.
 */
export function allAtSchool(r: Reading, c: ClauseReading, i: number): Person[] | undefined {
  if (r.ctx.slot !== 'summary') return undefined;
  const tok = c.clause[i]!;
  // 都, then nothing or a short place (在村里, 喺镇上) before the schooling word.
  let j = i - 1;
  while (j >= 0 && c.clause[j]!.start >= tok.start - 7 && !isPhrase(c.clause[j]!.text, 'bothWord')) j--;
  if (j < 0 || !isPhrase(c.clause[j]!.text, 'bothWord')) return undefined;
  const between = r.text.slice(c.clause[j]!.end, tok.start);
  if (between.length > 6 || (between.length > 0 && !/^[在喺]/.test(between))) return undefined;
  const start = tok.start - sentenceBefore(r.text, tok.start).length;
  const named = r.people.list.filter(
    (p) =>
      (p.rel === 'child' || p.rel === 'grandchild') &&
      p.at >= start &&
      p.at < tok.start &&
      !p.dead &&
      !p.apart &&
      !p.bystander,
  );
  const groups = new Set(named.map((p) => p.partOf).filter((k) => k !== undefined));
  const one = named.filter((p) => !groups.has(p.key));
  return one.length >= 2 ? one : undefined;
}
