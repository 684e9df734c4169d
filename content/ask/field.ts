/**
 * Whether a question is one the policy texts can answer. Residents also ask the assistant about
 * everything else the government does (a 宅基地 dispute, a 公积金 loan, a fuel subsidy for a
 * fishing boat); those get the honest "我回答不了" with 12345, never the nearest clause, which
 * would look like an answer and is not one.
 *
 * A question is in the field when it names social assistance (a program, a means test, care, the
 * procedure) or a hardship together with a plea for help ("房子塌了，公家管不管"). Naming another
 * public service (a licence, a loan, a dispute with neighbours) keeps it out unless it also names
 * assistance: "低保户能不能贷款" is ours, "公积金贷款怎么申请" is not.
 */
import { buildLexicon, type LexiconEntry } from '../lexicon/index.ts';
import { compose } from './compose.ts';
import { asksOfProgram, type Rule, rulesOf } from './intent.ts';
import type { Tag } from './terms.ts';

/** Other public services and private matters residents bring to a hotline; words as written in standard Mandarin. */
const OTHER_SERVICES = [
  // land, building, neighbours
  '修路 路坏 路烂 路灯 修桥 自来水 买楼 买房 首付 装修 宅基地 占地 占了 地界 邻居 邻家 隔壁 挡光 挡住 盖房 建房 拆迁 征地 征收 土地证 房产证 不动产证 物业 漏水 噪音 吵',
  // loans, banks, insurance contributions
  '公积金 贷款 房贷 车贷 信用卡 网贷 医保 社保 医保卡 社保卡 养老保险 医疗保险 新农合 缴费 补缴 断缴 交钱',
  // papers and licences
  '身份证 户口本 迁户口 户口迁 落户 驾照 驾驶证 行驶证 护照 港澳通行证 营业执照 执照 牌照 证明信 无犯罪',
  // other subsidies and programs run elsewhere
  '两项补贴 护理补贴 残疾人补贴 残疾补贴 高龄津贴 高龄补贴 老年证 优待证 独生子女费 营养餐 残疾证怎么办 办残疾证' +
    ' 残疾证怎么办理 残疾证在哪办 办理残疾证 评残 残疾鉴定 鉴定残疾 危房改造 农房改造 柴油补贴 燃油补贴 种粮补贴 ' +
    '农机补贴 耕地地力 购车补贴 家电下乡 以旧换新 渔船 退役军人 优抚对象 计划生育',
  // a disability certificate: where and how to get one (asked beside assistance, ours only when a rule of it turns on
  // it)
  compose(
    '残疾证 残疾人证 残疾证明',
    '怎么办 怎么办理 怎么申请 在哪办 在哪里办 在哪儿办 去哪办 去哪里办 哪里办 到哪办 到哪里办 办理 补办 换证 年审',
  ),
  // work, courts, school, health services
  '公务员 考公务员 政审 参军 当兵 入党 合作医疗 技校报名 拖欠工资 欠薪 劳动仲裁 工伤认定 离婚 结婚 彩礼 遗产 继承 官司 报警 转学 入学 学位 考试 放假 疫苗 挂号 体检',
  // everyday matters
  '天气 下雨 电费 水费 燃气 快递 公交 车票 火车票 网购 手机 话费',
].join(' ');

/** Words holding a service's name that speak of the resident's situation instead ("没结婚" is not a wedding). */
const NOT_SERVICES = '没有结婚 没结婚 没结过婚 冇结婚 冇结过婚 未婚 不结婚 离婚了 离了婚 没当兵 结婚了 结了婚 结咗婚';

const others = buildLexicon([
  ...OTHER_SERVICES.split(' ').map((word): LexiconEntry => ({ word, meaning: { t: 'term' }, term: 'service' })),
  ...NOT_SERVICES.split(' ').map((word): LexiconEntry => ({ word, meaning: { t: 'term' }, term: 'situation' })),
]);

function namesOtherService(mandarin: string): boolean {
  for (let i = 0; i < mandarin.length; ) {
    const hit = others.longest(mandarin, i);
    if (hit?.terms.includes('service')) return true;
    i += hit?.length ?? 1;
  }
  return false;
}

/**
 * Named assistance: a program, words only a question about assistance uses, or a means test
 * (whether money counts as income). An emergency alone (a storm, a fall) reads as a question of
 * 临时救助 for ranking, but is not yet a question about assistance: it needs a plea for help.
 */
function namesAssistance(tags: ReadonlySet<Tag>): boolean {
  for (const t of tags) if ((t.startsWith('p:') && t !== 'p:temporary_assistance') || t === 'field') return true;
  return tags.has('money') && (tags.has('counts') || tags.has('deduct'));
}

/** Rules of the means test: whether money counts as income (and what comes off it), who counts in the household. */
const MEANS_TEST: readonly Rule[] = ['income', 'income-tekun', 'employment-cost', 'household'];

export function inField(mandarin: string, tags: ReadonlySet<Tag>): boolean {
  // Whether money counts as income, or a relative in the household, is the means test's question,
  // whatever the money ("高龄补贴算不算收入").
  const rules = rulesOf(tags);
  const assistance = namesAssistance(tags) || MEANS_TEST.some((r) => rules.has(r));
  // Another service named beside assistance ("低保户能办残疾证吗"): ours only when the question
  // turns on a rule of assistance ("低保户能不能贷款买房" is the property rule).
  if (namesOtherService(mandarin)) return assistance && (rules.size > 0 || asksOfProgram(tags));
  if (assistance) return true;
  // An application asked about without naming what for (递了申请多久有结果) is one for 低保 here.
  const application = tags.has('applying') && asksOfProgram(tags);
  return (
    application ||
    rules.has('expenditure') ||
    rules.has('special') ||
    tags.has('procedure') ||
    (tags.has('need') && tags.has('help'))
  );
}
