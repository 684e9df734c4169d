/**
 * What a word in a resident's or an agent's message can mean to the screening: the vocabulary
 * of the lexicon (./words.ts). One meaning per entry; the extractor (bot/understand) reads
 * sequences of these, and policy search (content/search.ts) maps residents' words to the
 * documents' terms through the `term` each entry may carry.
 */
import type { Dialect } from '../../screening/index.ts';

export type Relation = 'self' | 'spouse' | 'child' | 'parent' | 'grandparent' | 'grandchild' | 'sibling' | 'other';
export type IncomeCategory =
  | 'wages'
  | 'business'
  | 'property'
  | 'pensions'
  | 'basicPension'
  | 'support'
  | 'otherTransfers'
  | 'excluded';
export type DisabilityKind = 'visual' | 'hearing' | 'speech' | 'physical' | 'intellectual' | 'mental' | 'multiple';
export type EventKind =
  | 'fire'
  | 'traffic_accident'
  | 'natural_disaster'
  | 'sudden_illness'
  | 'accident'
  | 'crime'
  | 'other';
export type Asset =
  | 'car'
  | 'exempt_vehicle'
  | 'house'
  | 'shop'
  | 'business'
  | 'deposits'
  | 'rented_home'
  | 'no_home'
  | 'land'
  | 'own_home';
export type Command =
  | 'why'
  | 'back'
  | 'help'
  | 'my_answers'
  | 'human'
  | 'apply'
  | 'start_over'
  | 'stop'
  | 'policy'
  | 'summary'
  | 'delete';

/**
 * Where a word carries this meaning: 晋南 and northern Mandarin (`north`), or 粤 (`yue`). Unset:
 * everywhere. Each city package says which its residents speak (screening/params/config-schema.ts).
 */
export type { Dialect };

