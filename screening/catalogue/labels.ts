/**
 * The name of each legal condition a result lists as a check, as staff and residents read it.
 * A condition may be named more than one way (a recognised 低收入 household meets the edge
 * condition by that recognition), so the key names the wording, not only the condition.
 */
export const LABELS = {
  coverage: '地区和日期已配置',
  household: '共同生活的家庭成员',
  apply_place: '在户籍所在地申请，或持居住证在居住地申请',
  not_on_tekun: '没有在享受特困供养',
  not_on_tekun_household: '家里有人在享受特困供养',
  not_on_tekun_leaving: '特困供养终止后纳入低保',
  not_on_tekun_open: '特困供养是否继续',
  income: '家庭人均收入低于低保标准',
  property: '家庭财产',
  property_tekun: '财产符合特困人员财产规定',
  member_category: '有重度残疾或重病的家庭成员',
  not_whole_household: '不符合全家低保条件',
  edge_income: '家庭人均收入低于低保边缘标准',
  edge_recognised: '低收入（低保边缘）家庭',
  adult_severe_disability: '成年、无业的重度残疾人（参照单人户申请）',
  own_income: '本人收入低于低保标准',
  no_work_capacity: '无劳动能力',
  no_work_capacity_any: '无劳动能力（老年人、未成年人或规定的残疾人）',
  no_livelihood: '无生活来源（本人收入低于低保标准）',
  obligors: '没有法定义务人，或义务人无履行义务能力',
  emergency: '遭遇突发事件，基本生活出现严重困难（急难型）',
  expenditure: '生活必需支出突然增加，超出家庭承受能力（支出型）',
  hardship: '遭遇突发事件或必需支出突增',
} as const;

export type LabelKey = keyof typeof LABELS;
