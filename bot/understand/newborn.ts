/**
 * "老婆（31岁）刚生二胎，冇工作", 晋南 "媳妇刚生了老二": a baby just born to the writer or the writer's wife is a
 * child of the household, age 0, though no count or age names it (最低生活保障审核确认办法 第七条: 共同生活的
 * 家庭成员). Not when a baby of that age was already named ("BB 2个月"), nor when the children were counted.
 */
import { lastPersonBefore } from './named-before.ts';
import { firstPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';

export function newbornChild(r: Reading): void {
  if (r.ctx.slot !== 'summary') return;
  const hit = firstPhrase(r.text, 'justGaveBirth');
  if (!hit) return;
  const kids = r.people.list.filter((p) => p.rel === 'child' && p !== r.people.self);
  if (kids.some((p) => p.n > 1 || r.personFacts.get(p.key)?.age?.v === 0)) return;
  // The woman who gave birth: the last person named before, in the same sentence.
  const mother = lastPersonBefore(r.tokens, hit.index);
  if (!mother || (mother.rel !== 'self' && mother.rel !== 'spouse')) return;
  if (/[。；;]/.test(r.text.slice(mother.end, hit.index))) return;
  // ("刚生咗BB", "刚生了个儿子": the child word inside the phrase already named the baby.)
  const end = hit.index + hit.length;
  const baby =
    kids.find((p) => p.at >= hit.index && p.at < end && p.known === undefined && !r.personFacts.get(p.key)?.age) ??
    r.people.mention('child', hit.index, { counted: true });
  r.pf(baby).age ??= { v: 0, span: [hit.index, end] };
}
