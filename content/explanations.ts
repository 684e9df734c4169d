/**
 * Plain explanations of each program: who qualifies, roughly how much, how to apply, what to
 * bring and how long it takes. Every statement names the clauses it rests on; the materials list
 * says it is typical, because no national list exists for 低保.
 */
import type { Program } from '../screening/index.ts';

export type Aspect = 'who' | 'amount' | 'apply' | 'materials' | 'time';

/** Questions that are about one rule rather than a program's overview. */
export type Topic =
  | 'property'
  | 'obligor'
  | 'review'
  | 'exit'
  | 'standard'
  | 'start-dibao'
  | 'start-tekun'
  | 'household'
  | 'income'
  | 'appeal'
  | 'fraud'
  | 'still-hard'
  | 'agent'
  | 'minors'
  | 'tuopin'
  | 'residence'
  | 'pension';

export interface Statement {
  text: string;
  clauses: readonly string[];
}

export const EXPLANATIONS: Record<Program, Record<Aspect, Statement>> = {
  dibao: {
    who: {
      text: '全家每人每月收入低于当地低保标准，存款、车、房等财产也符合当地规定的家庭，可以申请低保。',
      clauses: ['gwy649.a9', 'sjzf2026.a18', 'mz2021-57.a13', 'mz2021-57.a14'],
    },
    amount: {
      text: '一般按“当地低保标准减去家庭人均收入”的差额，乘以家庭人数，按月发放；也有地方分档发放。',
      clauses: ['mz2021-57.a23', 'sjzf2026.a18'],
    },
    apply: {
      text: '由一名家庭成员到户籍所在地的乡镇人民政府或街道办事处书面申请；申请有困难的，可以委托村（居）委会代办。',
      clauses: ['mz2021-57.a4', 'mz2021-57.a6', 'sjzf2026.a37'],
    },
    materials: {
      text: '一般要带身份证、户口簿，填写家庭经济状况申报表、签署核对授权书；有残疾人证、病历的一起带上（各地以当地告知为准，能在网上查到的材料不用重复交）。',
      clauses: ['mz2021-57.a9', 'mz2021-57.a10', 'sjzf2026.a62'],
    },
    time: {
      text: '从受理到审核确认一般不超过 30 个工作日，特殊情况可以延长到 45 个工作日；中间会公示 7 天。',
      clauses: ['mz2021-57.a22', 'mz2021-57.a19'],
    },
  },
  single_person_dibao: {
    who: {
      text: '家里收入在低保边缘（每人每月低于低保标准的 1.5 倍），家里有一、二级重度残疾人，三级智力、精神残疾人，或患重特大疾病的人，这个人可以单独申请低保。',
      clauses: ['mz2021-57.a8', 'yc59.2-1.single-person', 'yj14.2-5.single-person', 'sjzf2026.a21'],
    },
    amount: { text: '单独纳入后按“单人户”享受低保，具体金额由当地确定。', clauses: ['sjzf2026.a21', 'mz2021-57.a23'] },
    apply: {
      text: '和低保一样，到户籍所在地的乡镇（街道）申请，说明是单独申请。',
      clauses: ['mz2021-57.a4', 'mz2021-57.a8'],
    },
    materials: {
      text: '除了低保的材料，还要带残疾人证或重病的诊断证明、病历（以当地告知为准）。',
      clauses: ['mz2021-57.a8', 'mz2021-57.a9'],
    },
    time: {
      text: '审核时间和低保一样：一般不超过 30 个工作日，特殊情况最长 45 个工作日。',
      clauses: ['mz2021-57.a22'],
    },
  },
  tekun: {
    who: {
      text: '没有劳动能力（60 周岁以上、未满 16 周岁，或一至三级智力、精神残疾，一、二级肢体残疾，一级视力残疾）、没有生活来源、没有赡养人或赡养人没有能力的老人、残疾人和未成年人，可以申请特困人员救助供养。',
      clauses: ['mz2021-43.a4', 'mz2021-43.a5', 'mz2021-43.a6', 'mz2021-43.a8'],
    },
    amount: {
      text:
        '基本生活标准和照料护理标准由当地定；阳江文件在 2021—2025 年过渡期内规定基本生活标准不低于低保标准的 1.6 ' +
        '倍，护理标准按全自理、半自理、全护理分别不低于最低工资的 2%、30%、60%，之后以当地公布的标准为准。',
      clauses: ['sjzf2026.a17', 'yj14.2-2.tekun-standard', 'mz2021-43.a22'],
    },
    apply: {
      text: '本人到户籍所在地的乡镇（街道）书面申请；本人申请有困难的，可以委托村（居）委会或他人代为申请。可以选择到敬老院集中供养，也可以在家分散供养。',
      clauses: ['mz2021-43.a10', 'sjzf2026.a16'],
    },
    materials: {
      text: '本人身份证明，关于劳动能力、生活来源、财产和赡养情况的书面声明，承诺书；残疾人带残疾人证。本人和赡养人都要签核对授权。',
      clauses: ['mz2021-43.a10'],
    },
    time: {
      text: '乡镇（街道）15 个工作日内提出初审意见，公示 7 天，县级民政部门 15 个工作日内确认，确认的下个月开始供养。',
      clauses: ['mz2021-43.a13', 'mz2021-43.a15', 'mz2021-43.a16', 'mz2021-43.a17'],
    },
  },
  temporary_assistance: {
    who: {
      text: '遇到火灾、车祸、突发重病等急事，或者看病、上学等必需开支突然增加，导致基本生活暂时出现严重困难的家庭或个人。',
      clauses: ['gwy649.a47', 'sjzf2026.a29'],
    },
    amount: {
      text: '金额由当地按困难类型和程度分档确定；困难特别大的可以“一事一议”。',
      clauses: ['gwy649.a49', 'yc59.2-6.case-by-case', 'yj14.2-6.case-by-case'],
    },
    apply: {
      text: '向急难发生地的乡镇（街道）申请，不受户籍限制；情况紧急、金额较小的可以先行救助，事后补手续。',
      clauses: ['sjzf2026.a37', 'sjzf2026.a50', 'yc59.2-6.emergency-place', 'yj14.2-6.emergency-place'],
    },
    materials: {
      text: '身份证件，以及能说明急难情况的材料（如医院票据、火灾或事故证明），以当地告知为准。',
      clauses: ['gwy649.a48'],
    },
    time: {
      text: '急难型先救助后补手续；支出型按正常审核审批程序办理。',
      clauses: ['yj14.2-6.first-aid', 'gwy649.a48'],
    },
  },
};

