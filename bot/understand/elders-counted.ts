/**
 * "The old ones", counted, in a resident's own list of who lives at home ("我哋屋企五个人，两个老人，我同老
 * 公…", 晋南 "家里5口 俩老人都八十多了 俺两口子五十来岁…"): when the writer names themself apart from them
 * (我, 俺, 俺两口子), the old ones are others — the writer's parents (or parents-in-law, whom the chat
 * counts alike as the family's elders) — not the writer, which 老人 means in a call summary ("该老人").
 * Said back like every reading ("父母"), so a wrong guess is seen at once.
 */
import type { SlotId } from './extract.ts';
import { isPhrase } from './phrases.ts';
import type { Token } from './tokens.ts';

const LIST_SLOTS: ReadonlySet<SlotId> = new Set(['members', 'opening']);

/** A count of two or more right before the token at k (两个老人, 俩老人). */
function countedBefore(tokens: readonly Token[], k: number): boolean {
  const classifier = tokens[k - 1]?.kind === 'word' && tokens[k - 1]!.text === '个' ? 1 : 0;
  const n = tokens[k - 1 - classifier];
  return n?.kind === 'num' && n.n.value >= 2 && n.n.value <= 4 && Number.isInteger(n.n.value);
}

/** The writer named as themself somewhere other than the token at k (我, 俺, a group counting the writer). */
function writerApart(tokens: readonly Token[], k: number): boolean {
  return tokens.some(
    (t, j) =>
      j !== k &&
      t.kind === 'word' &&
      t.meanings.some(
        (m) =>
          (m.t === 'person' && m.rel === 'self' && isPhrase(t.text, 'myOrOur')) || (m.t === 'group' && m.selfIncluded),
      ),
  );
}

/** Nobody but the writer named before the token at k ("阿爷82岁阿嫲79，两个老人家…" are those two). */
function noOneBefore(tokens: readonly Token[], k: number): boolean {
  return tokens
    .slice(0, k)
    .every((t) => t.kind !== 'word' || t.meanings.every((m) => m.t !== 'person' || m.rel === 'self'));
}

/** The tokens with a counted 老人 read as the writer's parents, where the writer is named apart. */
export function eldersAsParents(tokens: Token[], slot: SlotId): Token[] {
  if (!LIST_SLOTS.has(slot)) return tokens;
  return tokens.map((t, k) =>
    t.kind === 'word' &&
    isPhrase(t.text, 'eldersCounted') &&
    countedBefore(tokens, k) &&
    noOneBefore(tokens, k) &&
    writerApart(tokens, k)
      ? { ...t, meanings: [{ t: 'person', rel: 'parent' }] }
      : t,
  );
}
