// Issue 22, round 7: emergencies as work orders name them. An acute illness dated lately (上个月中风)
// or 突发/晕倒/诊断 with an illness is a sudden illness; injuries named by how they happened (刺伤, 落海,
// 翻到沟里) are accidents; 诊断证明 and "突发事件" in the agent's advice are not events; "尚可维持" says
// living is manageable and "身体还可以" does not; a certificate asked about (询问如何办残疾证) is not
// held. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
const kinds = (text: string, region?: string) => run(text, region).hardship?.events?.map((e) => e.kind) ?? [];

describe('emergencies named in work orders', () => {
  it('an acute illness dated lately, with no word of suddenness', () => {
    expect(kinds('某村，男，66岁。老伴上个月脑出血，现在瘫在床上，问救助。')).toEqual(['sudden_illness']);
    // Long ago it explains the state the person is in; it is no emergency now.
    expect(kinds('某村，男，66岁。老伴前年脑出血，现在瘫在床上，问低保。')).toEqual([]);
    // A standing illness is no emergency.
    expect(kinds('某村，男，66岁。老伴上个月查了有高血压，问低保。')).toEqual([]);
  });

  it('突发 with an illness the lexicon does not know, a faint, a diagnosis', () => {
    expect(kinds('来电人，男，30岁，外地人，前天突发急性肠梗阻住院，身上没钱了。')).toEqual(['sudden_illness']);
    expect(kinds('来电人称父亲11月30日在地里晕倒，诊断为脑梗，在县医院住院。')).toEqual(['sudden_illness']);
  });

  it('injuries named by how they happened', () => {
    expect(kinds('某村，男，45岁，上周干活被铁丝扎伤眼睛，住院了。')).toEqual(['accident']);
    expect(kinds('某村，男，52岁，11月28日出海作业落海，救上来后住院。', '441700')).toEqual(['accident']);
    expect(kinds('某村，女，60岁，上个月骑三轮车翻到沟里，腿骨折。')).toEqual(['traffic_accident']);
  });

  it('papers and the agent’s advice are not events', () => {
    expect(kinds('来电人问申请低保要带啥，已告知带户口本和诊断证明。')).toEqual([]);
    expect(kinds('来电人问低保户能不能再申请临时救助，已告知遇到突发事件生活困难的可以申请。')).toEqual([]);
  });
});

describe('how living is, and a certificate asked about', () => {
  it('尚可维持 is manageable; 身体还可以 is about health', () => {
    expect(
      run('某镇，男，50岁，上个月台风把屋顶吹走了，基本生活尚可维持。').hardship?.events?.[0]?.basicLivingSevere,
    ).toBe(false);
    expect(
      run('某镇，女，50岁，上个月台风把屋顶吹走了。老伴身体还可以。').hardship?.events?.[0]?.basicLivingSevere,
    ).toBeUndefined();
  });

  it('asking how to get a 残疾证 is not holding one', () => {
    const h = run('某村，男，48岁，左手没了，还没办残疾证，来电询问如何办残疾证。');
    expect(h.members?.[0]?.hasDisability).toBe(false);
  });
});
