/**
 * An old resident naming themself by the word others call them, before 我 and their age ("阿婆我七十五，
 * 一个人住", 晋南 "老汉我七十三"): the word is the writer, not a grandmother or a husband somewhere. Read
 * only at the very start of a message, the word then 我/俺 then a number or 今年/都, so "我阿婆七十五" (the
 * writer's grandmother) and "阿婆同我住" stay as they are.
 */
import { isPhrase } from './phrases.ts';
import type { Token } from './tokens.ts';

/** The tokens without a leading self-naming word, when the message opens with one. */
export function dropSelfNaming(tokens: Token[]): Token[] {
  const [named, self, after] = tokens;
  if (named?.kind !== 'word' || !isPhrase(named.text, 'elderSelfName')) return tokens;
  if (self?.kind !== 'word' || (self.text !== '我' && self.text !== '俺')) return tokens;
  if (after?.kind !== 'num' && !isPhrase(after?.text ?? '', 'ageLeadIn')) return tokens;
  return tokens.slice(1);
}
