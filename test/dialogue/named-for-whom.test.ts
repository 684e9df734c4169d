// After the say-back told a writer that 您 is the parent they type for (issue 21, round 6b), the
// questions name that parent too: the members question asks about 父亲's household, and the list of
// whom a certificate belongs to says 父亲（…岁）, not 你自己. Whole dialogues, our own words.
import { describe, it } from 'vitest';
import { play } from '../support/chat.ts';

describe('questions name the parent the writer types for', () => {
  it('帮我妈问 first: the members question and the certificate list name 母亲', async () => {
    await play(
      [
        { say: '我帮我妈问一下低保', expect: ['您是替母亲问的', '你家住在哪个市'] },
        { say: '1', expect: ['母亲家里一起生活的有几个人', '第一个说母亲'], absent: ['第一个说你自己'] },
        { say: '她七十八，我爸八十', expect: ['您78岁'] },
        { say: '2', expect: ['是哪一位有残疾证', '母亲（78岁）'], absent: ['你自己'] },
      ],
      false,
    );
  });

  it('without anyone asked for, the questions are as before', async () => {
    await play([
      { say: '你好', expect: ['你家住在哪个市'] },
      { say: '1', expect: ['第一个说你自己'] },
      { say: '我七十，老伴六十八', expect: ['您70岁'] },
      { say: '2', expect: ['你自己（70岁）'] },
    ]);
  });
});
