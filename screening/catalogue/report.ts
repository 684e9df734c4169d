/**
 * What the report says around the programs: what to do first (an emergency's 临时救助; 特困 before
 * 低保), the next steps (办法第四条、第二十二条; 特困人员认定办法 第十条、第十三条至第十六条; 急难发生地),
 * the disclaimer, the demo-figures warning, and what is said when a region or date is not covered.
 */
import type { Program } from '../model/report.ts';
import { type Place, place } from './temporary.ts';

const PROGRAM_WORDS: Record<Program, string> = {
  dibao: '低保',
  single_person_dibao: '单人保（家里重残、重病的人单独申请低保）',
  tekun: '特困供养',
  temporary_assistance: '临时救助',
};

export const REPORT = {
  'advice.emergency': (f: { place: Place }) =>
    `遇到急事，先申请临时救助：${place(f.place)}，情况紧急的可以先救助、后补手续。`,
  'advice.tekunFirst': () =>
    '特困供养和低保都可能符合：先申请特困供养。特困供养除了基本生活，还管生活照料、看病和丧葬，比低保管得多；特困人员本人不会再另外领低保。特困供养不符合的，再申请低保。',
  'advice.first': (f: { program: Program }) => `可以先申请${PROGRAM_WORDS[f.program]}。`,

  'next.hukouElsewhere': () =>
    '你的户籍不在本地：低保、特困供养要到户籍所在地的乡镇人民政府或街道办事处申请，按当地标准审核。',
  'next.applyWithPermit': () =>
    '到户籍所在地的乡镇人民政府或街道办事处申请；持有居住证的，也可以问问居住地的乡镇（街道）能否受理。',
  'next.apply': () => '到户籍所在地的乡镇人民政府或街道办事处申请，也可以请村（居）委会帮忙代为申请。',
  'next.materials': () =>
    '一般要带：身份证、户口簿；有残疾人证、病历或诊断证明的一并带上；还要填写家庭经济状况申报表，签署核对授权书（各地材料以当地告知为准）。',
  'next.dibaoTime': () =>
    '低保从受理到审核确认一般不超过 30 个工作日，特殊情况可延长到 45 个工作日；期间会入户调查、核对家庭经济状况，并在村（社区）公示 7 天。',
  'next.tekunTime': () =>
    '特困人员认定：乡镇（街道）15 个工作日内提出初审意见，公示 7 天，县级民政部门 15 个工作日内作出决定。',
  'next.temporary': (f: { place: Place }) => `临时救助：${place(f.place)}；情况紧急的可以先行救助。`,
  'next.special': () => '看病、上学、住房、就业有困难的，可以问乡镇（街道）怎么申请医疗、教育、住房、就业等专项救助。',
  'next.help': (f: { regionName: string }) =>
    `有疑问可以拨打 12345 政务服务热线，或联系村（居）委会的社会救助协理员（${f.regionName}）。`,
  'next.report': () => '享受救助后，家庭人口、收入、财产有变化要及时告诉村（居）委会或乡镇（街道）。',
  'next.notCovered': () => '可以拨打 12345 政务服务热线，或向户籍所在地的乡镇（街道）咨询。',

  'coverage.region': (f: { code: string }) => `暂不支持地区代码 ${f.code}，目前只配置了已接入城市的政策。`,
  'coverage.date': (f: { start: string }) => `${f.start} 之前的政策没有编入，无法按当时的规定估计。`,
  'coverage.param': (f: { region: string; date: string; label: string }) =>
    `${f.region}在 ${f.date} 的${f.label}还没有配置，暂时无法按当地规定估计。`,
  'coverage.source': (f: { id: string }) => `来源 ${f.id} 不存在`,
} as const;

export const DISCLAIMER =
  '本结果只是根据你提供的情况所作的估计，不是审批结果。能否享受救助、享受多少，以家庭经济状况核对和乡镇（街道）、县级民政部门的审核确认为准。';
export const DEMO_WARNING =
  '注意：当前使用的低保标准等金额是示例数据，不是当地正式公布的标准，上线前须按当地最新提标文件配置。';
