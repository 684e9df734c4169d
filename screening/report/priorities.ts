/**
 * What the resident should do first, and the programs in that order: an emergency's 临时救助
 * leads, then what is likely, then possible, then what needs facts, unlikely last. When 特困 and
 * 低保 may both apply, 特困 comes first and the advice says why: 特困供养 covers basic living,
 * care, medical treatment and funerals (社会救助暂行办法 第十五条; 社会救助法 第十六条), and both are
 * 基本生活救助 (社会救助法 第十五条): a 特困 person does not also draw 低保. Things said once for the
 * whole report (价格临时补贴) go on the first program they concern.
 */
import type { Program, ProgramResult, Reason } from '../model/report.ts';
import { PROGRAMS } from '../model/report.ts';
import { verdictRank } from '../engine/checks.ts';
import { finding, toReason } from '../engine/findings.ts';
import type { RuleContext } from '../rules/common/context.ts';
import { priceSubsidyNote } from '../rules/dibao/notes.ts';
import { emergencyPlace } from '../rules/temporary/place.ts';

function hopeful(r: ProgramResult | undefined): boolean {
  return r !== undefined && (r.verdict === 'likely' || r.verdict === 'possible');
}

/** The 临时救助 result rests on an emergency (not only on spending). */
function emergencyLeads(r: ProgramResult | undefined): boolean {
  return (
    hopeful(r) &&
    (r?.checks.some((c) => c.id === 'emergency' && (c.status === 'pass' || c.status === 'uncertain')) ?? false)
  );
}

/** Ranks in the result: the emergency above all, 特困 just above a hopeful 低保 of any verdict. */
const LEAD = 10;
const JUST_ABOVE = 0.5;

export function prioritise(ctx: RuleContext, results: ProgramResult[]): { results: ProgramResult[]; advice: Reason[] } {
  const by = (p: Program) => results.find((r) => r.program === p);
  const dibao = by('dibao');
  const tekun = by('tekun');
  const temporary = by('temporary_assistance');
  const advice: Reason[] = [];

  const subsidyOn = [dibao, tekun].find(hopeful);
  const subsidy = subsidyOn ? priceSubsidyNote(ctx) : undefined;
  if (subsidyOn && subsidy) subsidyOn.reasons.push(toReason(subsidy));

  if (emergencyLeads(temporary)) {
    const { place, citations } = emergencyPlace(ctx);
    advice.push(toReason(finding('advice.emergency', 'info', { place }, [...citations, ...ctx.cite('temp.firstAid')])));
  }
  const both = hopeful(dibao) && hopeful(tekun);
  if (both)
    advice.push(toReason(finding('advice.tekunFirst', 'info', {}, ctx.cite('tekun.covers', 'dibao.notWithTekun'))));
  else if (advice.length === 0) {
    const first = results
      .filter((r) => r.program !== 'temporary_assistance' && r.verdict === 'likely')
      .sort((a, b) => PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program))[0];
    if (first)
      advice.push(
        toReason(finding('advice.first', 'info', { program: first.program }, first.reasons[0]?.citations ?? [])),
      );
  }

  const rank = (r: ProgramResult): number => {
    if (r.program === 'temporary_assistance' && emergencyLeads(r)) return LEAD;
    if (both && r.program === 'tekun') return verdictRank(dibao!.verdict) + JUST_ABOVE;
    return verdictRank(r.verdict);
  };
  const ordered = [...results].sort(
    (a, b) => rank(b) - rank(a) || PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program),
  );
  return { results: ordered, advice };
}
