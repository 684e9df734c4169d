/**
 * The monthly report (issue 18 item 3; the city package's `outreach.report` clause, e.g. "依托村（居）民委员会建立健全社会救助
 * 月报告制度……于每月20日前向乡镇（街道办事处）报告，民政助理员要对上报情况及时进行核查，于每月月底报县级
 * 民政部门"). A village's report to its township and the township's consolidated report to the
 * county, made from what the console holds: visits by focus group and outcome, households whose
 * situation changed by the kinds the notice names, new requests by program and whether staff
 * made them on a visit (assisted) or the resident did. Counts and request numbers only: no label,
 * note, name or household fact is read.
 *
 * "Changed" is what staff recorded: a visit's kinds of change (就业、收入、消费、受灾、大病、丧葬, the
 * city package's `changeKinds`) counted once per household (the visit's keyed household hash) and
 * kind; and, apart, the requests whose household facts staff corrected in the period (a
 * correction says the facts changed or were wrong, not which of the notice's kinds, so it is
 * counted on its own line rather than guessed into one).
 */
import { and, eq, gte, inArray, lte, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { PROGRAMS } from '../../../../screening/index.ts';
import type { ReportDue } from '../../../config/outreach.ts';
import type { Village } from '../../../config/villages.ts';
import { referralEvents, referrals, visits } from '../../../db/schema.ts';
import { VISIT_OUTCOMES } from '../../../db/visits.ts';
import { toCsv } from '../csv.ts';
import { PROGRAM_SHORT } from '../messages.ts';
import { chinaDayStart } from '../store.ts';
import { chinaTime } from '../view.ts';
import { V } from '../visit-messages.ts';
import { type Actor, audit, RequestCaseError, type StaffDesk } from './desk.ts';

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, V.badMonth);
export const ReportQuery = z.object({ month: Month.optional() });

export interface Figures {
  /** Visits by focus group (label) and outcome id, with totals. */
  visits: { group: string; label: string; byOutcome: Record<string, number>; total: number }[];
  visitTotals: Record<string, number> & { total: number };
  households: number;
  changed: { kind: string; label: string; households: number }[];
  changedAny: number;
  corrected: string[];
  requests: {
    total: number;
    assisted: number;
    self: number;
    byProgram: { program: string; label: string; count: number }[];
    references: string[];
  };
}

export interface MonthlyReport {
  level: 'village' | 'township';
  code: string;
  name: string;
  month: string;
  due: ReportDue;
  /** The clause the report rests on, by id, and any note on how the city follows it. */
  clause: string;
  note?: string | undefined;
  generatedAt: string;
  /** The village's own, or the township's total over its villages and its own requests. */
  figures: Figures;
  /** A township's report: each village's figures, then the requests sent to the township itself. */
  villages?: { code: string; name: string; figures: Figures }[];
  own?: Figures;
}

interface Period {
  from: string;
  to: string;
}

