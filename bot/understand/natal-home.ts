/**
 * "娘家父母也是种地的", "娘家母亲偶尔接济点", 粤 "外家阿妈有时畀啲钱": a married woman's natal family
 * (娘家, 外家) keeps its own household; the relatives named as of it live apart and are not members
 * (最低生活保障审核确认办法 第七条: 共同生活的家庭成员). Not when she is said to live there herself
 * ("离婚后带孩子回娘家住"): then they are the household she lives in.
 */
import { endsWithPhrase, hasPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';

export function natalHomeKinApart(r: Reading): void {
  if (r.ctx.slot !== 'summary' || hasPhrase(r.text, 'livesAtNatalHome')) return;
  for (const p of r.people.list) {
    if (p === r.people.self || p.at <= 0 || p.rel === 'spouse' || p.rel === 'child' || p.known !== undefined) continue;
    if (endsWithPhrase(r.text.slice(Math.max(0, p.at - 3), p.at), 'natalHome')) p.apart = true;
  }
}
