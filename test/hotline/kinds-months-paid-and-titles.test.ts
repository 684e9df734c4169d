// Round 16: two kinds of disability each named with 残疾 in one clause ("言语残疾二级和肢体残疾三级") are
// 多重 (GB/T 26341); a monthly payment said to have come only some months this year ("今年只给了三个月",
// 粤 "今年得俾咗四个月") covers those months; a surname with a doubled title (关婆婆, 陈伯伯) before an
// age or 约 and an age is the person the order is about, and so is the same name said again; 粤 fainting
// or being taken to hospital (晕低, 送院) is a sudden illness. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('two kinds of disability', () => {
  it('粤: 老公评咗视力残疾二级同肢体残疾四级: multiple', () => {
    const h = run('来电人（女，48岁），老公（50岁）前年车祸之后评咗视力残疾二级同肢体残疾四级。', '441702');
    expect(h.members?.[1]?.disability?.kind).toBe('multiple');
  });

  it('晋南: 丈夫听力残疾和言语残疾: multiple', () => {
    const h = run('来电人（女，55岁）称丈夫（57岁）有听力残疾三级和言语残疾三级，一直在家。');
    expect(h.members?.[1]?.disability?.kind).toBe('multiple');
  });

  it('two people each with one kind stay one kind each', () => {
    const h = run('来电人（女，55岁）称丈夫肢体残疾三级，儿子智力残疾二级。');
    expect(h.members?.[1]?.disability?.kind).toBe('physical');
    expect(h.members?.[2]?.disability?.kind).toBe('intellectual');
  });
});

describe('paid only some months', () => {
  it('晋南: 每月给抚养费六百，今年只给了四个月: 2400', () => {
    const h = run('来电人（女，36岁）离婚后带儿子（10岁）过，前夫每月给抚养费六百，老是拖，今年只给了四个月。');
    expect(h.income?.support?.[0]?.amount).toBe(2400);
  });

  it('粤: 每月俾500，今年得俾咗三个月: 1500', () => {
    const h = run('来电人（女，38岁），前夫每月俾500蚊抚养费，成日拖，今年得俾咗三个月。', '441702');
    expect(h.income?.support?.[0]?.amount).toBe(1500);
  });

  it('a monthly payment with no months said is a year of it', () => {
    const h = run('来电人（女，38岁），儿子每月给300元。');
    expect(h.income?.support?.[0]?.amount).toBe(3600);
  });
});

describe('a surname with a doubled title', () => {
  it('粤: 何婆婆（约80岁）…何婆婆: the person, 80, no grandparent', () => {
    const h = run('邻居来电：独居嘅何婆婆（约80岁）琴日喺屋企晕低，送咗去医院。何婆婆平时靠养老金。', '441781');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 80 });
    expect((h.obligors?.list ?? []).map((o) => String(o.relation))).not.toContain('grandparent');
    expect(h.hardship?.events?.[0]?.kind).toBe('sudden_illness');
  });

  it('晋南: 张伯伯（72岁）: the person, 72', () => {
    const h = run('村干部来电：张伯伯（72岁）一个人过，腿脚不好。');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 72 });
  });
});
