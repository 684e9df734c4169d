/**
 * Free question → the clauses that best answer it. Character bigrams with BM25 (portable: no
 * native tokeniser; Intl.Segmenter splits 低保 and 特困 wrongly), after rewriting residents'
 * words to the policy's (吃低保 → 低保, 五保户 → 特困人员). Clauses of other cities' notices
 * are left out, so an answer is always about the resident's own region. One index per parameter
 * set (its cities' notices and the national texts).
 */
import { defaultParameters, type ParameterSet } from '../screening/index.ts';
import { type ClauseView, corpusOf } from './clauses.ts';
import { NATIONAL_REGION } from './documents/index.ts';

/** Colloquial words → the words the documents use. */
const SYNONYMS: [RegExp, string][] = [
  [/吃低保|低保户|最低生活保障/g, '低保 最低生活保障'],
  [/五保户?|孤寡老人|特困户/g, '特困人员 救助供养 纳入 老年人 残疾人 未成年人 无劳动能力'],
  [/单人保|单独吃低保|单独申请/g, '单独申请 单人保 重度残疾 重病'],
  [/残疾证/g, '残疾人证 残疾'],
  [/房子烧了|着火|失火|火灾/g, '火灾 临时救助 急难'],
  [/车祸|出车祸/g, '交通事故 临时救助 急难'],
  [/大病|重病|癌症|尿毒症/g, '重病 重特大疾病'],
  [/渐退/g, '渐退期'],
  [/边缘户?|低收入/g, '低保边缘 低收入家庭'],
  [/养老金/g, '基础养老金'],
  [/打工|上班|工资/g, '就业 工资性收入'],
  [/存款|车子|汽车|房子/g, '财产'],
  [/多久|多长时间|几天/g, '工作日 审核确认'],
  [/找谁|去哪|哪里申请|怎么申请/g, '申请 乡镇人民政府 街道办事处'],
  [/热线|电话/g, '12345 热线'],
];

function normalise(text: string): string {
  let t = text;
  for (const [re, to] of SYNONYMS) t = t.replace(re, (m) => `${m} ${to}`);
  return t;
}

function bigrams(text: string): string[] {
  const chars = [...text.replace(/[^\p{Script=Han}0-9]/gu, ' ')];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] !== ' ' && chars[i + 1] !== ' ') out.push(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

interface Indexed {
  clause: ClauseView;
  region: string;
  tf: Map<string, number>;
  length: number;
}

const K1 = 1.2;
const B = 0.75;
interface Index {
  docs: Indexed[];
  df: Map<string, number>;
  avg: number;
}
const indexes = new WeakMap<ParameterSet, Index>();

function build(parameters: ParameterSet): Index {
  const corpus = corpusOf(parameters);
  const docs = [...corpus.byId.values()].map((clause) => {
    const grams = bigrams(`${clause.document} ${clause.text}`);
    const tf = new Map<string, number>();
    for (const g of grams) tf.set(g, (tf.get(g) ?? 0) + 1);
    return { clause, region: corpus.docs.get(clause.documentId)?.region ?? NATIONAL_REGION, tf, length: grams.length };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const g of d.tf.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  return { docs, df, avg: docs.reduce((s, d) => s + d.length, 0) / docs.length };
}

export interface Hit {
  clause: ClauseView;
  score: number;
}

/** Best clauses for a question in a city (its own notices and the national texts). */
export function searchClauses(question: string, cityCode: string, limit = 3, parameters?: ParameterSet): Hit[] {
  const set = parameters ?? defaultParameters();
  let index = indexes.get(set);
  if (!index) {
    index = build(set);
    indexes.set(set, index);
  }
  const terms = [...new Set(bigrams(normalise(question)))];
  const n = index.docs.length;
  const hits: Hit[] = [];
  for (const d of index.docs) {
    if (d.region !== NATIONAL_REGION && d.region !== cityCode) continue;
    let score = 0;
    for (const t of terms) {
      const f = d.tf.get(t);
      if (!f) continue;
      const df = index.df.get(t) ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / index.avg));
    }
    if (score > 0) hits.push({ clause: d.clause, score });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
