/**
 * Phrases the reader looks for inside a stretch of text (the clause before a word, what follows it)
 * rather than as tokens of their own: everyday Chinese as data, beside the word list (./words.ts),
 * not alternations written into the reader's code. bot/understand/phrases.ts matches them.
 */
import { BIRTH_PHRASES } from './phrases-birth.ts';
import { GRANDPARENT_PHRASES } from './phrases-grandparents.ts';
import { KIN_FAMILY_PHRASES } from './phrases-kin-family.ts';
import { LIVING_HIT_PHRASES } from './phrases-living-hit.ts';
import { MONEY_PHRASES } from './phrases-money.ts';
import { PEOPLE_PHRASES } from './phrases-people.ts';
import { SITUATION_PHRASES } from './phrases-situation.ts';

export const PHRASES = {
  ...PEOPLE_PHRASES,
  ...MONEY_PHRASES,
  ...SITUATION_PHRASES,
  ...LIVING_HIT_PHRASES,
  ...BIRTH_PHRASES,
  ...KIN_FAMILY_PHRASES,
  ...GRANDPARENT_PHRASES,
  /** Said of years gone by, with no year named ("前些年摔伤", "年轻时"): a past event, not a current one. */
  yearsAgo: [
    '前些年',
    '前几年',
    '早些年',
    '早几年',
    '头几年',
    '前两年',
    '早年',
    '多年前',
    '几年前',
    '那几年',
    '那年',
    '那一年',
    '那些年',
    '年轻时',
    '小时候',
  ],
  /** The whole family as the subject of a health remark ("家里人身体都好"). */
  wholeFamily: ['家里人', '家人', '全家', '一家', '家里都', '大家'],
  /** Somebody outside the family ("村里有人有车有楼"): what follows is theirs. */
  somebodyElse: ['有人', '别人', '人家', '邻居', '别家', '其他人', '他人', '有的人'],
  /** Right after a school word, schooling that has ended ("大学毕业", "初中冇读", "初中文化"). */
  /**
   * Working one's own boat (打鱼, 出海, 捕鱼): like farming one's own land, a business of the household's
   * that a summary does not count as someone's job (employed), unlike driving for fares or keeping a shop.
   */
  ownCatch: ['打鱼', '出海', '捕鱼'],
  /** A job lost ("下岗多年", "厂子倒闭", "没固定工作"): odd jobs said after it are the work now, unlike 干不了活. */
  jobLost: ['下岗', '倒闭', '失业', '失咗业', '冇固定工', '没固定工作', '无固定工作', '没有固定工作', '冇固定工作'],
  schoolEnded: ['毕业', '毕咗业', '肄业', '辍学', '退学', '冇读', '没读', '不读', '唔读', '学历', '文化', '文凭'],
  /** A father and his child as a pair ("父女俩", 粤 "两仔爷"). */
  fatherAndChild: ['父女俩', '父子俩', '爷俩', '爷儿俩', '两仔爷', '父女两', '父子两', '父女二', '父子二'],
  /** A mother and her child as a pair ("母子俩", 粤 "两仔乸"). */
  motherAndChild: ['母女俩', '母子俩', '娘俩', '娘儿俩', '两仔乸', '两母女', '母子两', '母女两', '母子二', '母女二'],
  /**
   * A relative's own household hard up, or the relative out of reach ("自己一家也困难", "个仔自己都唔够使",
   * "家境一般", "多年不回家"): a child working away or giving a little is then not able to support.
   */
  hardUp: [
    '自顾不暇',
    // (顾不上 alone is neglect, "也顾不上俺们", "顾不上老人": not a word on their own means.)
    '自己都顾不上',
    '自己也顾不上',
    '自己还顾不上',
    // (晋南 顾住 is to get by: "自己都顾不住".)
    '自己都顾不住',
    '自己也顾不住',
    '自己还顾不住',
    '顾唔掂',
    '顾不过来',
    '也困难',
    '也不宽裕',
    '也唔宽裕',
    '也紧巴',
    '也紧',
    '也一般',
    '也不好过',
    '也唔好过',
    '也不富裕',
    '也就够',
    '也只够',
    '也够吃',
    '也唔够使',
    '也不够花',
    '也不够用',
    '都困难',
    '都不宽裕',
    '都唔宽裕',
    '都紧巴',
    '都紧',
    '都一般',
    '都不好过',
    '都唔好过',
    '都不富裕',
    '都就够',
    '都只够',
    '都够吃',
    '都唔够使',
    '都不够花',
    '都不够用',
    '家境一般',
    '条件一般',
    '经济一般',
    '家庭一般',
    '不回家',
    '不回来',
    '联系不上',
    '揾唔到',
  ],
  /** Words that say outright a relative can work (身体好, 年纪不大), as against work inferred. */
  saidHealthy: ['身体', '能干活', '劳动能力', '年轻', '后生', '正当年', '好手好脚', '身壮', '年纪不大'],
  /** Money said to be at hand ("手里还剩十来万", "卡里还有"): savings, whatever it came from. */
  inHand: ['手里', '手上', '手头', '存着', '卡里', '存折'],
  /** Hospital care just named ("还在ICU，一天好几千"): a daily figure after it is what the care costs. */
  hospitalCare: ['ICU', '重症', '住院', '医院', '化疗', '透析', '抢救', '病房'],
  /** A relative's own household ("儿子自己家也吃着低保"): a status said of it is theirs, not this family's. */
  ownHousehold: ['自己家', '自己一家', '自己屋企', '佢屋企', '他家', '她家'],
  /** 自己 then "is also" ("姑姑在城里，自己也是低收入户", 粤 "自己都系低保户"): said of the relative just named. */
  selfIsAlso: ['自己也是', '自己也系', '自己都是', '自己都系', '自己亦是', '本身也是', '本身都系'],
} as const satisfies Record<string, readonly string[]>;

export type PhraseList = keyof typeof PHRASES;
