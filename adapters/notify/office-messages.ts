/**
 * What offices read in their WeCom or Telegram group: a new request, something new on a case they
 * follow, and a request past its deadline. Never the resident's details — the number, the place,
 * the programs and what to do, with a link to the console, where the details are behind the
 * sign-in. Plain Simplified Chinese, markdown for the WeCom robot (the Telegram sender strips it).
 */
import { PROGRAM_SHORT } from '../../bot/messages/zh-CN.ts';
import { ownValue } from '../own.ts';
import type { OutboxPayload } from './outbox.ts';
import { V } from '../web/staff/visit-messages.ts';

const consoleLink = (publicUrl: string, referralId: string) =>
  `[打开工作台](${publicUrl.replace(/\/$/, '')}/staff/requests/${referralId})`;

export function villageMessage(
  p: Extract<OutboxPayload, { kind: 'village_new_request' }>,
  villageName: string,
  publicUrl: string,
): string {
  const programs = p.programs.length
    ? p.programs.map((x) => ownValue(PROGRAM_SHORT, x) ?? x).join('、')
    : '需进一步了解';
  const days = p.contactDays ?? 3;
  return [
    p.urgent ? `### 【紧急】新的社会救助申请 ${p.reference}` : `### 新的社会救助申请 ${p.reference}`,
    `> ${p.place ? '转来' : '村（社区）'}：${p.place ?? villageName}`,
    `> 估计可能符合：${programs}`,
    ...(p.urgent ? ['> 居民报告了急难情况（火灾、事故、突发重病等），可能需要临时救助，请先行救助。'] : []),
    `请在 ${days} 个工作日内电话联系居民，联系方式和家庭情况请登录工作台查看：`,
    consoleLink(publicUrl, p.referralId),
  ].join('\n');
}

const UPDATES = {
  contact: '同一户居民又通过其他渠道发来了申请，已合并到这份申请的办理记录里。',
  call: '12345 热线记录了一次相关来电，已附在这份申请的办理记录里。',
  withdrawn: '申请人删除了自己的信息，这份申请已撤回，不用再办理。',
} as const;

export function updateMessage(p: Extract<OutboxPayload, { kind: 'office_update' }>, publicUrl: string): string {
  return [
    `### 申请 ${p.reference} 有新情况`,
    `> 所在：${p.place}`,
    UPDATES[p.what],
    consoleLink(publicUrl, p.referralId),
  ].join('\n');
}

/** Level 1 goes to the township (the county when there is none), level 2 to the county. */
export function escalationMessage(p: Extract<OutboxPayload, { kind: 'escalation' }>, publicUrl: string): string {
  return [
    `### ${p.urgent ? '【紧急】' : ''}申请逾期未办 ${p.reference}`,
    `> 所在：${p.place}`,
    `> 当前状态：${p.statusLabel}，应在 ${p.dueDate} 前办到下一步`,
    p.level === 1
      ? '已超过办理期限，请督促村（社区）尽快办理。'
      : '已超过办理期限，提醒乡镇以后仍未办理，请县级民政部门督办。',
    consoleLink(publicUrl, p.referralId),
  ].join('\n');
}

/** The monthly report is due soon (adapters/notify/monthly-reminder.ts), with a link to make it. */
export function monthlyReminderMessage(
  p: Extract<OutboxPayload, { kind: 'monthly_reminder' }>,
  publicUrl: string,
): string {
  const said =
    p.level === 'village'
      ? V.reminderVillage(p.place, p.month, p.dueDate)
      : V.reminderTownship(p.place, p.month, p.dueDate);
  return [said, `[${V.reportLink}](${publicUrl.replace(/\/$/, '')}/staff/reports?month=${p.month})`].join('\n');
}
