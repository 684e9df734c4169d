/**
 * One request in full for a member of staff who may see it: the contact (身份证号 masked on
 * screen, whole on the printed application form), the estimate with its reasons and clauses — and,
 * once staff corrected the household, the estimate on the corrected facts beside it — the
 * household, the materials, its deadline, its history (status changes, notes, corrections, the
 * same household's later contacts and 12345 calls, escalations, the 回访) and the statuses it may
 * move to. A request the resident withdrew by deleting their information shows only that.
 * Opening it, or printing it, is audited.
 */
import { maskIdNumber } from '../../../../bot/referral/mask.ts';
import { placeOf } from '../../../config/routing.ts';
import {
  isErased,
  NEXT_STATUSES,
  type SealedContact,
  type SealedReferral,
  STATUS_LABELS,
} from '../../../db/referral-record.ts';
import type { EscalationDetail } from '../../../notify/escalation.ts';
import { ownValue } from '../../../own.ts';
import { sha256Hex } from '../auth.ts';
import { S } from '../messages.ts';
import type { ReferralContactRow, ReferralEventRow } from '../store.ts';
import {
  chinaTime,
  correctableLines,
  type DetailView,
  dueView,
  type HistoryItem,
  householdLines,
  materials,
  type PrintView,
  programList,
  programViews,
  statusLabel,
} from '../view.ts';
import type { CorrectionChange } from './correct.ts';
import { type Actor, audit, openRequest, RequestCaseError, type StaffDesk, visibleRequest } from './desk.ts';
import { followUpLabel, placeName } from './list.ts';

/** The text the correction form starts from, and the token that says which version it was. */
export async function correctionForm(sealed: SealedReferral): Promise<{ text: string; base: string }> {
  const text = correctableLines(sealed.corrected ?? sealed).join('\n');
  return { text, base: (await sha256Hex(text)).slice(0, 32) };
}

async function openOr<T>(desk: StaffDesk, sealed: string | null, fallback: T): Promise<T> {
  if (!sealed) return fallback;
  return desk.sealer.open<T>(sealed).catch(() => fallback);
}

function contactLines(c: SealedContact): string[] {
  if (c.kind === 'call')
    return c.summary
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  return [
    `${S.detail.name}：${c.contact.name}`,
    `${S.detail.phone}：${c.contact.phone}`,
    `${S.detail.callTime}：${c.contact.callTime}`,
    ...(c.contact.idNumber ? [`${S.detail.idNumber}：${maskIdNumber(c.contact.idNumber)}`] : []),
    ...householdLines(c).filter((l) => !l.startsWith('地区：') && !l.startsWith('日期：')),
  ];
}

/** The history as staff read it, each event in words. Contacts are matched to their events by time. */
async function historyOf(
  desk: StaffDesk,
  events: ReferralEventRow[],
  contacts: ReferralContactRow[],
): Promise<HistoryItem[]> {
  const actors = await desk.store.usersById([...new Set(events.map((e) => e.actor))]);
  const name = (actor: string) =>
    actor === 'resident'
      ? S.history.resident
      : actor === 'system'
        ? S.history.system
        : (actors.get(actor)?.displayName ?? S.history.staff);
  const unmatched = [...contacts];
  return Promise.all(
    events.map(async (e): Promise<HistoryItem> => {
      const note = await openOr(desk, e.sealedNote, '');
      const base = { at: chinaTime(e.at), actor: name(e.actor), note, told: e.told, lines: [] as string[] };
      switch (e.kind) {
        case 'note':
          return { ...base, what: S.history.note };
        case 'correction': {
          const changes = await openOr<CorrectionChange[]>(desk, e.sealedDetail, []);
          return {
            ...base,
            what: S.history.correction,
            lines: changes.map((c) => `${c.field}：${c.old || S.history.blank} → ${c.new || S.history.blank}`),
          };
        }
        case 'contact':
        case 'call': {
          const i = unmatched.findIndex(
            (c) => c.kind === (e.kind === 'call' ? 'call' : 'request') && c.createdAt === e.at,
          );
          const contact = i >= 0 ? unmatched.splice(i, 1)[0] : undefined;
          const body = contact ? await openOr<SealedContact | undefined>(desk, contact.sealed, undefined) : undefined;
          const channel = contact ? (ownValue(S.channel, contact.channel) ?? contact.channel) : '';
          const what = e.kind === 'call' ? S.history.call : S.history.contact(channel);
          return { ...base, what, lines: body ? contactLines(body) : [] };
        }
        case 'escalation': {
          const d = await openOr<EscalationDetail | undefined>(desk, e.sealedDetail, undefined);
          return { ...base, what: S.history.escalation(d?.level ?? 1, d?.office ?? '', d?.notified ?? false) };
        }
        case 'follow_up': {
          const answer = await openOr<string>(desk, e.sealedDetail, '');
          return { ...base, what: S.history.followUp(followUpLabel(answer) ?? answer) };
        }
        case 'withdrawn':
          return { ...base, what: S.history.withdrawn(e.fromStatus ? statusLabel(e.fromStatus) : '') };
        default:
          return {
            ...base,
            what:
              e.fromStatus && e.fromStatus !== e.toStatus
                ? `${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}`
                : statusLabel(e.toStatus),
          };
      }
    }),
  );
}

