/**
 * One request in full for a member of staff who may see it: the contact (身份证号 masked on
 * screen, whole on the printed application form), the estimate with its reasons and clauses,
 * the household, the materials, its history and the statuses it may move to. Opening it, or
 * printing it, is audited.
 */
import { maskIdNumber } from '../../../../bot/referral/mask.ts';
import { NEXT_STATUSES, STATUS_LABELS } from '../../../db/referral-record.ts';
import { ownValue } from '../../../own.ts';
import { S } from '../messages.ts';
import { chinaTime, type DetailView, householdLines, materials, type PrintView, programList, programViews, statusLabel, villageLabel } from '../view.ts';
import { type Actor, audit, openRequest, type StaffDesk, visibleRequest } from './desk.ts';

export async function requestDetail(desk: StaffDesk, actor: Actor, id: string): Promise<DetailView> {
  const row = await visibleRequest(desk, actor, id, S.errors.notFound);
  const sealed = await openRequest(desk, row, S.errors.internal);
  const events = await desk.store.events(row.id);
  const actors = await desk.store.usersById([...new Set(events.map((e) => e.actor))]);
  const history = await Promise.all(
    events.map(async (e) => ({
      at: chinaTime(e.at),
      actor: e.actor === 'resident' ? '申请人' : e.actor === 'system' ? '系统' : (actors.get(e.actor)?.displayName ?? '工作人员'),
      from: e.fromStatus ? statusLabel(e.fromStatus) : '',
      to: statusLabel(e.toStatus),
      note: e.sealedNote ? await desk.sealer.open<string>(e.sealedNote).catch(() => '') : '',
    })),
  );
  const place = villageLabel(desk.villages, row.village);
  await audit(desk, actor, 'view', row.id);
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    statusLabel: statusLabel(row.status),
    created: chinaTime(row.createdAt),
    village: place.village,
    township: place.township || row.township,
    channel: ownValue(S.channel, row.channel) ?? row.channel,
    contact: { name: sealed.contact.name, phone: sealed.contact.phone, idNumber: sealed.contact.idNumber ? maskIdNumber(sealed.contact.idNumber) : '', callTime: sealed.contact.callTime },
    consentAt: sealed.consent?.at ? chinaTime(sealed.consent.at) : '',
    programs: programViews(sealed),
    household: householdLines(sealed),
    materials: materials(sealed),
    history,
    next: (ownValue(NEXT_STATUSES, row.status) ?? []).map((s) => ({ value: s, label: STATUS_LABELS[s] })),
  };
}

/** The A4 application form: the programs the request is for, and the documents for those only. */
export async function requestForPrint(desk: StaffDesk, actor: Actor, id: string): Promise<PrintView> {
  const row = await visibleRequest(desk, actor, id, S.errors.notFound);
  const sealed = await openRequest(desk, row, S.errors.internal);
  const place = villageLabel(desk.villages, row.village);
  await audit(desk, actor, 'print', row.id);
  const applied = programList(row.programs);
  const forRequest = (program: string) => applied.length === 0 || applied.includes(program);
  return {
    reference: row.reference,
    printedAt: chinaTime(desk.clock.now().toISOString()),
    created: chinaTime(row.createdAt),
    village: place.village,
    township: place.township || row.township,
    // The application form needs the full 身份证号 if the resident gave it; blank to fill otherwise.
    contact: { name: sealed.contact.name, phone: sealed.contact.phone, idNumber: sealed.contact.idNumber ?? '', callTime: sealed.contact.callTime },
    programs: programViews(sealed).filter((p) => forRequest(p.program)),
    household: householdLines(sealed),
    materials: materials({ ...sealed, materials: sealed.materials.filter((m) => forRequest(m.program)) }),
    disclaimer: sealed.report?.disclaimer ?? '',
  };
}
