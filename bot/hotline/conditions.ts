/**
 * A verdict an agent can use when the summary leaves it open: for each program still waiting
 * on facts the summary does not state, what the result would be if those facts turn out the
 * favourable way ("若家里没有汽车、第二套住房，低保可能符合"). Only assumptions a caller can
 * confirm in a sentence are made; a program that stays open either way is left to the questions.
 */
import { type Household, type ParameterSet, type ScreeningReport, screenProgram } from '../../screening/index.ts';
import { factWords, H } from '../messages/facts.ts';
import { PROGRAM_NAMES, VERDICT_WORDS } from '../messages/zh-CN.ts';

/** The favourable value of each fact the summary may leave out. */
function assumeFavourable(h: Household, path: string): Household | undefined {
  const members = h.members ?? [];
  if (/^property\.(vehicles|houses|registeredBusiness|commercialProperty)$/.test(path))
    return {
      ...h,
      property: { vehicles: 0, houses: 1, registeredBusiness: false, commercialProperty: false, ...h.property },
    };
  if (path === 'property.deposits') return { ...h, property: { deposits: 0, ...h.property } };
  if (/^income\.(wages|business|property|pensions|support)$/.test(path))
    return { ...h, income: { wages: 0, business: 0, property: 0, pensions: 0, support: [], ...h.income } };
  if (path === 'income.basicPension') return { ...h, income: { basicPension: 2400, ...h.income } };
  if (/^members\[\d+\]\.(hasDisability|disability)/.test(path))
    return { ...h, members: members.map((m) => ({ hasDisability: false, ...m })) };
  if (/^members\[\d+\]\.(seriousIllness|illnessOnLocalList)$/.test(path))
    return { ...h, members: members.map((m) => ({ seriousIllness: false, ...m })) };
  if (/^obligors/.test(path))
    return {
      ...h,
      obligors: h.obligors?.exist
        ? {
            exist: true,
            list: (h.obligors.list ?? [{}]).map((o) => ({
              ableBodiedAdult: false,
              status: 'dibao' as const,
              age: 70,
              ...o,
            })),
          }
        : { exist: false },
    };
  if (/^hardship\.events\[\d+\]\.basicLivingSevere$/.test(path))
    return {
      ...h,
      hardship: { ...h.hardship, events: (h.hardship?.events ?? []).map((e) => ({ basicLivingSevere: true, ...e })) },
    };
  return undefined;
}

export function conditionsFor(
  h: Household,
  report: ScreeningReport,
  at: { region: string; date: string; parameters: ParameterSet },
): string[] {
  const out: string[] = [];
  for (const r of report.results) {
    if (r.verdict !== 'need_info') continue;
    let assumed = h;
    const phrases = new Set<string>();
    let ok = true;
    for (const path of r.missing) {
      const next = assumeFavourable(assumed, path);
      const words = factWords(path)?.assume;
      if (!next || !words) {
        ok = false;
        break;
      }
      assumed = next;
      phrases.add(words);
    }
    if (!ok || phrases.size === 0) continue;
    const after = screenProgram(assumed, r.program, at);
    if (after.verdict === 'likely' || after.verdict === 'possible')
      out.push(H.condition([...phrases], shortName(PROGRAM_NAMES[r.program]), VERDICT_WORDS[after.verdict]));
  }
  return out;
}

/** The program name without its bracketed gloss (names are our own constants, not outside input). */
function shortName(name: string): string {
  const cut = name.indexOf('（');
  return cut < 0 ? name : name.slice(0, cut);
}
