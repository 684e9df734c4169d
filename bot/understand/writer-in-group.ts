/**
 * "来电人称：我阿妈一个人住…我哋兄弟三个都喺外面打工", "俺们姊妹三个都在外头": in a summary where the
 * caller speaks for a parent, brothers and sisters counted with "we" count the caller too. The caller is
 * already a child of the parent, so the group holds the caller and as many more as the count less one:
 * "we three" are three children, not the caller and three more (民法典 第一千零六十七条 binds each
 * child once).
 */
import { hasPhrases } from './phrases.ts';
import type { Reading } from './reading.ts';

export function writerInGroup(r: Reading): void {
  const writer = r.people.writer;
  if (r.ctx.slot !== 'summary' || !writer || writer.partOf !== undefined || writer.dead) return;
  for (const g of r.people.list) {
    if (g === writer || g.n < 2 || g.rel !== writer.rel || g.partOf !== undefined || g.dead) continue;
    if ((g.filled ?? 0) >= g.n) continue;
    // The few characters around where the group was named (a bounded window: grammar, not a search).
    // (A count before the word, "我哋三兄弟", was read as the speaker and the others already.)
    const at = Math.floor(g.at);
    const window = r.text.slice(Math.max(0, at - 6), at + 4);
    if (!hasPhrases(window, 'weWord', 'siblingGroup')) continue;
    writer.partOf = g.key;
    g.filled = (g.filled ?? 0) + 1;
    return;
  }
}