/** The figures over some villages (or, with `office`, a township's requests that have no village). */
async function figuresOf(
  desk: StaffDesk,
  region: string,
  period: Period,
  villageCodes: string[],
  office?: string,
): Promise<Figures> {
  const { db } = desk;
  const lists = desk.villages.outreach.of(region);
  const visitRows = villageCodes.length
    ? await db
        .select({
          household: visits.household,
          village: visits.village,
          focusGroup: visits.focusGroup,
          outcome: visits.outcome,
          changes: visits.changes,
        })
        .from(visits)
        .where(
          and(
            inArray(visits.village, villageCodes),
            gte(visits.visitedOn, period.from),
            lte(visits.visitedOn, period.to),
          ),
        )
    : [];
  const startIso = chinaDayStart(period.from);
  const endIso = chinaDayStart(period.to, 1);
  const place =
    office !== undefined
      ? and(eq(referrals.village, ''), eq(referrals.township, office))
      : villageCodes.length
        ? inArray(referrals.village, villageCodes)
        : sql`1 = 0`;
  const requestRows = await db
    .select({ reference: referrals.reference, programs: referrals.programs, assisted: referrals.assisted })
    .from(referrals)
    .where(and(place, gte(referrals.createdAt, startIso), lt(referrals.createdAt, endIso)));
  const correctedRows = await db
    .selectDistinct({ reference: referrals.reference })
    .from(referralEvents)
    .innerJoin(referrals, eq(referrals.id, referralEvents.referralId))
    .where(
      and(
        place,
        eq(referralEvents.kind, 'correction'),
        gte(referralEvents.at, startIso),
        lt(referralEvents.at, endIso),
      ),
    );

  const groups = lists.focusGroups.map((g) => {
    const rows = visitRows.filter((v) => v.focusGroup === g.id);
    return {
      group: g.id,
      label: g.label,
      byOutcome: Object.fromEntries(VISIT_OUTCOMES.map((o) => [o, rows.filter((r) => r.outcome === o).length])),
      total: rows.length,
    };
  });
  const visitTotals = {
    ...Object.fromEntries(VISIT_OUTCOMES.map((o) => [o, visitRows.filter((r) => r.outcome === o).length])),
    total: visitRows.length,
  };
  const householdKey = (v: { village: string; household: string }) => `${v.village}:${v.household}`;
  const changed = lists.changeKinds.map((k) => ({
    kind: k.id,
    label: k.label,
    households: new Set(visitRows.filter((v) => v.changes.split(',').includes(k.id)).map(householdKey)).size,
  }));
  const programs = PROGRAMS.map((p) => ({
    program: p,
    label: PROGRAM_SHORT[p] ?? p,
    count: requestRows.filter((r) => r.programs.split(',').includes(p)).length,
  }));
  const none = requestRows.filter((r) => r.programs === '').length;
  return {
    visits: groups,
    visitTotals,
    households: new Set(visitRows.map(householdKey)).size,
    changed,
    changedAny: new Set(visitRows.filter((v) => v.changes !== '').map(householdKey)).size,
    corrected: correctedRows.map((r) => r.reference).sort(),
    requests: {
      total: requestRows.length,
      assisted: requestRows.filter((r) => r.assisted).length,
      self: requestRows.filter((r) => !r.assisted).length,
      byProgram: [...programs, ...(none ? [{ program: '', label: V.noProgram, count: none }] : [])],
      references: requestRows.map((r) => r.reference).sort(),
    },
  };
}

/** Adds figures up (the township's total). Households are counted per village, so they add. */
function sum(parts: Figures[], template: Figures): Figures {
  const add = (f: (x: Figures) => number) => parts.reduce((n, p) => n + f(p), 0);
  return {
    visits: template.visits.map((g, i) => ({
      ...g,
      byOutcome: Object.fromEntries(VISIT_OUTCOMES.map((o) => [o, add((p) => p.visits[i]?.byOutcome[o] ?? 0)])),
      total: add((p) => p.visits[i]?.total ?? 0),
    })),
    visitTotals: {
      ...Object.fromEntries(VISIT_OUTCOMES.map((o) => [o, add((p) => p.visitTotals[o] ?? 0)])),
      total: add((p) => p.visitTotals.total),
    },
    households: add((p) => p.households),
    changed: template.changed.map((c, i) => ({ ...c, households: add((p) => p.changed[i]?.households ?? 0) })),
    changedAny: add((p) => p.changedAny),
    corrected: parts.flatMap((p) => p.corrected).sort(),
    requests: {
      total: add((p) => p.requests.total),
      assisted: add((p) => p.requests.assisted),
      self: add((p) => p.requests.self),
      byProgram: [
        ...new Map(parts.flatMap((p) => p.requests.byProgram).map((b) => [b.program, b.label])).entries(),
      ].map(([program, label]) => ({
        program,
        label,
        count: parts.reduce((n, p) => n + (p.requests.byProgram.find((b) => b.program === program)?.count ?? 0), 0),
      })),
      references: parts.flatMap((p) => p.requests.references).sort(),
    },
  };
}

/** The month offered first: this month (its report is due this month, by the 20th and by its end). */
export function currentMonth(desk: StaffDesk): string {
  return desk.clock.today().slice(0, 7);
}

/** The villages of a township (configured villages whose township it is). */
function villagesOf(desk: StaffDesk, township: string): Village[] {
  return desk.villages.all().filter((v) => v.township.code === township);
}

export interface ReportChoice {
  level: 'village' | 'township';
  code: string;
  name: string;
}

/**
 * The reports an account may open: its village's; a township's and its villages'; a county's townships and villages.
 */
