/**
 * A resident's free question → a short answer quoting the clause it rests on, with document
 * name and number, and what to do next. Below a minimum match the answer says honestly that it
 * cannot help and points to 12345, with no citations.
 */
import { searchClauses } from './search.ts';

export interface AskAnswer {
  answer: string;
  citations: { id: string; document: string; docNumber: string; text: string }[];
  followUps: string[];
}

/** Below this BM25 score the question is treated as out of scope. */
const MIN_SCORE = 6;

const FOLLOW_UPS = ['回复“重新开始”做一次评估，看看能申请哪些救助', '继续打字问别的政策问题', '回复“人工”，联系村委会或 12345'];

export function ask(region: string, question: string): AskAnswer {
  // A county code (e.g. 140802) asks about its city's notice (140800).
  const cityCode = `${region.slice(0, 4)}00`;
  const hits = searchClauses(question, cityCode, 3).filter((h) => h.score >= MIN_SCORE);
  if (hits.length === 0) {
    return {
      answer: '这个问题我回答不了。社会救助方面的问题可以拨打 12345 政务服务热线，或到户籍所在地的乡镇（街道）咨询。',
      citations: [],
      followUps: ['回复“人工”，联系村委会或 12345'],
    };
  }
  const [best] = hits;
  const c = best!.clause;
  const source = `《${c.document}》${c.docNumber ? `（${c.docNumber}）` : ''}${c.section}`;
  return {
    answer: `政策原文：${source}规定：“${c.text}”\n\n以上是政策原文，你家的具体情况以乡镇（街道）和民政部门的审核为准。`,
    citations: hits.map((h) => ({ id: h.clause.id, document: h.clause.document, docNumber: h.clause.docNumber, text: h.clause.text })),
    followUps: FOLLOW_UPS,
  };
}
