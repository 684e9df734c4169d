/**
 * Correcting a request's household after the call or the visit (a wife recorded as 其他, an age
 * said wrong): staff edit the household in the summary's own lines ("成员2：关系 配偶；年龄 73"),
 * the form the 12345 agent page already corrects with, which parses back exactly
 * (bot/summary.ts). Every line must read back as typed, so a word the form does not know is named,
 * never dropped. The corrected household is screened again with the operator's figures and kept
 * beside the resident's own account (which is never overwritten); each changed field is recorded
 * with who, when, the old and the new value (sealed, in the request's history; the audit row
 * names the fields only), in one atomic step that fails if the request changed since the form was
 * read.
 */
import { and, eq, sql } from 'drizzle-orm';
import { parseSummary, renderSummary, SUMMARY_HEADER } from '../../../../bot/summary.ts';
import { Household, type ParameterSet, screen } from '../../../../screening/index.ts';
import { chinaDateOf } from '../../../config/calendar.ts';
import { isErased, OPEN_STATUSES, type SealedReferral } from '../../../db/referral-record.ts';
import { referrals } from '../../../db/schema.ts';
import { S } from '../messages.ts';
import { correctableLines } from '../view.ts';
import { correctionForm } from './detail.ts';
import { type Actor, openRequest, RequestCaseError, type StaffDesk, visibleRequest } from './desk.ts';

export interface CorrectionChange {
  /** The line and field, as the form names them ("成员2 关系"). */
  field: string;
  old: string;
  new: string;
}

export interface CorrectionInput {
  text: string;
  /** The form's token (./detail.ts correctionForm): the household it was made from. */
  base: string;
}

/** A refusal that lists what could not be read, for the form to show beside the text. */
export class CorrectionError extends RequestCaseError {
  constructor(readonly issues: string[]) {
    super('invalid', S.correction.invalid);
  }
}

/** Numbered lines (成员, 义务人, 事件, 支出) are numbered again in the order typed: the parser reads them in order anyway. */
const NUMBERED = /^(成员|义务人|事件|支出)\d+：/;

function normalise(text: string): string[] {
  const count = new Map<string, number>();
  return text
    .replace(/\u3000/g, ' ')
    .replace(/;/g, '；')
    .split('\n')
    .map((l) => l.trim().replace(/^([^：:]{1,20}):/, '$1：'))
    .filter((l) => l !== '' && l !== SUMMARY_HEADER && !l.startsWith('地区：') && !l.startsWith('日期：'))
    .map((l) => {
      const m = NUMBERED.exec(l);
      if (!m) return l;
      const n = (count.get(m[1]!) ?? 0) + 1;
      count.set(m[1]!, n);
      return `${m[1]}${n}：${l.slice(m[0].length)}`;
    });
}

/** Each line's fields by name ("成员2 关系" → "配偶"); a line of one value is its own field. */
export function fieldMap(lines: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    const i = line.indexOf('：');
    const key = i >= 0 ? line.slice(0, i) : line;
    const body = i >= 0 ? line.slice(i + 1) : '';
    const parts = body.split('；');
    if (parts.length === 1 && !body.includes(' ')) {
      out.set(key, body);
      continue;
    }
    for (const part of parts) {
      const j = part.indexOf(' ');
      if (j < 0) out.set(key, part);
      else out.set(`${key} ${part.slice(0, j)}`, part.slice(j + 1).trim());
    }
  }
  return out;
}

/** The household the lines describe, with every field that did not read back as typed named. */
export function readCorrection(
  text: string,
  at: { region: string; date: string },
  parameters?: ParameterSet,
): { household: Household; issues: string[] } {
  const lines = normalise(text);
  const parsed = parseSummary([SUMMARY_HEADER, ...lines].join('\n'));
  const household = parsed?.household ?? {};
  const issues: string[] = [];
  const valid = Household.safeParse(household);
  if (!valid.success) issues.push(...valid.error.issues.map((i) => S.correction.notAllowed(i.path.join('.'))));
  if (issues.length === 0) {
    const report = screen(household, { ...at, ...(parameters ? { parameters } : {}) });
    const back = fieldMap(correctableLines({ summary: renderSummary(household, report, at), household, report }));
    for (const [field, value] of fieldMap(lines))
      if (back.get(field) !== value) issues.push(S.correction.unread(field, value));
  }
  return { household, issues };
}

export async function correctHousehold(
  desk: StaffDesk,
  actor: Actor,
  id: string,
  input: CorrectionInput,
): Promise<{ id: string; changes: CorrectionChange[] }> {
  const row = await visibleRequest(desk, actor, id, S.errors.notFound);
  const body = await openRequest(desk, row, S.errors.internal);
  if (isErased(body)) throw new RequestCaseError('erased', S.errors.erased);
  if (!(OPEN_STATUSES as readonly string[]).includes(row.status))
    throw new RequestCaseError('transition', S.correction.finished);
  const current = await correctionForm(body);
  if (current.base !== input.base) throw new RequestCaseError('conflict', S.errors.conflict);
  const now = desk.clock.now();
  const at = { region: body.report.region, date: chinaDateOf(now.getTime()) };
  const { household, issues } = readCorrection(input.text, at, desk.parameters);
  if (issues.length > 0) throw new CorrectionError(issues);
  const report = screen(household, { ...at, ...(desk.parameters ? { parameters: desk.parameters } : {}) });
  const summary = renderSummary(household, report, at);
  const before = fieldMap(current.text.split('\n'));
  const after = fieldMap(correctableLines({ summary, household, report }));
  const changes: CorrectionChange[] = [...new Set([...before.keys(), ...after.keys()])]
    .filter((field) => before.get(field) !== after.get(field))
    .map((field) => ({ field, old: before.get(field) ?? '', new: after.get(field) ?? '' }));
  if (changes.length === 0) return { id: row.id, changes };
  const iso = now.toISOString();
  const sealed: SealedReferral = { ...body, corrected: { household, summary, report, at: iso, by: actor.id } };
  const programs = report.results
    .filter((r) => r.verdict === 'likely' || r.verdict === 'possible')
    .map((r) => r.program)
    .join(',');
  const { store } = desk;
  try {
    await desk.atomic([
      // Only if nothing changed since the row was read: otherwise NULL, NOT NULL fails, nothing is written.
      desk.db
        .update(referrals)
        .set({
          sealed: await desk.sealer.seal(sealed),
          programs,
          updatedAt: iso,
          status: sql`CASE WHEN ${referrals.updatedAt} = ${row.updatedAt} THEN ${referrals.status} ELSE NULL END`,
        })
        .where(and(eq(referrals.id, row.id))),
      store.eventQuery({
        referralId: row.id,
        at: iso,
        actor: actor.id,
        fromStatus: row.status,
        toStatus: row.status,
        kind: 'correction',
        sealedDetail: await desk.sealer.seal(changes),
      }),
      store.auditQuery({
        at: iso,
        actor: actor.id,
        action: 'correction',
        referralId: row.id,
        detail: JSON.stringify({ fields: changes.map((c) => c.field) }),
      }),
    ]);
  } catch (e) {
    const fresh = await store.referral(row.id);
    if (fresh && fresh.updatedAt !== row.updatedAt) throw new RequestCaseError('conflict', S.errors.conflict);
    throw e;
  }
  return { id: row.id, changes };
}