export function reportChoices(desk: StaffDesk, actor: Actor): ReportChoice[] {
  const villages = desk.villages.all().filter((v) => actor.scope.all || actor.scope.villages.includes(v.code));
  const townships = new Map<string, string>();
  for (const v of villages)
    if (actor.scope.all ? true : actor.scope.townships.includes(v.township.code))
      townships.set(v.township.code, v.township.name);
  return [
    ...[...townships].map(([code, name]) => ({ level: 'township' as const, code, name })),
    ...villages.map((v) => ({ level: 'village' as const, code: v.code, name: `${v.township.name}${v.name}` })),
  ];
}

export async function villageReport(
  desk: StaffDesk,
  actor: Actor,
  code: string,
  month: string,
): Promise<MonthlyReport> {
  const village = desk.villages.get(code);
  if (!village || !(actor.scope.all || actor.scope.villages.includes(code)))
    throw new RequestCaseError('not_found', V.reportOutOfScope);
  const due = desk.villages.outreach.due(village.region, month);
  const lists = desk.villages.outreach.of(village.region);
  const figures = await figuresOf(desk, village.region, due, [code]);
  await audit(desk, actor, 'report.village', null, { village: code, month });
  return {
    level: 'village',
    code,
    name: `${village.township.name}${village.name}`,
    month,
    due,
    clause: lists.clause ?? lists.changeClause,
    note: lists.note,
    generatedAt: chinaTime(desk.clock.now().toISOString()),
    figures,
  };
}

export async function townshipReport(
  desk: StaffDesk,
  actor: Actor,
  code: string,
  month: string,
): Promise<MonthlyReport> {
  const villages = villagesOf(desk, code);
  const allowed = actor.scope.all || actor.scope.townships.includes(code);
  if (villages.length === 0 || !allowed) throw new RequestCaseError('not_found', V.reportOutOfScope);
  const region = villages[0]!.region;
  const due = desk.villages.outreach.due(region, month);
  const lists = desk.villages.outreach.of(region);
  const parts = await Promise.all(
    villages.map(async (v) => ({
      code: v.code,
      name: v.name,
      figures: await figuresOf(desk, v.region, due, [v.code]),
    })),
  );
  const own = await figuresOf(desk, region, due, [], code);
  await audit(desk, actor, 'report.township', null, { township: code, month });
  return {
    level: 'township',
    code,
    name: villages[0]!.township.name,
    month,
    due,
    clause: lists.clause ?? lists.changeClause,
    note: lists.note,
    generatedAt: chinaTime(desk.clock.now().toISOString()),
    figures: sum([...parts.map((p) => p.figures), own], own),
    villages: parts,
    own,
  };
}

/** The report as CSV: one row per figure (section, item, count), request numbers joined. */
export function reportCsv(r: MonthlyReport, outcomeLabels: Record<string, string>): string {
  const rows: (string | number)[][] = [];
  const block = (scope: string, f: Figures) => {
    for (const g of f.visits)
      for (const o of VISIT_OUTCOMES)
        rows.push([scope, V.visitsSection, `${g.label}/${outcomeLabels[o] ?? o}`, g.byOutcome[o] ?? 0]);
    rows.push(
      [scope, V.visitsSection, V.visitsTotal, f.visitTotals.total],
      [scope, V.visitsSection, V.households, f.households],
    );
    for (const c of f.changed) rows.push([scope, V.changedSection, c.label, c.households]);
    rows.push(
      [scope, V.changedSection, V.changedAny, f.changedAny],
      [scope, V.changedSection, V.corrected, f.corrected.length],
    );
    rows.push(
      [scope, V.requestsSection, V.requestsTotal, f.requests.total],
      [scope, V.requestsSection, V.assistedCount, f.requests.assisted],
      [scope, V.requestsSection, V.selfCount, f.requests.self],
    );
    for (const b of f.requests.byProgram) rows.push([scope, V.requestsSection, `${V.byProgram}/${b.label}`, b.count]);
    rows.push([scope, V.requestsSection, V.references, f.requests.references.join(' ')]);
  };
  block(r.name, r.figures);
  for (const v of r.villages ?? []) block(v.name, v.figures);
  if (r.own) block(V.officeOwn, r.own);
  return toCsv(['范围', '部分', '项目', '数量'], rows);
}
