// Someone typing for a parent (issue 21): once an answer says so ("我替我爸问", or a members answer
// plainly about a parent), the dialogue keeps it. Later answers written from the writer's side
// ("我妈有残疾证", "我们每月给他们五百", "我跟我哥都在外地") are read as the applicant's household
// (我妈 → 老伴, 我们 → the children, 我哥 → a son), and each such reading is said back with whose
// household it is. 返回 past the answer that said it forgets it. Whole dialogues, our own words.
import { describe, it } from 'vitest';
import { play } from '../support/chat.ts';

describe('a dialogue kept for a parent', () => {
  it('运城: a son names his parents, then answers every question from his side', async () => {
    await play([
      { say: '你好', expect: ['你家住在哪个市'] },
      { say: '1', expect: ['都是谁、多大年纪'] },
      {
        say: '我爹七十四，我娘七十一，就他们老两口在家',
        expect: ['您是替父亲问的', '家里2口人：您74岁，老伴71岁'],
        absent: ['其他亲戚'],
      },
      { say: '2', expect: ['是哪一位有残疾证'] },
      // 我娘 is the applicant's wife, member 2.
      { say: '我娘有残疾证，腿脚不行', expect: ['老伴（71岁）有残疾证', '按父亲的情况算'] },
      { say: '2', expect: ['还有别人有残疾证吗'] },
      { say: '1', expect: ['哪些收入'] },
      { say: '5', expect: ['子女或亲属给的生活费'] },
      // 我们 are the children who give, not the household.
      { say: '俺们每月给他们六百', expect: ['按父亲的情况算', '一年约7200元'] },
      { say: '每人一百五', expect: ['基础养老金'] },
      { say: '都没有', expect: ['存款'] },
      { say: '没有', expect: ['户口'] },
      { say: '1', expect: ['赡养'] },
      // 我 and 我哥 are the applicant's two children living elsewhere.
      { say: '有，俺跟俺哥，都在外头打工', expect: ['按父亲的情况算', '不住在一起的亲人：子女、子女'] },
    ]);
  });

  it('阳江: 帮阿爸问 in the first message; 阿妈 is then the wife at every question', async () => {
    await play(
      [
        { say: '我帮阿爸问下低保', expect: ['您是替父亲问的', '你家住在哪个市'] },
        { say: '2', expect: ['都是谁、多大年纪'] },
        { say: '72 70', expect: ['您72岁，第2位70岁', '第2位（70岁）是你的什么人'] },
        { say: '我阿妈', expect: ['第2位（70岁）是您的老伴'], absent: ['父母'] },
        { say: '2', expect: ['是哪一位有残疾证'] },
        { say: '阿妈有', expect: ['老伴（70岁）有残疾证'] },
      ],
      false,
    );
  });

  it("返回 past the answer that said it forgets it: 我妈 is then the writer's own mother again", async () => {
    await play([
      { say: '你好' },
      { say: '1' },
      { say: '我替我爸问，他七十三了，一个人住', expect: ['您是替父亲问的', '您73岁'] },
      { say: '返回', expect: ['都是谁、多大年纪'] },
      { say: '我六十八，我妈九十', expect: ['家里2口人：您68岁，父母90岁'], absent: ['替父亲'] },
    ]);
  });
});