export type Meaning =
  /** A person, from the speaker's side: 我 (self), 老伴, 俺闺女; `n` people when the word counts them (俩娃). */
  | { t: 'person'; rel: Relation; n?: number; gender?: 'm' | 'f'; senior?: true; inLaw?: true }
  /** Several people at once, the speaker among them: 老两口, 我们俩, 两公婆; `with` are the others. */
  | { t: 'group'; with: Relation[]; selfIncluded: boolean }
  /** "We" without a number: 我们, 我哋. */
  | { t: 'plural' }
  /** "They": 他们, 佢哋. */
  | { t: 'others' }
  /** The speaker lives alone: 独居, 一个人过, 得我一个. */
  | { t: 'alone' }
  /** The rest have none ("别人都没", 粤 "其他人都冇"), after someone was named as having it. */
  | { t: 'othersNone' }
  /** A third person pronoun: 他, 她, 佢. */
  | { t: 'pronoun' }
  | { t: 'neg' }
  | { t: 'yes' }
  | { t: 'idk' }
  | { t: 'hedge' }
  /** Voice-input filler (那个, 哎呀): dropped before reading, so "卖了那个1万2" reads as "卖了1万2". */
  | { t: 'filler' }
  /** Money: 元, 块, 蚊; `mult` for 毛/角. */
  | { t: 'currency'; mult?: number }
  /** A length of time an amount is over, in months: 月 1, 年 12, 季 3, 天 1/30. */
  | { t: 'period'; months: number; every?: true }
  /** "Each": 每人, 一人, 各. */
  | { t: 'each' }
  /** "In all": 一共, 加起来, 合共. */
  | { t: 'total' }
  /** An amount is roughly as said: 左右, 上下, 大概 (a hedge on the number). */
  | { t: 'about' }
  /** An amount is less than said: 不到, 唔够. */
  | { t: 'under' }
  /** An amount is nearly as said: 成五万, 将近. */
  | { t: 'nearly' }
  /** An amount is a bit more than said: 出头, 多点. */
  | { t: 'over' }
  | { t: 'income'; cat: IncomeCategory }
  /** Working for pay (打工, 上班, 返工). */
  | { t: 'work' }
  /** Not working (没工作, 下岗, 失业, 冇做嘢). */
  | { t: 'jobless' }
  | { t: 'disability'; kind?: DisabilityKind; certificate?: true; severe?: true }
  | { t: 'grade' }
  | { t: 'illness'; name: string; serious: boolean }
  | { t: 'event'; kind: EventKind }
  /** Someone died (走了, 去世, 过身). */
  | { t: 'death' }
  /**
   * Money spent out of pocket: on health (医药费), school (学费), rehabilitation, something else (修船), or
   * unspecified (花了).
   */
  | { t: 'expense'; kind?: 'medical' | 'education' | 'disability_rehab' | 'other' }
  /** Income that came to nothing: eaten at home, sold at a loss (自己食, 冇卖, 蚀咗, 赔了). */
  | { t: 'noGain' }
  /** Amounts that are alternatives, not a sum: good months and bad (好的时候…不好的时候, 旺季…淡季). */
  | { t: 'alternative' }
  /** What is left after costs (落下, 除了…剩, 净赚): this figure, not the gross. */
  | { t: 'net' }
  /** Paid back by insurance (报了, 报销咗): to be taken off the spending. */
  | { t: 'reimbursed' }
  /** Before now (以前, 往年, 原来): an amount said of the past is not today's. */
  | { t: 'past' }
  /** The 户籍 reform that calls every booklet 居民户口 ("现在都叫居民户口"): no 户口 of the family's own. */
  | { t: 'hukouReform' }
  /** Per unit sold (一斤, 每亩): a price, not an income. */
  | { t: 'unitPrice' }
  /** Damage or a loss from an emergency (损失两万): not income and not spending. */
  | { t: 'damage' }
  /** Costs taken off a gross (肥料农药去咗三千, 成本). */
  | { t: 'cost' }
  /** No 残疾证 (冇证, 没办): the answer to "do you have a certificate?" is no. */
  | { t: 'noCertificate' }
  /** Savings used up (花光了, 冇晒). */
  | { t: 'exhausted' }
  /** No children at all (无儿无女, 冇仔冇女). */
  | { t: 'childless' }
  /**
   * In good health and able to work (身体好, 后生). `noDisability`: the words deny a disability too
   * (无病无残, 冇病冇痛).
   */
  | { t: 'healthy'; noDisability?: true }
  /** The message is about someone else, asked for them (帮她问, 为其母亲咨询). */
  /**
   * Asking for someone else (帮我妈问, 为其母亲咨询). `later`: only once the household was described
   * (替我爸填 in a relations answer); in a first or members answer, who the applicant is is read
   * from the household described (bot/understand/for-a-parent.ts), as the writer may live with them.
   */
  | { t: 'onBehalf'; later?: true }
  /** The older or younger one of several (大的, 细嘅). */
  | { t: 'ordinal'; which: 'older' | 'younger' }
  | { t: 'asset'; what: Asset }
  | { t: 'debt' }
  /** Money lent to others (借给, 借畀): counted with deposits by 办法第十四条. */
  | { t: 'lent' }
  | { t: 'hukou'; value: 'rural' | 'urban' }
  | { t: 'benefit'; what: 'dibao' | 'tekun' | 'lowIncome' }
  | { t: 'place'; code: string }
  | { t: 'age' }
  /** 口, 个人, 位: a count of people. */
  | { t: 'people' }
  | { t: 'command'; cmd: Command }
  | { t: 'severe' }
  /** firm: the words name basic living itself (基本生活还能维持): the summary's own word on it. */
  | { t: 'manageable'; firm?: true }
  /** Lives elsewhere (在外地, 嫁出去, 不住一起). */
  | { t: 'apart' }
  /** In a city far away (在太原, 喺深圳): living there when said with work or a home of one's own. */
  | { t: 'elsewhere' }
  /** Lives with the speaker (跟着俺, 住埋一齐). */
  | { t: 'together' }
  /** Gives no money, or does not look after the family (不给钱, 不管, 冇理). */
  | { t: 'noSupport' }
  /** Gives money (给, 畀, 打钱). */
  | { t: 'gives' }
  /** At school; with the ages a school level is for, when the word names one (初中 12–15). */
  | { t: 'student'; ages?: [number, number] }
  /** "None of these": 都没有, 乜都冇, 没有其他收入. */
  | { t: 'none' }
  /** "Only": 就, 只, 得 (粤 "得返"). */
  | { t: 'only' }
  /** "Also, and": 还有, 同, 跟, 和. */
  | { t: 'and' }
  /** Asking back what a word means or whether it counts: 算不算, 系唔系. */
  | { t: 'question' }
  /** Correcting oneself: 不对, 唔系, 说错了. */
  | { t: 'correction' }
  /** The speaker cannot look after themselves (瘫在床上, 卧床). */
  | { t: 'bedridden' }
  /** In prison (坐牢, 服刑). */
  | { t: 'prison' }
  /** Missing (失联, 冇音讯, 下落不明). */
  | { t: 'missing' }
  /** A word that means nothing here but must not be read as the shorter words inside it (不过, 其他, 今年). */
  | { t: 'neutral' }
  /** "A policy term" only, for search: the documents' word for what residents say. */
  | { t: 'term' };

export interface LexiconEntry {
  word: string;
  meaning: Meaning;
  dialect?: Dialect;
  /** The documents' term for this word, used by policy search (吃低保 → 低保). */
  term?: string;
}
