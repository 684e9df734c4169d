/**
 * "与哥哥（53岁）一家同住。哥哥务农，嫂子在家，侄子外出打工", 粤 "同大佬一家住": living in a brother's or
 * sister's family home, the spouse and children of theirs named after are of the same household (最低生活保障
 * 审核确认办法 第七条: 共同生活的家庭成员), not relatives set aside, unless said to live elsewhere themselves.
 */
import { bareKinWord } from './people.ts';
import { firstPhrase, isPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';
import { lastPersonBefore } from './named-before.ts';

export function siblingFamilyWith(r: Reading): void {
  if (r.ctx.slot !== 'summary') return;
  const hit = firstPhrase(r.text, 'withTheirFamily');
  if (!hit) return;
  // The brother or sister named last before it, with at most a bracket (their age) between.
  const last = lastPersonBefore(r.tokens, hit.index);
  if (last?.rel !== 'sibling') return;
  const gap = r.text.slice(last.end, hit.index);
  if (gap.length > 8 || (gap !== '' && !/^[（(][^）)]*[）)]$/.test(gap))) return;
  for (const p of r.people.list) {
    if (p.rel !== 'other' || p.at < hit.index || p.dead || p.apart || p.known !== undefined || !p.word) continue;
    const bare = bareKinWord(p.word) || p.word;
    if (!isPhrase(bare, 'siblingsSpouse') && !isPhrase(bare, 'siblingsChild')) continue;
    p.bystander = false;
    p.atHome = true;
  }
}
