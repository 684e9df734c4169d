// Words typed with an input method's wrong pick are read by their sound (老办 → 老伴), said back like
// every reading; numbers, everyday words that sound alike and second sounds of a character never
// are. Our own sentences, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../bot/understand/tokens.ts';
import { chat } from '../support/chat.ts';
import { read, value } from '../support/understanding.ts';

/** The words a text is read as (spelled or heard). */
function heardIn(text: string): string[] {
  return tokenize(text, 'all')
    .tokens.filter((t) => t.kind === 'word')
    .map((t) => t.text);
}

describe('words heard by their sound', () => {
  it('reads a mistyped family word, benefit, savings, illness and pension', () => {
    const who = read('就我跟劳伴两个，我七十她六十八', 'members');
    expect(value(who, 'members[1].relation')).toBe('spouse');
    expect(value(who, 'members[1].age')).toBe(68);
    expect(value(read('没有村款', 'deposits'), 'property.deposits')).toBe(0);
    const ill = read('来电人男70岁，和孙子同住，孙子10岁得了白雪病', 'summary');
    expect(value(ill, 'members[1].illnessName')).toBe('白血病');
    expect(value(read('退休斤一个月一千六', 'income.amount', '140800', {}, 'pensions'), 'income.pensions')).toBe(
      19_200,
    );
  });

  it('says back what it heard', async () => {
    const say = chat();
    await say('', true);
    await say('1');
    expect(await say('我同劳伴两个 我七十 佢六十八')).toContain('老伴68岁');
  });

  it('never hears a number, an everyday word or a second sound as a word that matters', () => {
    expect(heardIn('第二个是我闺女')).not.toContain('二个'); // 二哥
    expect(heardIn('俺弟十七 俺二十')).not.toContain('俺二'); // 俺儿
    expect(heardIn('肚子疼')).not.toContain('肚子'); // 独子 is not among the short words heard
    expect(heardIn('老板只给了两千')).not.toContain('老板'); // a boss, not 老伴
    expect(heardIn('女孩17岁读中职')).not.toContain('岁读'); // 尿 read as sui
    expect(heardIn('看病欠了七八万')).not.toContain('看病欠'); // a debt, not money spent
    expect(value(read('老板只给了两千', 'summary'), 'members[1].relation')).toBeUndefined();
  });

  it('a word spelled inside the span wins ("是父亲" is 是 and 父亲)', () => {
    expect(heardIn('第二个是父亲')).toContain('父亲');
  });
});
