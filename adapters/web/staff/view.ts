/**
 * What the pages show of a request, built from its plain columns and its opened sealed body:
 * program verdicts with reasons and clause references, household facts in plain words, the
 * materials checklist (the request's own if it carries one, else the typical list per program,
 * with its clauses), and times in China time.
 */
import { getClause } from '../../../content/clauses.ts';
import { EXPLANATIONS } from '../../../content/explanations.ts';
import { PROGRAM_NAMES, VERDICT_WORDS } from '../../../bot/messages/zh-CN.ts';
import { renderSummary, SUMMARY_HEADER } from '../../../bot/summary.ts';
import type { Program } from '../../../screening/index.ts';
import type { SealedReferral } from '../../db/referral-record.ts';
import { STATUS_LABELS, type ReferralStatus } from '../../db/referral-record.ts';
import type { Village, VillageDirectory } from '../../config/villages.ts';
import { PROGRAM_SHORT } from './messages.ts';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** "2026/12/02 09:05" in China time. */
export function chinaTime(iso: string | number): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : TIME.format(d);
}

export function chinaDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DAY.format(d);
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as ReferralStatus] ?? status;
}

export function programList(programs: string): string[] {
  return programs.split(',').map((p) => p.trim()).filter(Boolean);
}

export function programsShort(programs: string): string {
  return programList(programs).map((p) => PROGRAM_SHORT[p] ?? p).join('、');
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

export interface ProgramView {
  program: string;
  name: string;
  verdict: string;
  reasons: { text: string; citations: CitationView[] }[];
  amount?: string;
}

export function programViews(sealed: SealedReferral): ProgramView[] {
  return (sealed.report?.results ?? []).map((r) => ({
    program: r.program,
    name: PROGRAM_NAMES[r.program] ?? r.program,
    verdict: VERDICT_WORDS[r.verdict] ?? r.verdict,
    reasons: r.reasons.map((x) => ({ text: x.text, citations: x.citations.map(citation) })),
    ...(r.estimatedMonthlyAmount ? { amount: `约 ${r.estimatedMonthlyAmount.yuan} 元/月（${r.estimatedMonthlyAmount.basis}）` } : {}),
  }));
}

/** The household facts as labelled lines, without the summary's own header. */
export function householdLines(sealed: SealedReferral): string[] {
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

export interface MaterialsGroup {
  title: string;
  items: string[];
  citations: CitationView[];
}

/**
 * The request's own checklist if the sealed record has one (a list of strings, or groups with
 * `items`), else the typical materials of each program the request is for, from content/.
 */
export function materials(sealed: SealedReferral & { materials?: unknown }, programs: string[]): MaterialsGroup[] {
  const own = normaliseMaterials(sealed.materials);
  if (own.length > 0) return own;
  return programs
    .filter((p): p is Program => p in EXPLANATIONS)
    .map((p) => {
      const m = EXPLANATIONS[p].materials;
      return { title: PROGRAM_SHORT[p] ?? p, items: m.text.split(/[；;]/).map((s) => s.trim().replace(/。$/, '')).filter(Boolean), citations: m.clauses.map(citation) };
    });
}

function normaliseMaterials(value: unknown): MaterialsGroup[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  if (value.every((v) => typeof v === 'string')) return [{ title: '', items: value as string[], citations: [] }];
  const groups: MaterialsGroup[] = [];
  for (const g of value) {
    if (!g || typeof g !== 'object') continue;
    const o = g as Record<string, unknown>;
    const items = Array.isArray(o['items']) ? o['items'].map((i) => (typeof i === 'string' ? i : typeof i === 'object' && i && 'text' in i ? String((i as { text: unknown }).text) : '')).filter(Boolean) : [];
    if (items.length === 0) continue;
    const program = typeof o['program'] === 'string' ? o['program'] : '';
    const title = typeof o['title'] === 'string' ? o['title'] : (PROGRAM_SHORT[program] ?? program);
    const cites = Array.isArray(o['citations']) ? o['citations'].filter((x): x is string => typeof x === 'string').map(citation) : [];
    groups.push({ title, items, citations: cites });
  }
  return groups;
}
