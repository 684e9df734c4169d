/**
 * What the pages show of a request, built from its plain columns and its opened sealed body:
 * program verdicts with reasons and clause references, household facts in plain words, the
 * materials checklist stored with the request (each item with its clauses), and times in China time.
 */
import { getClause } from '../../../content/clauses.ts';
import { PROGRAM_NAMES, VERDICT_WORDS } from '../../../bot/messages/zh-CN.ts';
import { renderSummary, SUMMARY_HEADER } from '../../../bot/summary.ts';
import type { SealedReferral } from '../../db/referral-record.ts';
import { STATUS_LABELS } from '../../db/referral-record.ts';
import { ownValue } from '../../own.ts';
import type { Village, VillageDirectory } from '../../config/villages.ts';
import { chinaDateOf, chinaMinuteOf, type WorkingCalendar } from '../../config/calendar.ts';
import { OPEN_STATUSES } from '../../db/referral-record.ts';
import { PROGRAM_SHORT } from './messages.ts';

/** "2026/12/02 09:05" in China time. */
export function chinaTime(iso: string | number): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const at = chinaMinuteOf(d.getTime());
  return `${at.slice(0, 4)}/${at.slice(5, 7)}/${at.slice(8)}`;
}

export function chinaDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : chinaDateOf(d.getTime());
}

export function statusLabel(status: string): string {
  return ownValue(STATUS_LABELS, status) ?? status;
}

