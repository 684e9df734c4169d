// Questions outside the field get the honest "我回答不了" with 12345 and no citation, never the
// nearest clause; questions about assistance are answered even without a program's name, and
// naming assistance keeps a question in the field whatever else it names.
import { describe, expect, it } from 'vitest';
import { ask } from '../../content/ask.ts';
import { inField } from '../../content/ask/field.ts';
import { readForSearch } from '../../content/search.ts';

const honest = (region: string, q: string) => {
  const a = ask(region, q);
  return a.citations.length === 0 && a.answer.includes('我回答不了') && a.answer.includes('12345');
};

describe('out of the field: the honest answer', () => {
  it.each([
    ['140800', '俺家的宅基地证丢了咋补'],
    ['140800', '村东头修路把俺家的麦地占了，该找谁'],
    ['140800', '驾驶证到期了去哪换'],
    ['140800', '养老保险断了两年还能补交不'],
    ['140800', '种粮补贴今年发了没有'],
    ['441700', '隔篱屋个空调滴水落我屋企，点算'],
    ['441700', '渔船要换新牌，喺边度办'],
    ['441700', '公积金贷款买楼要咩手续'],
    ['441700', '医保卡唔见咗点补'],
    ['441700', '今晚打唔打风'],
  ])('%s: %s', (region, q) => {
    expect(honest(region, q)).toBe(true);
  });

  it('an empty or meaningless question, or one of only punctuation and digits', () => {
    for (const q of ['？', '1234', 'hello', '嗯嗯']) expect(honest('140800', q)).toBe(true);
  });
});

describe('in the field, with or without a program’s name', () => {
  it.each([
    ['140800', '家里着了火，粮食都烧光了，政府管不管'],
    ['140800', '俺儿在外地打工常年不回来，申请的时候他算不算俺家的人'],
    ['441700', '屋企老人瘫咗喺床，政府有冇人上门睇下'],
    ['441700', '退休金计唔计屋企收入'],
  ])('%s: %s is answered with a clause', (region, q) => {
    expect(ask(region, q).citations.length).toBeGreaterThan(0);
  });

  it('naming assistance keeps a question in the field even when it names another service', () => {
    const q = readForSearch('低保户能不能贷款买房', '140800');
    expect(inField(q.mandarin, q.reading.tags)).toBe(true);
    const other = readForSearch('公积金贷款怎么申请', '140800');
    expect(inField(other.mandarin, other.reading.tags)).toBe(false);
  });

  it('"what is" one of the policy’s own terms is always answered from the glossary', () => {
    const a = ask('441700', '逢进必核系咩意思');
    expect(['mz2021-57.a9', 'sjzf2026.a41']).toContain(a.citations[0]?.id);
    expect(a.answer).toContain('授权民政部门核对');
    expect(ask('140800', '逢进必核是啥意思').citations[0]?.id).toBe('yc59.2-8.verify');
  });
});
