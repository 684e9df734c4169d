// What a summary says of a relative's own home in the clause after naming them: parents said to live on
// their own (父母都七十多了，在村里自己过) after the caller's child was named, and a relative living apart
// whose own household is counted (女儿嫁在本村，自家五口人). Neither changes who the household asked about
// is. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('parents on their own, said in the next clause', () => {
  it('north: 带12岁闺女过…父母都七十多了，在老家自己过', () => {
    const h = run('来电人（女，36岁），离婚后带12岁闺女过，在县城超市上班，一月两千。父母都七十多了，在老家自己过。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(h.members?.[1]?.age).toBe(12);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['parent', 'parent']);
    expect(h.income?.wages).toBe(24000);
  });

  it('粤: 带住个仔…阿爸阿妈都七十几，自己过', () => {
    const h = run('来电人（男，40岁），同个仔（10岁）住。阿爸阿妈都七十几，自己过。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(h.obligors?.list).toHaveLength(2);
  });
});

describe("a relative's own household counted", () => {
  it('north: 女儿嫁在本村，自家五口人 is not the size', () => {
    const h = run('某村村民（男，70岁），和儿子（40岁）两人过。女儿嫁在本村，自家五口人也紧巴。');
    expect(h.members).toHaveLength(2);
    expect(h.size).toBeUndefined();
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('粤: 个女嫁咗去茂名，佢屋企四个人', () => {
    const h = run('阿婆（79岁）同个孙住。个女嫁咗去茂名，佢屋企四个人，自己都唔够使。', '441700');
    expect(h.members).toHaveLength(2);
  });

  it('the family’s own count still counts', () => {
    const h = run('某村村民，男，45岁，家里五口人，有老婆、两个孩子和母亲。');
    expect(h.members).toHaveLength(5);
  });
});
