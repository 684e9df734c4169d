// Round 12 of call summaries: a count opening its clause and followed by 都 (两个都喺厂里做, 晋南 两个都在
// 厂里上班) is of the people just talked about, not the household's size: children named after it are
// members, not relatives elsewhere. Our own texts, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a count then 都 is of those just named', () => {
  it('粤: 佢同老婆都係言语残疾，两个都喺厂做嘢。有两个细路读书', () => {
    const h = run(
      '来电人（男，40岁），佢同老婆都係言语残疾三级，有证，两个都喺厂做嘢，每人每月两千二。有两个细路读小学。',
      '441702',
    );
    expect(h.members).toHaveLength(4);
    expect(h.members?.filter((m) => m.relation === 'child')).toHaveLength(2);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('晋南: 俺和媳妇，两个都在厂里上班。还有一个娃上初中', () => {
    const h = run(
      '来电人（男，42岁），俺和媳妇（40岁）都是肢体残疾，两个都在厂里上班，每人每月两千。还有一个娃（13岁）上初中。',
      '140802',
    );
    expect(h.members).toHaveLength(3);
    expect(h.members?.[2]).toMatchObject({ relation: 'child', age: 13 });
  });
});
