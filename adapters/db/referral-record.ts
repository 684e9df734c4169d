/**
 * What a stored request holds and how its status may move. The sealed part is the only place
 * a resident's name, phone, 身份证号, household facts and report are kept, always encrypted.
 */
import type { MaterialsList } from '../../content/materials.ts';
import type { Household, ScreeningReport } from '../../screening/index.ts';

/** 新提交 → 已联系 → 已入户调查 → 已提交乡镇 → 已办结 / 不符合条件 / 已撤回. */
export const REFERRAL_STATUSES = [
  'new',
  'contacted',
  'visited',
  'submitted',
  'closed',
  'ineligible',
  'withdrawn',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const STATUS_LABELS: Record<ReferralStatus, string> = {
  new: '新提交',
  contacted: '已联系',
  visited: '已入户调查',
  submitted: '已提交乡镇',
  closed: '已办结',
  ineligible: '不符合条件',
  withdrawn: '已撤回',
};

/** Finished requests: kept for the retention period, then deleted automatically. */
export const FINAL_STATUSES: readonly ReferralStatus[] = ['closed', 'ineligible', 'withdrawn'];

/** Forward along the workflow, or to a final status from any open one; never out of a final one. */
export const NEXT_STATUSES: Record<ReferralStatus, readonly ReferralStatus[]> = {
  new: ['contacted', 'ineligible', 'withdrawn'],
  contacted: ['visited', 'ineligible', 'withdrawn'],
  visited: ['submitted', 'ineligible', 'withdrawn'],
  submitted: ['closed', 'ineligible', 'withdrawn'],
  closed: [],
  ineligible: [],
  withdrawn: [],
};

export interface ReferralContact {
  name: string;
  phone: string;
  /** 身份证号, only if the resident chose to give it (checksum-validated). */
  idNumber?: string;
  /** When to call: 上午 / 下午 / 晚上 / 都可以. */
  callTime: string;
}

/** The encrypted body of a request (column `sealed`). */
export interface SealedReferral {
  contact: ReferralContact;
  /** Channel user id, to tell the resident of status changes where the channel allows. */
  channelUserId: string;
  household: Household;
  report: ScreeningReport;
  /** The plain-text summary (bot/summary.ts), as the resident could see it. */
  summary: string;
  /** What to prepare for each program not ruled out (content/materials.ts), as the resident saw it. */
  materials: MaterialsList[];
  consent: { at: string; version: string; text: string };
  /**
   * The household as staff found it after the call or the visit (adapters/web/staff/cases/correct.ts),
   * screened again on those facts; the resident's own account above stays as it was.
   */
  corrected?: CorrectedHousehold;
}

export interface CorrectedHousehold {
  household: Household;
  summary: string;
  report: ScreeningReport;
  /** ISO time and staff user id of the latest correction. */
  at: string;
  by: string;
}

/**
 * What is left of a request the resident withdrew with 删除我的信息: nothing about them, only that
 * and when it happened (the plain columns keep number, place, dates and status).
 */
export interface ErasedReferral {
  erased: { at: string; by: 'resident' };
}

/** A stored body: a request, or what is left after the resident deleted their information. */
export type StoredReferral = SealedReferral | ErasedReferral;

export function isErased(body: StoredReferral): body is ErasedReferral {
  return 'erased' in body;
}

/** A later contact of a case (referral_contacts.sealed): another channel's request, or a 12345 call. */
export type SealedContact =
  | {
      kind: 'request';
      contact: ReferralContact;
      channelUserId: string;
      household: Household;
      report: ScreeningReport;
      summary: string;
      consent: { at: string; version: string; text: string };
      village: string;
    }
  | { kind: 'call'; summary: string; agent: string };

/** Open statuses: someone still has to act. */
export const OPEN_STATUSES: readonly ReferralStatus[] = ['new', 'contacted', 'visited', 'submitted'];
