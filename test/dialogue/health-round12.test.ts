// Round 12: health answers played through the dialogue, in our own sentences. Two kinds of disability
// said of one person are 多重; 莫 (晋南 for 没) before 办证 is no certificate; "俺有高血压" asked about a
// serious illness is a no, said back without a yes beside it.
import { describe, expect, it } from 'vitest';
import type { Household } from '../../screening/index.ts';
import { runAnswer } from '../eval/answers-eval.ts';
import { recorded } from './recorded.ts';

const item = (say: string, city: '140800' | '441700', kind: string, known: Household) => ({
  id: 'own-health-12',
  city,
  kind: kind as never,
  known,
  say,
  facts: {},
});

const withChild: Household = {
  members: [
    { relation: 'self', age: 60 },
    { relation: 'child', age: 30, hasDisability: true },
  ],
};
const alone: Household = { members: [{ relation: 'self', age: 66 }] };

describe('the kind of disability', () => {
  it('粤 "佢眼睇唔到，又讲唔出话" is 多重, said back', () => {
    const r = runAnswer(item('佢眼睇唔到，又讲唔出话', '441700', 'disability.kind', withChild))!;
    expect(recorded(r, 'members[1].disability.kind')).toBe('multiple');
    expect(r.reply).toContain('多重');
  });

  it('晋南 "他耳朵听不见 也说不出话" is 多重; hearing said twice stays hearing', () => {
    const r = runAnswer(item('他耳朵听不见 也说不出话', '140800', 'disability.kind', withChild))!;
    expect(recorded(r, 'members[1].disability.kind')).toBe('multiple');
    const s = runAnswer(item('他耳朵听不见 聋了好多年', '140800', 'disability.kind', withChild))!;
    expect(recorded(s, 'members[1].disability.kind')).toBe('hearing');
  });
});

describe('no certificate, no serious illness', () => {
  it('晋南 "腿脚不利索 莫办过证" is no certificate', () => {
    const r = runAnswer(item('腿脚不利索 莫办过证', '140800', 'disability', alone))!;
    expect(recorded(r, 'members[0].hasDisability')).toBe(false);
  });

  it('"俺有高血压" / 粤 "我有风湿" is no serious illness, said back once', () => {
    const r = runAnswer(item('俺有高血压', '140800', 'illness', alone))!;
    expect(recorded(r, 'members[0].seriousIllness')).toBe(false);
    expect(r.reply).not.toContain('得了重病');
    const s = runAnswer(item('我有风湿', '441700', 'illness', alone))!;
    expect(recorded(s, 'members[0].seriousIllness')).toBe(false);
  });
});

describe('which one is ill, said with the illness', () => {
  const couple: Household = {
    members: [
      { relation: 'self', age: 70 },
      { relation: 'spouse', age: 68 },
    ],
  };
  it('晋南 "老婆子 肺癌" is said back once, with the illness', () => {
    const r = runAnswer(item('老婆子 肺癌', '140800', 'illness.which', couple))!;
    expect(recorded(r, 'members[1].seriousIllness')).toBe(true);
    expect(r.reply.match(/得了重病/g)?.length).toBe(1);
    expect(r.reply).toContain('肺癌');
  });

  it('粤 "老婆，尿毒症" the same; a bare number still says who', () => {
    const r = runAnswer(item('老婆，尿毒症', '441700', 'illness.which', couple))!;
    expect(r.reply.match(/得了重病/g)?.length).toBe(1);
    const s = runAnswer(item('2', '441700', 'illness.which', couple))!;
    expect(s.reply).toContain('老伴（68岁）得了重病');
  });
});
