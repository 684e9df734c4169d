/**
 * 急难型: 社会救助暂行办法 第四十七条 "因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致
 * 基本生活暂时出现严重困难的家庭……给予临时救助". No text sets a window after the event (Q16): one
 * within the recent months fits 先行救助 (社会救助法 第五十条 "情况紧急、救助金额较小、需立即采取救助
 * 措施的，应当先行救助"); an older one whose hardship lasts is `possible`, with 跟进救助 (both notices
 * 二（六））. The best event decides; where to apply is said with it (place.ts).
 */
import type { Check, CheckStatus } from '../../model/report.ts';
import { bestStatus, flat } from '../../engine/checks.ts';
import { addMonths } from '../../engine/calendar.ts';
import { finding, toCheck } from '../../engine/findings.ts';
import type { EventPart } from '../../catalogue/temporary.ts';
import type { RuleContext } from '../common/context.ts';
import { emergencyPlace } from './place.ts';

export function emergencyRoute(ctx: RuleContext): Check | undefined {
  const events = ctx.h.hardship?.events ?? [];
  if (events.length === 0) return undefined;
  const window = ctx.res.get('temporary.recentEventMonths');
  const place = emergencyPlace(ctx);
  const each = events.map((e, i): { status: CheckStatus; part: EventPart; missing: string[] } => {
    const path = `hardship.events[${i}]`;
    if (e.date !== undefined && e.date > ctx.res.date)
      return { status: 'fail', part: { kind: 'future', event: e.kind }, missing: [] };
    if (e.basicLivingSevere === false) return { status: 'fail', part: { kind: 'copes', event: e.kind }, missing: [] };
    if (e.basicLivingSevere === undefined || e.date === undefined) {
      const missing = [
        ...(e.date === undefined ? [`${path}.date`] : []),
        ...(e.basicLivingSevere === undefined ? [`${path}.basicLivingSevere`] : []),
      ];
      return {
        status: 'unknown',
        part: { kind: 'ask', event: e.kind, date: e.date === undefined, severe: e.basicLivingSevere === undefined },
        missing,
      };
    }
    if (addMonths(e.date, window) < ctx.res.date)
      return { status: 'uncertain', part: { kind: 'lasting', event: e.kind, date: e.date }, missing: [] };
    return { status: 'pass', part: { kind: 'recent', event: e.kind, date: e.date }, missing: [] };
  });
  const status = bestStatus(each.map((x) => x.status));
  const chosen = each.filter((x) => x.status === status);
  const open = status === 'pass' || status === 'uncertain';
  const cites = [
    ...ctx.cite('temp.who', 'temp.firstAid'),
    ...place.citations,
    ...(status === 'uncertain' ? ctx.cite('temp.lasting') : []),
  ];
  const figures = { parts: chosen.map((x) => x.part), ...(open ? { place: place.place } : {}) };
  return toCheck(
    'emergency',
    'emergency',
    finding('temp.events', status, figures, cites, status === 'unknown' ? flat(chosen, (x) => x.missing) : []),
  );
}
