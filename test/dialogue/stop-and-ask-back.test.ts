// Messages that are not answers (issue 21, round 10): stopping said mid-screening in residents' words
// pauses the questions and keeps every answer; a question asked back about the question ("儿媳妇算不算")
// is answered from what the question counts, or with how to answer when unsure, and the question is asked
// again; a why said along with an answer keeps the answer and shows the why. Our own sentences, in both
// cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import type { AnswerItem } from '../eval/format.ts';
import { play } from '../support/chat.ts';

const NOT_UNDERSTOOD = '没看懂';
const PAUSED = '先不问了';

const reply = (kind: AnswerItem['kind'], say: string, city = '140800', command?: string) => {
  const r = runAnswer({ id: 't', city, kind, say, facts: command ? { command } : {} } as AnswerItem);
  if (!r) throw new Error('no result');
  return r;
};

describe('stopping mid-screening', () => {
  it('晋南: 不想填了 pauses, keeps the answers, and any message resumes at the same question', async () => {
    await play([
      { say: '开始', expect: ['住在哪个市'] },
      { say: '运城', expect: ['都是谁、多大年纪'] },
      { say: '我七十一 老伴六十九', expect: ['记下了'] },
      { say: '哎 不想填了', expect: [PAUSED, '删除我的信息'], absent: ['（第', NOT_UNDERSTOOD] },
      { say: '还是接着弄吧', expect: ['欢迎回来', '第'], absent: [NOT_UNDERSTOOD, '记下了'] },
      { say: '我的回答', expect: ['71岁', '69岁'] },
    ]);
  });
  it('粤: 唔想搞喇 pauses; 删除我的信息 right after still asks to delete', async () => {
    await play([
      { say: '开始', expect: ['住在哪个市'] },
      { say: '阳江', expect: ['都是谁、多大年纪'] },
      { say: '算啦，唔好再问喇', expect: [PAUSED], absent: [NOT_UNDERSTOOD] },
      { say: '删除我的信息', expect: ['确定要删除'] },
    ]);
  });
  it('is scored as the command stop, with nothing recorded', () => {
    for (const [kind, say, city] of [
      ['property', '好麻烦 不想弄了', '140800'],
      ['hardship', '唔搞了唔搞了', '441700'],
    ] as const) {
      const r = reply(kind, say, city, 'stop');
      expect(r.understood, say).toBe(true);
      expect(r.reply, say).toContain(PAUSED);
    }
  });
});

describe('a question asked back about the question', () => {
  it('晋南 儿媳妇 / 粤 心抱 at the relatives question: the policy said, the question again', () => {
    for (const [say, city] of [
      ['儿媳妇算不算', '140800'],
      ['个心抱算唔算？', '441700'],
    ] as const) {
      const r = reply('obligors', say, city);
      expect(r.reply, say).not.toContain(NOT_UNDERSTOOD);
      expect(r.reply, say).toContain('儿媳');
      expect(r.reply, say).toContain('有没有不住在一起');
    }
  });
  it('odd jobs asked about at the working question: they count, then the question again', () => {
    for (const [say, city] of [
      ['帮人摘苹果也算吗', '140800'],
      ['帮人睇档算唔算', '441700'],
    ] as const) {
      const r = reply('employed', say, city);
      expect(r.reply, say).not.toContain(NOT_UNDERSTOOD);
      expect(r.reply, say).toContain('只要挣钱就算');
      expect(r.reply, say).toContain('有几个人在打工或上班');
    }
  });
  it('where nothing says what counts: what the question is for and how to answer when unsure', () => {
    for (const [say, city] of [
      ['承包了个鱼塘 算不算', '140800'],
      ['有个鱼塘，唔知算唔算', '441700'],
    ] as const) {
      const r = reply('property', say, city);
      expect(r.reply, say).not.toContain(NOT_UNDERSTOOD);
      expect(r.reply, say).toContain('镇上会核实');
      expect(r.reply, say).toContain('家里有下面这些吗');
    }
    expect(reply('basicPension', '呢个都算收入？', '441700', 'why').understood).toBe(true);
  });
});

describe('a why said along with an answer', () => {
  it('keeps the answer and shows the why, both ways of writing', () => {
    for (const [say, city] of [
      ['冇。问嚟做咩', '441700'],
      ['没存款 问这干啥', '140800'],
    ] as const) {
      const r = reply('deposits', say, city);
      expect(r.reply, say).toContain('为什么问这个');
      expect(r.reply, say).toContain('记下了');
    }
  });
});

describe('commands said in words that were read as something else', () => {
  it('a why with words the question cannot use is the why alone, not "not understood"', () => {
    for (const [kind, say, city] of [
      ['members', '为啥要问得这么细', '140800'],
      ['members', '点解要问得咁细', '441700'],
    ] as const) {
      const r = reply(kind, say, city, 'why');
      expect(r.reply, say).toContain('为什么问这个');
      expect(r.reply, say).not.toContain(NOT_UNDERSTOOD);
      expect(r.understood, say).toBe(true);
    }
  });
  it('seeing what was answered, made of its parts, both ways of writing', () => {
    expect(reply('deposits', '前面填了些啥来着', '140800', 'my_answers').understood).toBe(true);
    expect(reply('hardship', '想睇睇我答过咩嘢', '441700', 'my_answers').understood).toBe(true);
  });
  it('人工客服 as the first message asks for a person, nothing read from it', async () => {
    await play([{ say: '你好，转人工服务', expect: ['12345', '住在哪个市'], absent: ['记下了'] }], false);
    expect(reply('opening', '我要搵人工客服', '441700', 'human').understood).toBe(true);
  });
});
