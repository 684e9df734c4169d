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
  if (named?.kind !== 'word' || !isPhrase(named.text, 'elderSelfName')) return dropSelfDescribed(tokens);
  if (self?.kind !== 'word' || (self.text !== '我' && self.text !== '俺')) return tokens;
  if (after?.kind !== 'num' && !isPhrase(after?.text ?? '', 'ageLeadIn')) return tokens;
  return tokens.slice(1);
}

/** How far into a message "俺是 <place> 的 <word>" is looked for. */
const DESCRIBED_WITHIN = 8;

/**
 * The writer describing themself by that word: alone ("就俺一个老婆子 八十八了", 粤 "得我一个阿婆") or
 * "I am the … one" at the start ("俺是村里的老汉七十三了"). The word is dropped: the writer is
 * already member 0, and read as a spouse it made a second person.
 */
function dropSelfDescribed(tokens: Token[]): Token[] {
  const isElder = (t: Token | undefined) => t?.kind === 'word' && isPhrase(t.text, 'elderSelfName');
  const isSelf = (t: Token | undefined) => t?.kind === 'word' && (t.text === '我' || t.text === '俺');
  for (let k = 0; k + 1 < Math.min(tokens.length, DESCRIBED_WITHIN); k++) {
    const t = tokens[k]!;
    // "就俺一个老婆子": the alone word that names the writer, then the word.
    if (
      t.kind === 'word' &&
      t.meanings.some((m) => m.t === 'alone') &&
      (t.text.includes('我') || t.text.includes('俺')) &&
      isElder(tokens[k + 1])
    )
      return [...tokens.slice(0, k + 1), ...tokens.slice(k + 2)];
  }
  // "俺是 … 的老汉": 我/俺 是 at the start, the word right after 的, no one else named between.
  if (!isSelf(tokens[0]) || tokens[1]?.text !== '是') return tokens;
  for (let j = 2; j < Math.min(tokens.length, DESCRIBED_WITHIN); j++) {
    const t = tokens[j]!;
    if (t.kind === 'sep' || (t.kind === 'word' && t.meanings.some((m) => m.t === 'person') && !isElder(t))) break;
    if (isElder(t) && tokens[j - 1]?.text === '的') return [...tokens.slice(0, j), ...tokens.slice(j + 1)];
  }
  return tokens;
}
