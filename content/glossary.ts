/**
 * Plain explanations of the words residents meet, each tied to the clauses it rests on.
 * Used by the policy answers ("渐退期是什么意思") and shown beside results.
 */

export interface GlossaryEntry {
  term: string;
  /** Other words people use for it. */
  aliases: readonly string[];
  plain: string;
  /** Clause ids; a city-specific clause is preferred when the resident's city has one. */
  clauses: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: '低保',
    aliases: ['最低生活保障', '吃低保', '低保户'],
    plain: '低保是最低生活保障：全家每人每月收入低于当地低保标准、财产也符合规定的家庭，可以按月领到补差的钱。',
    clauses: ['gwy649.a9', 'sjzf2026.a18'],
  },
  {
    term: '单人保',
    aliases: ['单独申请低保', '单独吃低保', '单独纳入低保'],
    plain:
      '单人保是说：家里收入略高于低保标准（在低保边缘），但家里有一、二级重度残疾人，三级智力、精神残疾人或重病患者的，这个人可以单独申请低保。',
    clauses: ['mz2021-57.a8', 'yc59.2-1.single-person', 'yj14.2-5.single-person', 'sjzf2026.a21'],
  },
  {
    term: '特困人员',
    aliases: ['特困', '五保', '五保户', '特困供养', '孤寡老人'],
    plain:
      '特困人员救助供养就是原来的“五保”：没有劳动能力、没有生活来源、没有赡养人（或赡养人没有能力）的老人、残疾人和未成年人，由政府供养。',
    clauses: ['mz2021-43.a4', 'mz2021-43.a5', 'sjzf2026.a16'],
  },
  {
    term: '渐退期',
    aliases: ['渐退', '救助渐退期'],
    plain:
      '渐退期是说：已经吃低保的家庭，收入涨到超过低保标准后，不会马上停发，还可以再领一段时间（运城、阳江都是 6 个月）。',
    clauses: ['yc59.2-1.gradual-exit', 'yj14.2-1.gradual-exit', 'mz2021-57.a33'],
  },
  {
    term: '临时救助',
    aliases: ['临时救济', '救急', '急难救助'],
    plain:
      '临时救助是遇到火灾、车祸、突发重病等急事，或者看病上学花钱太多、基本生活一时过不下去时的救助，在事情发生的地方申请，不受户籍限制。',
    clauses: ['gwy649.a47', 'sjzf2026.a29', 'sjzf2026.a37'],
  },
  {
    term: '急难型临时救助',
    aliases: ['急难型', '先行救助'],
    plain: '急难型临时救助是情况紧急时先给钱给物，手续事后补，叫“先行救助”。',
    clauses: ['yj14.2-6.first-aid', 'yc59.2-6.small-first', 'sjzf2026.a50'],
  },
  {
    term: '支出型临时救助',
    aliases: ['支出型', '支出型困难家庭', '刚性支出'],
    plain: '支出型是说：看病、上学等必需的开支突然增加，家里承受不了，按正常程序审核后给予救助。',
    clauses: ['yj14.2-6.first-aid', 'yj14.2-5.expenditure', 'sjzf2026.a22'],
  },
  {
    term: '低保边缘家庭',
    aliases: ['边缘户', '低收入家庭', '低保边缘'],
    plain:
      '低保边缘家庭一般指不够低保条件、但每人每月收入低于低保标准 1.5 倍、财产也符合规定的家庭，可以得到医疗、教育等专项救助。',
    clauses: ['mz2021-57.a8', 'sjzf2026.a21', 'yc59.2-4.low-income-conditions'],
  },
  {
    term: '民主评议',
    aliases: ['评议', '村民评议'],
    plain: '民主评议是由村（居）民代表对申请家庭的情况进行评议。现在没有争议的申请一般不再评议，有异议时才评议。',
    clauses: ['mz2021-57.a19', 'mz2021-43.a14', 'yc59.2-1.expenditure-support'],
  },
  {
    term: '家庭经济状况核对',
    aliases: ['核对', '经济状况核对', '逢进必核', '授权核对'],
    plain: '申请低保、特困都要授权民政部门核对全家的存款、车辆、房产、社保、工商登记等信息，核对符合才能批。',
    clauses: ['yc59.2-8.verify', 'mz2021-57.a9', 'sjzf2026.a41'],
  },
  {
    term: '一事一议',
    aliases: ['一事一议审批'],
    plain: '一事一议是说：遇到特别大的困难，由县里的协调机制专门研究决定救助金额，不受一般标准限制。',
    clauses: ['yc59.2-6.case-by-case', 'yj14.2-6.case-by-case'],
  },
  {
    term: '共同生活的家庭成员',
    aliases: ['家庭成员', '家里几口人', '户口上的人'],
    plain:
      '算家庭人口时，算的是配偶、未成年子女、在读或不能独立生活的成年子女、长期一起住的赡养扶养人；在监狱服刑、强制戒毒、宣告失踪的人不算。',
    clauses: ['mz2021-57.a7'],
  },
  {
    term: '家庭收入',
    aliases: ['收入怎么算', '哪些算收入', '收入'],
    plain:
      '家庭收入算工资（扣必要的就业成本）、种地做生意的净收入、房租利息、赡养费和退休金等；抚恤金、奖学金、政府发的救助金不算。',
    clauses: ['mz2021-57.a13', 'yc59.2-1.employment-cost'],
  },
  {
    term: '基础养老金',
    aliases: ['农村养老金', '城乡居民养老金', '老年人养老金'],
    plain: '城乡居民基本养老保险的基础养老金，“十四五”期间（2021–2025 年）不算低保收入；特困人员认定时一直不算。',
    clauses: ['yc59.2-1.basic-pension', 'mz2021-57.a13', 'mz2021-43.a6'],
  },
  {
    term: '生活自理能力',
    aliases: ['全自理', '半自理', '全护理', '照料护理'],
    plain:
      '特困人员按吃饭、穿衣、上下床、上厕所、室内走动、洗澡 6 项评估：都能做是全自理，3 项以下做不了是半自理，4 项以上做不了是全护理，护理标准不同。',
    clauses: ['mz2021-43.a21', 'mz2021-43.a22', 'yj14.2-2.tekun-standard'],
  },
];