export const TOPICS: Record<Topic, Statement> = {
  property: {
    text: '存款、车辆、房产等财产也要符合当地规定，具体限额由省或市规定，由家庭经济状况核对来认定；维持家庭生产生活必需的财产可以豁免，哪些算必需由当地认定。',
    clauses: ['mz2021-57.a14', 'sjzf2026.a23'],
  },
  obligor: {
    text:
      '有赡养人的老人，只有赡养人本身是特困人员、60 周岁以上的低保对象、70 周岁以上且收入财产困难、重度残疾且收入财产困难' +
      '，或在服刑、失踪等情形时，才算“无法定义务人履行义务能力”；一起住的老伴只满 60 周岁，本身不算。',
    clauses: ['mz2021-43.a8'],
  },
  review: {
    text: '低保家庭要定期核查：经济状况变化不大的每年一次，收入不固定、家里有劳动能力的每半年一次。',
    clauses: ['yc59.2-1.review', 'mz2021-57.a31'],
  },
  exit: {
    text:
      '收入超过低保标准后不会马上停发：运城文件给 6 个月渐退期，阳江文件对农村低保对象给 6 个月渐退期（都是 ' +
      '2021—2025 年过渡期内的规定）；国家规定家人就业后收入超过标准的，可以给原则上不超过 6 个月的渐退期。' +
      '之后不再符合条件的按程序退出。',
    clauses: ['yc59.2-1.gradual-exit', 'yj14.2-1.gradual-exit', 'mz2022-83.1-3', 'mz2021-57.a33'],
  },
  standard: {
    text: '低保标准由省或设区的市根据当地生活必需费用、人均消费支出或可支配收入确定并公布，会随经济发展和物价调整。',
    clauses: ['yc59.2-2.raise-standards', 'yj14.2-2.standards', 'gwy649.a10', 'sjzf2026.a19'],
  },
  'start-dibao': { text: '县级民政部门确认同意后，从作出决定的下个月开始发放低保金。', clauses: ['mz2021-57.a21'] },
  'start-tekun': { text: '县级民政部门确认后，从确认的下个月开始给予特困供养待遇。', clauses: ['mz2021-43.a17'] },
  household: {
    text: '算家庭人口时，算的是配偶、未成年子女、在读或不能独立生活的成年子女、长期一起住的赡养扶养人；在监狱服刑、强制戒毒、宣告失踪的人不算。',
    clauses: ['mz2021-57.a7'],
  },
  income: {
    text: '家庭收入算工资（扣除必要的就业成本）、经营净收入、房租利息等财产净收入、赡养费和退休金等转移净收入；优待抚恤金、计划生育奖扶金、奖学金、见义勇为奖励和政府发的救助款物不算。',
    clauses: ['mz2021-57.a13', 'yc59.2-1.employment-cost', 'yj14.2-1.employment-cost'],
  },
  appeal: {
    text: '对民政部门作出的决定不服的，可以依法申请行政复议或者提起行政诉讼。',
    clauses: ['mz2021-57.a38', 'sjzf2026.a76'],
  },
  fraud: {
    text: '用虚报、隐瞒、伪造等手段骗取救助的，要退回，并可处骗取金额两倍以下的罚款。',
    clauses: ['sjzf2026.a73'],
  },
  'still-hard': {
    text: '领了低保后生活仍有困难的老年人、未成年人、重度残疾人和重病患者，当地政府应当采取措施给予必要的生活保障。',
    clauses: ['mz2021-57.a27', 'sjzf2026.a20'],
  },
  pension: {
    text: '城乡居民基本养老保险的基础养老金：“十四五”期间（2021–2025 年）不算低保家庭的收入，2026 年起是否计入以当地最新规定为准；认定特困人员时不算收入。职工退休金要算收入。',
    clauses: ['yc59.2-1.basic-pension', 'mz2021-57.a13', 'mz2021-43.a6'],
  },
  minors: {
    text: '特困人员中的未成年人可以供养到 18 周岁；满 18 周岁后还在上义务教育、高中或中职的，继续供养。',
    clauses: ['mz2021-43.a24', 'sjzf2026.a16'],
  },
  tuopin: {
    text: '脱贫人口中完全或部分丧失劳动能力、又无法靠产业就业获得稳定收入的，符合条件的要及时纳入农村低保或特困供养等救助。',
    clauses: ['yc59.2-1.tuopin', 'yj14.2-1.tuopin'],
  },
  residence: {
    text: '低保、特困一般向户籍所在地的乡镇（街道）申请；有条件的地方推进持居住证在居住地申请，可以先问问居住地的乡镇（街道）。临时救助不受户籍限制，在急难发生地申请。',
    clauses: ['yc59.2-9.residence-permit', 'mz2021-57.a5', 'sjzf2026.a37'],
  },
  agent: {
    text: '自己申请有困难的，可以委托村（居）委会或者其他人代为申请，办好委托手续就行。',
    clauses: ['mz2021-57.a6', 'sjzf2026.a37', 'mz2021-43.a10'],
  },
};
