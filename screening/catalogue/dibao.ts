/**
 * 最低生活保障 in words: a household already on 特困 (社会救助法 第十五条; 特困人员认定办法 第二十四条、
 * 第二十七条), the 渐退期 (办法第三十三条; 2022 通知 一（三）; the local notices where a city package sets one), the amount
 * (第二十三条), 核对 and reviews, services, 价格临时补贴 and 脱贫人口 (both notices).
 */
import { HUKOU_NAMES, type HukouType, type MemberRef, whoList, yuanAfter } from './words.ts';

export const DIBAO = {
  'dibao.leavingTekun': () =>
    '你现在享受特困供养，但按你说的情况，特困供养的条件已经不符合（见特困供养一项），供养会终止；终止后符合低保条件的，应当及时纳入低保，下面按低保的条件估计。',
  'dibao.tekunOpen': () => '你现在享受特困供养：要先弄清特困供养还能不能继续，才能看低保。',
  'dibao.onTekun': () =>
    '你已在享受特困人员救助供养，基本生活已由特困供养保障，继续享受特困供养即可；特困供养终止后，符合条件的可以纳入低保。',
  'dibao.tekunMember': () =>
    '家里有人在享受特困供养：一起生活的其他家庭成员能不能申请低保、特困人员本人算不算在内，由当地按特困供养和低保相衔接的规定确定，申请时请说明。',
  'dibao.priceSubsidy': () => '纳入低保或特困供养后，物价上涨较快时，当地还会按规定发放价格临时补贴。',
  'dibao.service': (f: { who: MemberRef[] }) =>
    `${whoList(f.who)}生活不能完全自理：纳入救助后，还可以申请上门访视、照料等服务。`,
  'dibao.exitLocal': (f: { months: number }) =>
    `你家已在享受低保：人均收入超过标准后，当地规定给予 ${f.months} 个月的渐退期，不会马上停发。`,
  'dibao.exitNational': (f: { months: number; ruralOnlyLocally: boolean }) =>
    `你家已在享受低保：` +
    `${f.ruralOnlyLocally ? '当地文件规定的渐退期是对农村低保对象的；' : ''}家人就业后人均收入超过标准的，可以给予原则上不超过 ` +
    `${f.months} 个月的渐退期，具体以当地规定为准。`,
  'dibao.estimate': (f: { hukou: HukouType; standard: number; perCapita: number; size: number; gap: number }) =>
    `按差额估算：` +
    `（${HUKOU_NAMES[f.hukou]}低保标准` +
    `${yuanAfter(f.standard)} − ` +
    `人均收入${yuanAfter(f.perCapita)}）× ` +
    `${f.size} 人 ` +
    `=${yuanAfter(f.gap)}/月。实际金额以核对后的收入为准，有的地方按分档发放。`,
  'dibao.tuopin': () =>
    '家里有脱贫人口丧失了劳动能力，又难以靠务工、产业获得稳定收入：符合条件的，应纳入农村低保或特困供养等相应救助。',
  'dibao.verify': () => '低保必须经过家庭经济状况核对，符合条件才能审批；这里的结果只是估计。',
  'dibao.review': () => '纳入低保后会定期核查：收入稳定的家庭每年一次，收入不固定或有劳动能力成员的家庭每半年一次。',
} as const;
