/**
 * A resident's free question → a short answer quoting the clause it rests on, with document
 * name and number, and what to do next. Below a minimum match the answer says honestly that it
 * cannot help and points to 12345, with no citations.
 */
import { corpusOf } from './clauses.ts';
import { NATIONAL_REGION } from './documents/index.ts';
import { type Aspect, EXPLANATIONS, type Topic, TOPICS } from './explanations.ts';
import { GLOSSARY } from './glossary.ts';
import { searchClauses } from './search.ts';
import { cityOf, defaultParameters, type ParameterSet, type Program } from '../screening/index.ts';

export interface AskAnswer {
  answer: string;
  citations: { id: string; document: string; docNumber: string; text: string }[];
  followUps: string[];
}

const POLICY_FIELD = /低保|特困|五保|救助|残疾|补助|补贴|收入|困难|赡养|养老|临时|病|火|车祸|孤儿|老人|供养|渐退|民政|评议|核对/;

/** Below this BM25 score the question is treated as out of scope. */
const MIN_SCORE = 6;

const FOLLOW_UPS = ['回复“重新开始”做一次评估，看看能申请哪些救助', '继续打字问别的政策问题', '回复“人工”，联系村委会或 12345'];

/** Where the answer is for: the resident's city, and the corpus of the parameter set in use. */
interface Place {
  cityCode: string;
  parameters: ParameterSet;
}

/** Clause ids usable in a city: the national texts and that city's own documents. */
function inCity(ids: readonly string[], { cityCode, parameters }: Place): string[] {
  const docs = corpusOf(parameters).docs;
  return ids.filter((id) => {
    const region = docs.get(id.split('.')[0]!)?.region;
    return region === NATIONAL_REGION || region === cityCode;
  });
}

function cite(ids: readonly string[], { parameters }: Place): AskAnswer['citations'] {
  return ids.flatMap((id) => {
    const c = corpusOf(parameters).byId.get(id);
    return c ? [{ id, document: c.document, docNumber: c.docNumber, text: c.text }] : [];
  });
}

function quote(id: string | undefined, { parameters }: Place): string {
  const c = id ? corpusOf(parameters).byId.get(id) : undefined;
  return c ? `\n\n依据：《${c.document}》${c.docNumber ? `（${c.docNumber}）` : ''}${c.section}：“${c.text}”` : '';
}

const PROGRAM_WORDS: [RegExp, Program][] = [
  [/单人保|单独申请|单独吃低保|单独纳入/, 'single_person_dibao'],
  [/特困|五保|孤寡|敬老院/, 'tekun'],
  [/临时救助|急难|救急|房子烧|着火|火灾|车祸|大病|看病|医药费|花了很多钱|学费|上学/, 'temporary_assistance'],
  [/低保/, 'dibao'],
];
/** Questions about one rule, whatever the program (checked before the program overviews). */
const TOPIC_WORDS: [RegExp, Topic | ((p: Program | undefined) => Topic)][] = [
  [/不服|复议|起诉|告他/, 'appeal'],
  [/骗|虚报|隐瞒|处罚|罚款/, 'fraud'],
  [/复查|核查|复核|检查一次/, 'review'],
  [/收入涨|收入高了|收入增加|超过标准|超过低保标准|马上停|还能领多久|停发/, 'exit'],
  [/标准.{0,20}(怎么定|谁来?定|谁定|怎么来)/, 'standard'],
  [/什么时候开始|哪个月开始|从什么时候/, (p) => (p === 'tekun' ? 'start-tekun' : 'start-dibao')],
  [/坐牢|服刑|监狱|戒毒|失踪|家里人口|家庭成员|几口人|算不算家里/, 'household'],
  [/养老金|退休金/, 'pension'],
  [/算不算收入|算收入|算不算家庭收入|哪些钱|收入怎么算|收入包括/, 'income'],
  [/^(?!.*(烧|火|灾|塌)).*(有车|汽车|车子|存款|房子|两套|财产|店面)/, 'property'],
  [/满18|18岁|十八岁|成年后/, 'minors'],
  [/脱贫/, 'tuopin'],
  [/居住证|户口不在|不是本地户口|外地户口.{0,20}低保/, 'residence'],
  [/代办|帮我申请|代为|别人帮|委托|行动不便/, 'agent'],
  [/还是困难|仍有困难|还是不够|生活还困难/, 'still-hard'],
  [/(子女|儿子|女儿|赡养人).{0,20}(特困|五保)|(特困|五保).{0,20}(子女|儿子|女儿|赡养)/, 'obligor'],
];
const ASPECT_WORDS: [RegExp, Aspect][] = [
  [/带什么|材料|证件|准备什么|要什么证/, 'materials'],
  [/多久|多长时间|几天|多少天|什么时候能批|批下来/, 'time'],
  [/多少钱|给多少|能领多少|标准是多少|金额|护理费/, 'amount'],
  [/怎么申请|去哪|哪里申请|找谁|在哪|怎么办理|谁来办|外地|户口不在|不是本地/, 'apply'],
  [/谁能|什么条件|什么样|符合|能不能|可以吗|能.{0,20}吗|够不够|条件|有没有|怎么办/, 'who'],
];

/** "What is X" questions about a term in the glossary. */
function glossaryAnswer(question: string, place: Place): AskAnswer | undefined {
  if (!/是什么|什么意思|啥意思|是啥|叫什么|指什么|怎么理解|什么叫|何为/.test(question)) return undefined;
  // The longest term named wins: "急难型临时救助" over "临时救助", "低保边缘家庭" over "低保".
  let entry: (typeof GLOSSARY)[number] | undefined;
  let longest = 0;
  for (const g of GLOSSARY) {
    for (const w of [g.term, ...g.aliases]) {
      if (question.includes(w) && w.length > longest) {
        entry = g;
        longest = w.length;
      }
    }
  }
  if (!entry) return undefined;
  const ids = inCity(entry.clauses, place);
  return { answer: `${entry.plain}${quote(ids[0], place)}`, citations: cite(ids, place), followUps: FOLLOW_UPS };
}

/** Questions about a program's conditions, amount, where to apply, materials or time. */
function explanationAnswer(question: string, place: Place): AskAnswer | undefined {
  const program = PROGRAM_WORDS.find(([re]) => re.test(question))?.[1];
  const topic = TOPIC_WORDS.find(([re]) => re.test(question))?.[1];
  const aspect = ASPECT_WORDS.find(([re]) => re.test(question))?.[1];
  let s;
  if (topic) s = TOPICS[typeof topic === 'function' ? topic(program) : topic];
  else if (program && aspect) s = EXPLANATIONS[program][aspect];
  else return undefined;
  const ids = inCity(s.clauses, place);
  return { answer: `${s.text}${quote(ids[0], place)}`, citations: cite(ids, place), followUps: FOLLOW_UPS };
}

export function ask(region: string, question: string, parameters: ParameterSet = defaultParameters()): AskAnswer {
  // A county code asks about its city's notices (an unknown code by its GB/T 2260 city prefix).
  const cityCode = cityOf(parameters, region)?.code ?? `${region.slice(0, 4)}00`;
  const place = { cityCode, parameters };
  const direct = glossaryAnswer(question, place) ?? explanationAnswer(question, place);
  if (direct && direct.citations.length > 0) return direct;
  // Without a word of the policy's field, only a strong match counts: "我想办身份证" is not ours.
  const inField = POLICY_FIELD.test(question);
  const hits = searchClauses(question, cityCode, 3, parameters).filter((h) => h.score >= (inField ? MIN_SCORE : MIN_SCORE * 2));
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
