// Commands said in the other ways people type them (round 10, issue 21): a slip owned with another
// verb (答错了, 搞错咗), starting again with 新 (重新来吧), seeing what was filled in (填了啥, 填咗啲咩),
// and "上一个" pointing at a question rather than being the number one. Our own sentences.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import type { AnswerItem } from '../eval/format.ts';

/** Taken as the command: nothing recorded, no "not understood", the answers kept as they were. */
const asCommand = (kind: AnswerItem['kind'], say: string, command: string, city = '140800') => {
  const r = runAnswer({ id: 't', city, kind, say, facts: { command } } as AnswerItem);
  if (!r) throw new Error('no result');
  return { ok: r.understood, reply: r.reply };
};

describe('commands said in words, round 10', () => {
  it('晋南: 我答错了, pointing at 上一个, goes back (not read as a choice of 1)', () => {
    const r = asCommand('deposits', '俺答错了 上一个不对', 'back');
    expect(r.ok).toBe(true);
    expect(r.reply).not.toContain('记下了');
  });
  it('粤: 搞错咗 goes back', () => {
    expect(asCommand('property', '头先搞错咗', 'back', '441700').ok).toBe(true);
  });
  it('重新来吧 starts again', () => {
    const r = asCommand('income', '还是重新来吧', 'start_over');
    expect(r.ok).toBe(true);
    expect(r.reply).toContain('重新开始');
  });
  it('seeing what was filled in, both ways of writing', () => {
    expect(asCommand('deposits', '让我看看都填了啥', 'my_answers').reply).toContain('回答');
    expect(asCommand('deposits', '我想睇下填咗啲咩', 'my_answers', '441700').reply).toContain('回答');
  });
});
