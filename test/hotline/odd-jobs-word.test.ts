// "农闲做点零活一月六七百", "干点零活": odd jobs are paid work (wages, the one doing them employed), like 打零工.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const facts = (text: string, region = '140800') =>
  new Map(intake({ region, text }, { today: '2026-12-05', parameters }).facts.map((f) => [f.path, f.value]));

describe('odd jobs', () => {
  it('晋南: 农闲做点零活一月五六百', () => {
    const f = facts(
      '绛县某村村民刘某（女，40岁）来电，丈夫前年病殁了，她带闺女（10岁上小学）过，种地一年两千来块，农闲做点零活一月五六百。',
    );
    expect(f.get('members[0].employed')).toBe(true);
    expect(f.get('income.wages')).toBe(6600);
  });

  it('粤 work order: 平时打零活，每月约八百', () => {
    const f = facts('来电人梁姐（45岁），阳西县某村村民，同个女（12岁）两个住，平时打零活，每月约八百元。', '441721');
    expect(f.get('members[0].employed')).toBe(true);
    expect(f.get('income.wages')).toBe(9600);
  });
});