export async function requestDetail(desk: StaffDesk, actor: Actor, id: string): Promise<DetailView> {
  const row = await visibleRequest(desk, actor, id, S.errors.notFound);
  const body = await openRequest(desk, row, S.errors.internal);
  const [events, contacts] = await Promise.all([desk.store.events(row.id), desk.store.contacts(row.id)]);
  const history = await historyOf(desk, events, contacts);
  const place = placeOf(desk.villages, row);
  const nowMs = desk.clock.now().getTime();
  await audit(desk, actor, 'view', row.id);
  const common = {
    id: row.id,
    reference: row.reference,
    status: row.status,
    statusLabel: statusLabel(row.status),
    created: chinaTime(row.createdAt),
    village: placeName(desk, row),
    township: place.township.name || row.township,
    // A call a 12345 agent filed names its work order, so staff can quote it back to the hotline.
    channel: `${ownValue(S.channel, row.channel) ?? row.channel}${row.workOrder ? `（工单号 ${row.workOrder}）` : ''}`,
    urgent: row.urgent,
    due: dueView(desk.villages.calendar, row, nowMs),
    history,
    followUp: followUpLabel(row.followUpAnswer),
    next: (ownValue(NEXT_STATUSES, row.status) ?? []).map((s) => ({ value: s, label: STATUS_LABELS[s] })),
  };
  if (isErased(body)) {
    return {
      ...common,
      erased: true,
      contact: { name: '', phone: '', idNumber: '', callTime: '' },
      consentAt: '',
      programs: [],
      household: [],
      correctionText: '',
      correctionBase: '',
      materials: [],
      next: [],
    };
  }
  const form = await correctionForm(body);
  const by = body.corrected ? ((await desk.store.userById(body.corrected.by))?.displayName ?? S.history.staff) : '';
  return {
    ...common,
    erased: false,
    contact: {
      name: body.contact.name,
      phone: body.contact.phone,
      idNumber: body.contact.idNumber ? maskIdNumber(body.contact.idNumber) : '',
      callTime: body.contact.callTime,
    },
    consentAt: body.consent?.at ? chinaTime(body.consent.at) : '',
    programs: programViews(body),
    ...(body.corrected
      ? {
          corrected: {
            programs: programViews(body.corrected),
            household: householdLines(body.corrected),
            at: chinaTime(body.corrected.at),
            by,
          },
        }
      : {}),
    household: householdLines(body),
    correctionText: form.text,
    correctionBase: form.base,
    materials: materials(body),
  };
}

/**
 * The A4 application form: the programs the request is for, and the documents for those only.
 * Once staff corrected the household, the form carries the corrected facts and the estimate on them.
 */
export async function requestForPrint(desk: StaffDesk, actor: Actor, id: string): Promise<PrintView> {
  const row = await visibleRequest(desk, actor, id, S.errors.notFound);
  const body = await openRequest(desk, row, S.errors.internal);
  if (isErased(body)) throw new RequestCaseError('erased', S.errors.erased);
  const place = placeOf(desk.villages, row);
  await audit(desk, actor, 'print', row.id, body.corrected ? { corrected: true } : undefined);
  const applied = programList(row.programs);
  const forRequest = (program: string) => applied.length === 0 || applied.includes(program);
  const facts = body.corrected ?? body;
  return {
    corrected: body.corrected !== undefined,
    reference: row.reference,
    printedAt: chinaTime(desk.clock.now().toISOString()),
    created: chinaTime(row.createdAt),
    village: placeName(desk, row),
    township: place.township.name || row.township,
    // The application form needs the full 身份证号 if the resident gave it; blank to fill otherwise.
    contact: {
      name: body.contact.name,
      phone: body.contact.phone,
      idNumber: body.contact.idNumber ?? '',
      callTime: body.contact.callTime,
    },
    programs: programViews(facts).filter((p) => forRequest(p.program)),
    household: householdLines(facts),
    materials: materials({ ...body, materials: body.materials.filter((m) => forRequest(m.program)) }),
    disclaimer: facts.report?.disclaimer ?? '',
  };
}
