// Local clauses answer local questions: where a city's notice sets the rule, a resident of that
// city gets that notice's sentence first and the national clause beside it; the other city's
// notice is never cited; a paragraph is cited for what only it says, its sentences for the rest;
// a question about one program is not answered from the other program's text.
import { describe, expect, it } from 'vitest';
import { ask } from '../../content/ask.ts';
import { searchClauses } from '../../content/search.ts';

const ids = (region: string, q: string) => ask(region, q).citations.map((c) => c.id);

describe('the resident’s own notice first, for a rule it sets', () => {
  it('the 运城 review rhythm (每半年核查) before the national article, which is cited beside it', () => {
    const cited = ids('140821', '低保家里有人在外面打零工，多久核查一次');
    expect(cited[0]).toBe('yc59.2-1.review');
    expect(cited).toContain('mz2021-57.a31');
  });

  it('the 运城 deduction of 30% of the urban standard for the costs of work', () => {
    expect(ids('140830', '在砖厂上班的工资扣不扣就业成本')[0]).toBe('yc59.2-1.employment-cost');
  });

  it('the 阳江 渐退期 of 6 months, and the 运城 one for a 运城 resident', () => {
    const q = '收入超过低保标准了，低保马上停吗';
    expect(ids('441721', q)[0]).toBe('yj14.2-1.gradual-exit');
    expect(ids('140882', q)[0]).toBe('yc59.2-1.gradual-exit');
  });

  it('the 阳江 特困 standard (1.6倍, care by the minimum wage) for a 阳江 resident only', () => {
    expect(ids('441702', '特困人员一个月有多少钱')[0]).toBe('yj14.2-2.tekun-standard');
    expect(ids('140802', '特困人员一个月有多少钱')).not.toContain('yj14.2-2.tekun-standard');
  });

  it('never cites the other city’s notice, whatever the question names', () => {
    for (const q of ['阳江的低保渐退期几个月', '运城打工扣成本是怎么扣的', '临时救助去哪申请', '特困护理费怎么定']) {
      expect(ids('140800', q).some((id) => id.startsWith('yj14'))).toBe(false);
      expect(ids('441700', q).some((id) => id.startsWith('yc59'))).toBe(false);
    }
  });

  it(
    'a national clause beside the local one only when it scores ' +
      'near it, never the paragraph that holds the sentence cited',
    () => {
      const a = ask('140800', '吃低保的家庭多长时间核查一次');
      expect(a.citations[0]!.id).toBe('yc59.2-1.review');
      expect(a.citations.map((c) => c.id)).not.toContain('yc59.2-1');
      expect(a.answer).toContain('另见');
    },
  );
});

describe('paragraphs and their sentences', () => {
  it('a question about what only the paragraph says finds the paragraph (运城 月报告)', () => {
    expect(ids('140800', '村委会每月几号前要把困难户的情况报给乡里')[0]).toBe('yc59.2-5');
  });

  it('once a sentence is cut out of a paragraph (阳江 价格临时补贴), the sentence is cited, not the paragraph', () => {
    const cited = ids('441700', '物价涨了低保户有没有价格临时补贴');
    expect(cited[0]).toBe('yj14.2-2.price-subsidy');
    expect(cited).not.toContain('yj14.2-2');
  });

  it('a question about what a sentence says finds the sentence, not the paragraph around it', () => {
    const hits = searchClauses('12345热线能不能反映困难', '140800', 5).map((h) => h.clause.id);
    expect(hits[0]).toBe('yc59.2-5.hotline');
  });
});

describe('what a question asks of its program', () => {
  it('conditions of 特困 from 特困人员认定办法 第四条, though other articles share more words', () => {
    expect(ids('441700', '特困要乜嘢条件先得')[0]).toBe('mz2021-43.a4');
  });

  it('the amount of 临时救助 from the clauses on how it is set, the local one first', () => {
    expect(ids('441781', '临时救助最多可以畀几多')[0]).toBe('yj14.2-6.case-by-case');
  });

  it('a 低保 question is not answered from 特困人员认定办法 when the 低保 text answers it', () => {
    expect(ids('140800', '领的高龄补贴，申请低保的时候算收入不')[0]).toBe('mz2021-57.a13');
  });

  it('a relative on 低保 in a question about 特困 is the rule on obligors’ ability (第八条)', () => {
    expect(ids('140800', '俺闺女自己也是低保户，俺能申请五保不')[0]).toBe('mz2021-43.a8');
  });
});
