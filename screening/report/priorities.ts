/**
 * What the resident should do first, and the programs in that order: an emergency's 临时救助
 * leads, then what is likely, then possible, then what needs facts, unlikely last. When 特困 and
 * 低保 may both apply, 特困 comes first and the advice says why: 特困供养 covers basic living,
 * care, medical treatment and funerals (社会救助暂行办法 第十五条; 社会救助法 第十六条), and both are
 * 基本生活救助 (社会救助法 第十五条): a 特困 person does not also draw 低保. Things said once for the
 * whole report (价格临时补贴) go on the first program they concern.
 */
import type { Program, ProgramResult, Reason } from '../model/report.ts';
import { verdictRank } from '../engine/checks.ts';
import type { RuleContext } from '../rules/shared/context.ts';
import { priceSubsidyNote } from '../rules/dibao.ts';
import { emergencyPlace } from '../rules/temporary-assistance.ts';
import { PROGRAMS } from '../model/report.ts';

const HOPEFUL = new Set(['likely', 'possible']);

function hopeful(r: ProgramResult | undefined): boolean {
  return r !== undefined && HOPEFUL.has(r.verdict);
}

/** The 临时救助 result rests on an emergency (not only on spending). */
function emergencyLeads(r: ProgramResult | undefined): boolean {
  return hopeful(r) && (r?.checks.some((c) => c.id === 'emergency' && (c.status === 'pass' || c.status === 'uncertain')) ?? false);
}

export function prioritise(ctx: RuleContext, results: ProgramResult[]): { results: ProgramResult[]; advice: Reason[] } {
  const by = (p: Program) => results.find((r) => r.program === p);
  const dibao = by('dibao');
  const tekun = by('tekun');
  const temporary = by('temporary_assistance');
  const advice: Reason[] = [];

  const subsidyOn = [dibao, tekun].find(hopeful);
  const subsidy = subsidyOn ? priceSubsidyNote(ctx) : undefined;
  if (subsidyOn && subsidy) subsidyOn.reasons.push(subsidy);

  if (emergencyLeads(temporary)) {
    const place = emergencyPlace(ctx);
    advice.push({ text: `遇到急事，先申请临时救助：${place.text}，情况紧急的可以先救助、后补手续。`, citations: [...place.citations, ...ctx.cite('temp.firstAid')] });
  }
  const both = hopeful(dibao) && hopeful(tekun);
  if (both) {
    advice.push({
      text: '特困供养和低保都可能符合：先申请特困供养。特困供养除了基本生活，还管生活照料、看病和丧葬，比低保管得多；特困人员本人不会再另外领低保。特困供养不符合的，再申请低保。',
      citations: ctx.cite('tekun.covers', 'dibao.notWithTekun'),
    });
  } else {
    const first = results.filter((r) => r.program !== 'temporary_assistance' && r.verdict === 'likely').sort((a, b) => PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program))[0];
    if (first && advice.length === 0) advice.push({ text: `可以先申请${PROGRAM_WORDS[first.program]}。`, citations: first.reasons[0]?.citations ?? [] });
  }

  const rank = (r: ProgramResult): number => {
    if (r.program === 'temporary_assistance' && emergencyLeads(r)) return 10;
    // 特困 just before 低保 when both may apply.
    if (both && r.program === 'tekun') return verdictRank(dibao!.verdict) + 0.5;
    return verdictRank(r.verdict);
  };
  const ordered = [...results].sort((a, b) => rank(b) - rank(a) || PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program));
  return { results: ordered, advice };
}

const PROGRAM_WORDS: Record<Program, string> = {
  dibao: '低保',
  single_person_dibao: '单人保（家里重残、重病的人单独申请低保）',
  tekun: '特困供养',
  temporary_assistance: '临时救助',
};
