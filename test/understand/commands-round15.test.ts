// Commands typed instead of answers, round 15: a why naming what it asks about, impatience before a
// plain no, being lost in the questions, and not knowing what a parent owns. Our own sentences, not the
// blind sets', in both cities' ways of writing; each played as the answer to its question.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import { M } from '../../bot/messages/zh-CN.ts';
import type { AnswerItem } from '../eval/format.ts';

const play = (kind: string, say: string, city: string, known?: AnswerItem['known']) =>
  runAnswer({ id: 't', city, kind, say, facts: {}, ...(known ? { known } : {}) } as AnswerItem)!;
const recorded = (r: ReturnType<typeof play>) => r.scored.extra.map((e) => e.path);

describe('a why that names what it asks about records nothing of it', () => {
  it('粤: 点解要问屋', () => {
    const r = play('property', '點解要問屋', '441700');
    expect(r.reply).toContain(M.whyAsked);
    expect(recorded(r)).toEqual([]);
  });
  it('晋南: 为啥要问存款', () => {
    const r = play('deposits', '为啥要问存款', '140800');
    expect(r.reply).toContain(M.whyAsked);
    expect(recorded(r)).toEqual([]);
  });
});

describe('impatience, then a plain no, is the no', () => {
  it('晋南: 不用问了，没有', () => {
    const r = play('illness', '不用问了，没有', '140800', { members: [{ relation: 'self', age: 58 }] });
    expect(r.scored.extra).toContainEqual({ path: 'members[0].seriousIllness', got: false });
  });
  it('粤: 唔使问喇 冇', () => {
    const r = play('illness', '唔使问喇 冇', '441700', { members: [{ relation: 'self', age: 63 }] });
    expect(r.scored.extra).toContainEqual({ path: 'members[0].seriousIllness', got: false });
  });
  it('a stop with other words after it still stops', () => {
    const r = play('illness', '不用问了 没意思', '140800', { members: [{ relation: 'self', age: 58 }] });
    expect(recorded(r)).toEqual([]);
  });
});

describe('lost in the questions, or asking what a thing looks like: help, not an answer', () => {
  it('晋南: quoting the question’s 第3位', () => {
    const r = play('relations', '第三位是哪个？我都弄糊涂了', '140800', {
      members: [{ relation: 'self', age: 50 }, { relation: 'spouse', age: 49 }, { age: 19 }],
    });
    expect(r.reply).toContain(M.help);
    expect(r.reply).not.toContain(M.notUnderstood);
    expect(recorded(r)).toEqual([]);
  });
  it('粤: 残疾证系咩样㗎', () => {
    const r = play('disability', '残疾证系咩样㗎', '441700');
    expect(r.reply).toContain(M.help);
    expect(recorded(r)).toEqual([]);
  });
});

describe('not knowing what is owned', () => {
  it('晋南: 不知道俺爹名下有啥 leaves all four open and moves on', () => {
    const r = play('property', '不知道俺爹名下有啥', '140800');
    expect(r.reply).not.toContain(M.notUnderstood);
    expect(r.reply).toContain('说不清楚');
    expect(recorded(r).filter((p) => p.startsWith('property.'))).toEqual([]);
  });
});
