// A son named first as 儿子 and then by his 粤 word (个仔, 我个仔) is the same son, as a daughter named
// 女儿 and then 个女 already is: the household does not grow by one more child. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441702') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a son named again by his 粤 word', () => {
  it('儿子 (28岁) then 帮个仔申请: one son', () => {
    const h = run('来电人（男，66岁），老婆过咗身，同28岁儿子住，儿子有智力残疾，冇收入。问可唔可以帮个仔申请低保。');
    const children = (h.members ?? []).filter((m) => m.relation === 'child');
    expect(children).toHaveLength(1);
    expect(children[0]?.age).toBe(28);
    expect(h.members).toHaveLength(2);
  });

  it('儿子 then 我个仔 in the question: one son', () => {
    const h = run(
      '来电人（女，58岁），同儿子（33岁）两个人住，儿子腰椎受伤做唔到工。问我个仔可唔可以单独吃低保。',
      '441781',
    );
    expect((h.members ?? []).filter((m) => m.relation === 'child')).toHaveLength(1);
    expect(h.members?.[1]?.age).toBe(33);
  });

  it('a son and a daughter stay two children', () => {
    const h = run('来电人（男，50岁），儿子20岁读大学，个女16岁读高中，老婆喺屋企。问个仔有冇助学金。');
    expect((h.members ?? []).filter((m) => m.relation === 'child')).toHaveLength(2);
  });
});
