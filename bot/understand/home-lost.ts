/**
 * A home lost whole to a fire or a disaster ("房屋（泥砖屋）全毁", "两间房子都烧了", 粤 "间屋烧晒"): the
 * family has nowhere of its own to live, so basic living is severely hit (临时救助: 因火灾、自然灾害等
 * 意外事件导致基本生活暂时出现严重困难). A house word and a word for its whole loss in one clause; a room
 * or an outbuilding burnt ("厨房烧晒", "灶房跟柴房都烧了") is not the home.
 */
import { endsWithPhrase, hasPhrase } from './phrases.ts';
import { meaningOf, type Token } from './tokens.ts';

export function homeLost(clause: readonly Token[], text: string, before?: readonly Token[]): boolean {
  // ("房屋（泥砖屋）全毁": the house named in the brackets just before the words of its loss.)
  const glossed =
    before !== undefined && /[)）]\s*$/.test(text.slice(before.at(-1)!.end, clause[0]!.start + 1).slice(0, -1));
  const house = [...(glossed ? before : []), ...clause].some(
    (t) =>
      meaningOf(t, 'asset')?.what === 'house' &&
      !endsWithPhrase(text.slice(Math.max(0, t.start - 3), t.end), 'partOfHome'),
  );
  return house && hasPhrase(text.slice(clause[0]!.start, clause.at(-1)!.end), 'homeLost');
}
