/**
 * A resident's free question → a short answer quoting the clause it rests on, with document
 * name and number, and what to do next.
 *
 * The clauses come from one search over the national texts and the resident's own city's
 * notice (./search.ts), with residents' words (晋南 and 粤 included) mapped to the documents'
 * terms (./ask/). The best clause is quoted; where the resident's city's notice sets the rule,
 * that is the clause quoted, and a national clause is cited beside it only when it adds
 * something. A plain explanation leads the quote when one is written for that clause
 * (./glossary.ts for "what is X", ./explanations.ts otherwise). A question outside the field,
 * or one nothing answers, gets the honest "我回答不了" with 12345 and no citations.
 */
import { getClause, getDocument } from './clauses.ts';
import { NATIONAL_REGION } from './documents/index.ts';
import { EXPLANATIONS, type Statement, TOPICS } from './explanations.ts';
import { RULES } from './ask/rules.ts';
import { inField } from './ask/field.ts';
import { GLOSSARY, type GlossaryEntry } from './glossary.ts';
import { type Hit, inCity, MAX_QUESTION_CHARS, type Query, readForSearch, searchClauses } from './search.ts';
import { cityOf, defaultParameters, type ParameterSet } from '../screening/index.ts';

export interface AskAnswer {
  answer: string;
  citations: { id: string; document: string; docNumber: string; text: string }[];
  followUps: string[];
}

/** Below this score even an in-field question has no clause that answers it. */
const MIN_SCORE = 8;
/** A further clause is cited beside the best only when it scores at least this share of it (it adds something). */
const BESIDE_SHARE = 0.4;

const FOLLOW_UPS = [
  '回复“重新开始”做一次评估，看看能申请哪些救助',
  '继续打字问别的政策问题',
  '回复“人工”，联系村委会或 12345',
];

const CANNOT_ANSWER: AskAnswer = {
  answer: '这个问题我回答不了。社会救助方面的问题可以拨打 12345 政务服务热线，或到户籍所在地的乡镇（街道）咨询。',
  citations: [],
  followUps: ['回复“人工”，联系村委会或 12345'],
};

/** "What is X": 是什么, 啥意思 (晋南, read as 什么意思), 係咩 (粤, read as 是什么). */
const WHAT_IS = ['是什么', '什么意思', '是什么意思', '叫什么', '指什么', '怎么理解', '什么叫', '何为', '是指'];

/** The glossary entry a "what is X" question names: the longest term named wins (急难型临时救助 over 临时救助). */
function glossaryEntry(mandarin: string): GlossaryEntry | undefined {
  if (!WHAT_IS.some((w) => mandarin.includes(w))) return undefined;
  let entry: GlossaryEntry | undefined;
  let longest = 0;
  for (const g of GLOSSARY) {
    for (const w of [g.term, ...g.aliases]) {
      if (mandarin.includes(w) && w.length > longest) {
        entry = g;
        longest = w.length;
      }
    }
  }
  return entry;
}

/**
 * Clauses cited: the best, then others that add something — scoring at least half as well, and
 * not a paragraph that holds a clause already cited, or a sentence of one.
 */
function citedHits(hits: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    if (out.length === 3) break;
    if (out.length > 0 && h.score < BESIDE_SHARE * out[0]!.score) break;
    if (out.some((o) => o.clause.id.startsWith(`${h.clause.id}.`) || h.clause.id.startsWith(`${o.clause.id}.`)))
      continue;
    out.push(h);
  }
  return out;
}

function source(id: string, parameters: ParameterSet): string {
  const c = getClause(id, parameters)!;
  return `《${c.document}》${c.docNumber ? `（${c.docNumber}）` : ''}${c.section}`;
}

/**
 * A plain explanation of the clause quoted, when one is written: the glossary's for "what is X";
 * else the explanation of what the question asks, when it rests on that clause; else one that
 * rests first of all on it (./ask/rules.ts, then ./explanations.ts).
 */
function leadFor(
  best: string,
  query: Query,
  entry: GlossaryEntry | undefined,
  cityCode: string,
  parameters: ParameterSet,
): string | undefined {
  if (entry?.clauses.includes(best)) return entry.plain;
  const asked = [...query.asked.rules, ...query.asked.aspects].find((s) => s.clauses.includes(best));
  if (asked) return asked.text;
  const written: Statement[] = [
    ...Object.values(RULES),
    ...Object.values(TOPICS),
    ...Object.values(EXPLANATIONS).flatMap((e) => Object.values(e)),
  ];
  const local = (id: string) =>
    getDocument(getClause(id, parameters)!.documentId, parameters)?.region !== NATIONAL_REGION;
  return written.find((s) => {
    const ids = inCity(s.clauses, cityCode, parameters);
    return ids[0] === best || ids.find(local) === best;
  })?.text;
}

export function ask(region: string, question: string, parameters: ParameterSet = defaultParameters()): AskAnswer {
  // A county code asks about its city's notices (an unknown code by its GB/T 2260 city prefix).
  const cityCode = cityOf(parameters, region)?.code ?? `${region.slice(0, 4)}00`;
  const query = readForSearch(question.slice(0, MAX_QUESTION_CHARS), cityCode, parameters);
  const entry = glossaryEntry(query.mandarin);
  // Asking what one of the policy's own terms means is always in the field.
  if (!entry && !inField(query.mandarin, query.reading.tags)) return CANNOT_ANSWER;
  const hits = searchClauses(
    entry
      ? {
          ...query,
          asked: { ...query.asked, rules: [{ text: entry.plain, clauses: entry.clauses }, ...query.asked.rules] },
        }
      : query,
    cityCode,
    8,
    parameters,
  );
  if (hits.length === 0 || hits[0]!.score < MIN_SCORE) return CANNOT_ANSWER;
  const cited = citedHits(hits);
  const best = cited[0]!.clause;
  const lead = leadFor(best.id, query, entry, cityCode, parameters);
  const quote = `${source(best.id, parameters)}规定：“${best.text}”`;
  const beside = cited.slice(1).map((h) => source(h.clause.id, parameters));
  const answer = [
    lead ? `${lead}\n\n依据：${quote}` : `政策原文：${quote}`,
    beside.length > 0 ? `另见：${beside.join('；')}。` : '',
    '你家的具体情况以乡镇（街道）和民政部门的审核为准。',
  ].filter(Boolean);
  return {
    answer: answer.join('\n\n'),
    citations: cited.map((h) => ({
      id: h.clause.id,
      document: h.clause.document,
      docNumber: h.clause.docNumber,
      text: h.clause.text,
    })),
    followUps: FOLLOW_UPS,
  };
}