export function programList(programs: string): string[] {
  return programs
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

export function programsShort(programs: string): string {
  return programList(programs)
    .map((p) => ownValue(PROGRAM_SHORT, p) ?? p)
    .join('、');
}

export function villageLabel(villages: VillageDirectory, code: string): { village: string; township: string } {
  const v: Village | undefined = villages.get(code);
  return v ? { village: v.name, township: v.township.name } : { village: code, township: '' };
}

export interface CitationView {
  id: string;
  label: string;
}

export function citation(id: string): CitationView {
  const c = getClause(id);
  return { id, label: c ? `${c.docNumber || c.document} ${c.section}` : id };
}

/** A statement and the clauses it rests on: a reason for a verdict, or a document to bring. */
export interface CitedText {
  text: string;
  citations: CitationView[];
}

export interface ProgramView {
  program: string;
  name: string;
  verdict: string;
  reasons: CitedText[];
  amount?: string;
}

export function programViews(sealed: Pick<SealedReferral, 'report'>): ProgramView[] {
  return (sealed.report?.results ?? []).map((r) => ({
    program: r.program,
    name: ownValue(PROGRAM_NAMES, r.program) ?? r.program,
    verdict: ownValue(VERDICT_WORDS, r.verdict) ?? r.verdict,
    reasons: r.reasons.map((x) => ({ text: x.text, citations: x.citations.map(citation) })),
    ...(r.estimatedMonthlyAmount
      ? { amount: `约 ${r.estimatedMonthlyAmount.yuan} 元/月（${r.estimatedMonthlyAmount.basis}）` }
      : {}),
  }));
}

/** The household facts as labelled lines, without the summary's own header. */
export function householdLines(sealed: Pick<SealedReferral, 'summary' | 'household' | 'report'>): string[] {
  let text = sealed.summary;
  if (!text && sealed.household && sealed.report) {
    try {
      text = renderSummary(sealed.household, sealed.report, { region: sealed.report.region, date: sealed.report.asOf });
    } catch {
      text = '';
    }
  }
  const lines = (text ?? '').split('\n').map((l) => l.trim());
  // The summary ends with the verdicts and the facts still missing: shown elsewhere, not facts.
  const end = lines.findIndex((l) => l.startsWith('评估结果'));
  return (end >= 0 ? lines.slice(0, end) : lines).filter((l) => l !== '' && l !== SUMMARY_HEADER);
}

/** The household lines staff may correct: the facts, without where and when the screening ran. */
export function correctableLines(sealed: Pick<SealedReferral, 'summary' | 'household' | 'report'>): string[] {
  return householdLines(sealed).filter((l) => !l.startsWith('地区：') && !l.startsWith('日期：'));
}

export interface MaterialsGroup {
  title: string;
  items: CitedText[];
}

/**
 * The checklist the resident was shown, per program. Each item keeps its own clauses, so staff
 * can tell which rule asks for which document.
 */
export function materials(sealed: SealedReferral): MaterialsGroup[] {
  return sealed.materials
    .filter((m) => m.items.length > 0)
    .map((m) => ({
      title: ownValue(PROGRAM_SHORT, m.program) ?? m.program,
      items: m.items.map((i) => ({ text: i.text, citations: i.citations.map(citation) })),
    }));
}

// --- what the pages (and the command line) are given, built by ./cases/ ---

/** When the current step is due, in words, and whether it is overdue (and raised to whom). */
export interface DueView {
  text: string;
  overdue: boolean;
}

const ESCALATED = ['', '，已提醒乡镇', '，已提醒县级民政部门'];

/** The deadline of an open request as staff read it ("12月9日前（还有 2 个工作日）", "已逾期 3 个工作日，已提醒乡镇"). */
export function dueView(
  calendar: WorkingCalendar,
  row: { status: string; dueMs: number | null; escalated: number },
  nowMs: number,
): DueView | undefined {
  if (row.dueMs === null || !(OPEN_STATUSES as readonly string[]).includes(row.status)) return undefined;
  const due = row.dueMs;
  if (nowMs >= due) {
    const late = calendar.workingDaysBetween(due, nowMs);
    return {
      text: `${late > 0 ? `已逾期 ${late} 个工作日` : '已逾期'}${ESCALATED[row.escalated] ?? ''}`,
      overdue: true,
    };
  }
  const lastDay = chinaDateOf(due - 1);
  const label = `${Number(lastDay.slice(5, 7))}月${Number(lastDay.slice(8, 10))}日前`;
  if (lastDay === chinaDateOf(nowMs)) return { text: `${label}（今天到期）`, overdue: false };
  return { text: `${label}（还有 ${calendar.workingDaysBetween(nowMs, due)} 个工作日）`, overdue: false };
}

/** A row of the list: contacts masked. */
export interface ListRow {
  id: string;
  reference: string;
  created: string;
  village: string;
  status: string;
  programs: string;
  name: string;
  phone: string;
  urgent: boolean;
  due?: DueView | undefined;
  /** The 回访 answer in words, if any. */
  followUp?: string | undefined;
}

export interface ListFiltersView {
  status?: string | undefined;
  village?: string | undefined;
  program?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  overdue?: string | undefined;
  urgent?: string | undefined;
}

export interface HistoryItem {
  at: string;
  actor: string;
  /** What happened, in words: a status change ("新提交 → 已联系"), a note, a correction, a contact … */
  what: string;
  note: string;
  /** The note was for the resident too. */
  told: boolean;
  /** More lines: a correction's old → new values, a contact's details, a call summary. */
  lines: string[];
}

export interface DetailView {
  id: string;
  reference: string;
  status: string;
  statusLabel: string;
  created: string;
  village: string;
  township: string;
  channel: string;
  /** The resident deleted their information: only the record of the work is left. */
  erased: boolean;
  urgent: boolean;
  due?: DueView | undefined;
  contact: { name: string; phone: string; idNumber: string; callTime: string };
  consentAt: string;
  programs: ProgramView[];
  /** The screening on the facts as staff corrected them, beside the original (same program order). */
  corrected?: { programs: ProgramView[]; household: string[]; at: string; by: string } | undefined;
  household: string[];
  /** The household lines as the correction form shows them (the corrected ones once corrected). */
  correctionText: string;
  /** A token of the household the form was made from, so two corrections at once cannot overwrite each other. */
  correctionBase: string;
  materials: MaterialsGroup[];
  history: HistoryItem[];
  next: { value: string; label: string }[];
  /** The 回访 answer in words, if any. */
  followUp?: string | undefined;
}

export interface PrintView {
  /** The household and estimate are as staff corrected them. */
  corrected: boolean;
  reference: string;
  printedAt: string;
  created: string;
  village: string;
  township: string;
  contact: { name: string; phone: string; idNumber: string; callTime: string };
  programs: ProgramView[];
  household: string[];
  materials: MaterialsGroup[];
  disclaimer: string;
}
