/**
 * The summary a resident copies to the village committee and an agent pastes into a work order:
 * a stable, readable text of the household facts and the estimate. One line per fact, in a fixed
 * order, so the same household always gives the same text.
 */
import type { Household, Member, ScreeningReport } from '../screening/index.ts';
import { PROGRAM_NAMES, VERDICT_WORDS } from './messages/zh-CN.ts';

export const SUMMARY_HEADER = '【兜底助手 评估摘要】';

const KIND: Record<string, string> = { visual: '视力', hearing: '听力', speech: '言语', physical: '肢体', intellectual: '智力', mental: '精神', multiple: '多重' };
const yesNo = (v: boolean | undefined, yes: string, no: string) => (v === undefined ? '未说明' : v ? yes : no);

function member(m: Member, i: number): string {
  const parts = [i === 0 ? '申请人' : `成员${i + 1}`, m.age !== undefined ? `${m.age}岁` : '年龄未说明'];
  if (m.hasDisability === false) parts.push('无残疾证');
  else if (m.hasDisability || m.disability) parts.push(`残疾：${m.disability?.kind ? KIND[m.disability.kind] : '类别未说明'}${m.disability?.grade ? `${m.disability.grade}级` : ''}`);
  if (m.seriousIllness !== undefined) parts.push(m.seriousIllness ? `患重病${m.illnessOnLocalList === true ? '（当地目录内）' : ''}` : '无重病');
  if (m.employed !== undefined) parts.push(m.employed ? '有工作' : '无工作');
  return parts.join('，');
}

const money = (v: number | undefined) => (v === undefined ? '未说明' : `${v}元`);

export function renderSummary(h: Household, r: ScreeningReport, at: { region: string; date: string }): string {
  const lines = [SUMMARY_HEADER, `地区：${r.regionName ?? ''}（${at.region}）`, `日期：${at.date}`];
  lines.push(`户籍：${h.hukou === 'rural' ? '农村' : h.hukou === 'urban' ? '城镇' : '未说明'}`);
  const members = h.members ?? [];
  lines.push(`家庭人口：${members.length > 0 ? `${members.length}人` : h.size !== undefined ? `${h.size}人` : '未说明'}`);
  members.forEach((m, i) => lines.push(`  ${member(m, i)}`));
  const inc = h.income;
  if (inc) {
    const support = inc.support === undefined ? '未说明' : `${inc.support.reduce((s, x) => s + x.amount, 0)}元`;
    lines.push(`收入（近${inc.periodMonths ?? 12}个月）：工资 ${money(inc.wages)}；经营 ${money(inc.business)}；财产 ${money(inc.property)}；养老金 ${money(inc.pensions)}；赡养费 ${support}；基础养老金 ${money(inc.basicPension)}`);
  } else lines.push('收入：未说明');
  const p = h.property;
  lines.push(p ? `财产：存款 ${money(p.deposits)}；汽车 ${p.vehicles ?? '未说明'}辆；住房 ${p.houses ?? '未说明'}处；公司或个体户 ${yesNo(p.registeredBusiness, '有', '无')}` : '财产：未说明');
  lines.push(`不同住的赡养义务人：${h.obligors?.exist === undefined ? '未说明' : h.obligors.exist ? `有${h.obligors.list?.length ? `${h.obligors.list.length}人` : ''}` : '无'}`);
  const hs = h.hardship;
  const events = hs?.events?.map((e) => `${e.kind}${e.date ? `（${e.date}）` : ''}`).join('、');
  const spend = hs?.expenses?.reduce((s, e) => s + e.amount, 0);
  lines.push(`急难和大额支出：${hs === undefined ? '未说明' : hs.none ? '无' : [events, spend ? `支出${spend}元` : ''].filter(Boolean).join('；') || '无'}`);
  lines.push('评估结果（仅为估计，以核对和审核为准）：');
  for (const x of r.results) lines.push(`  ${PROGRAM_NAMES[x.program]}：${VERDICT_WORDS[x.verdict]}${x.estimatedMonthlyAmount ? `，估计每月约${x.estimatedMonthlyAmount.yuan}元` : ''}`);
  const missing = [...new Set(r.results.flatMap((x) => x.missing))];
  if (missing.length > 0) lines.push(`还需了解：${missing.join('、')}`);
  return lines.join('\n');
}
