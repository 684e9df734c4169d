/**
 * Residents' words → the documents' terms, so that finding the clause that answers a question
 * does not depend on the question using the clause's words: "五保户" is 特困人员 in the texts,
 * "多长时间才有信儿" is 工作日, "取消" is 终止, "算俺家的人不" is 共同生活的家庭成员, "坐牢" is
 * 服刑.
 *
 * Two sources, read over the question already rewritten into standard Mandarin (./dialect.ts):
 * - the shared lexicon (content/lexicon), which the resident-answer parser also reads: each
 *   word's `term`, and a document term for each kind of meaning (a 'prison' word is 服刑, an
 *   'event' of kind fire is 火灾 and 意外事件) — so every word the parser knows also finds
 *   clauses;
 * - the table below, for what a question asks (how long, what to bring, who decides, whether it
 *   counts, what happens when…) and the policy's own notions in residents' words, which the
 *   parser has no use for. It was written from the clauses' text, concept by concept, in the
 *   words residents of both cities use.
 * The lexicon is read, never changed.
 */
import type { Program } from '../../screening/index.ts';
import type { Aspect, Topic } from '../explanations.ts';
import type { OwnTopic } from './rules.ts';
import { compose } from './compose.ts';
import {
  type Asset,
  buildLexicon,
  type Dialect,
  type EventKind,
  type LexiconEntry,
  lexiconFor,
  type Meaning,
} from '../lexicon/index.ts';

/**
 * What a question is about, beside its words: the program it asks about and what it asks of it
 * (who qualifies, how much, where to apply, what to bring, how long). content/explanations.ts
 * names the clauses that answer each pair ("五保户得够啥条件" → 特困人员认定办法 第四条).
 * `t:` the one rule it asks about (content/explanations.ts TOPICS: property, household, income …).
 * `relative`: the question speaks of a relative (a son, a brother), who in 特困 is the 法定义务人.
 * `field`: it is about social assistance (a program, a means test, care, the procedure);
 * `need` names a hardship (a fire, a flood, a bedridden parent) and `help` asks for help — a
 * hardship with a plea for help is in the field too ("房子塌了，公家管不管").
 */
export type Tag =
  | `p:${Program}`
  | `a:${Aspect}`
  /**
   * The one rule a question asks about: a topic of content/explanations.ts, one of ./rules.ts, or
   * one whose clauses depend on the program (when it ends, who approves, a death in the family).
   */
  | `t:${Topic | OwnTopic | 'end' | 'approval' | 'death' | 'publicity'}`
  | 'relative'
  | 'field'
  /** A step of the procedure (代办, 公示, 评议, 核对, 审批): assistance unless another service is named. */
  | 'procedure'
  | 'need'
  | 'help'
  /** Asks whether or how something counts (算不算, 计唔计, 怎么算). */
  | 'counts'
  /** Names money coming in (收入, 生活费, 养老金, 工资). */
  | 'money'
  /** Asks about taking something off (扣, 扣除). */
  | 'deduct'
  | 'work'
  /** A relative who is poor themselves (也是低保户, 自己也困难). */
  | 'relative-poor'
  /** Asks whether the authorities can check something (查, 核实). */
  | 'check'
  /** Income above the line (比低保标准高, 超过低保线); with `edge`, only a little above. */
  | 'above'
  | 'edge'
  /** Asks who sets something (谁定的): with money, how much it is. */
  | 'sets'
  /** Asks for more money (多给点): in 临时救助 case by case, on 低保 help for those still in need. */
  | 'more'
  /** Illness or who looks after someone: in a question about 特困, what 供养 covers. */
  | 'care-need'
  /**
   * Schooling, health care or a house falling apart: asked with a plea for help, the special assistance (教育、医疗、住房救助).
   */
  | 'special-need'
  /** 算 alone: whether something counts only when said with what (收入). */
  | 'counts-weak'
  | 'income-word'
  /** Someone disabled or bedridden in the family. */
  | 'disabled'
  /** Asks whether something affects assistance (会不会影响): said of money, whether it counts as income. */
  | 'affects'
  /** A relative living or working away from home (在外地打工, 嫁出去, 在外面住): whether they count in the household. */
  | 'away'
  /** Someone who holds office (村干部, 村主任, 镇长); with `kin`, a relative of one on assistance. */
  | 'official'
  | 'kin'
  /** Asks about an application without naming a program (递了申请多久有结果): in this service, 低保's. */
  | 'applying'
  /** Names property as such (财产, 家产): whether something counts is then whether it counts as property. */
  | 'property-word'
  /** Asks how many times (几次, 几回): of 临时救助, what the local government sets. */
  | 'times'
  /** Names another province (河南, 外省): the rule for families whose 户口 are in different provinces. */
  | 'province'
  /** A house in need of repair (漏雨, 房子裂了): housing assistance, not the house as property. */
  | 'housing'
  /** A refusal someone reported ("不给我申请"), not a question whether a rule bars one ("有存款是不是就不给申请"). */
  | 'told'
  /** Support paid by a relative (赡养费, 生活费): with spending too high, the rule that lets it not count. */
  | 'support';

/** Who residents think decides or should be told: the village, the township, the county, the civil affairs office. */
const AUTHORITY =
  '村里 村委 村委会 乡里 镇里 镇上 乡镇 镇政府 乡政府 街道 街道办 县里 县上 区里 民政局 民政 民政部门 民政所 社区';
/** Someone who holds office, whose relative on assistance residents ask about (村主任他亲戚吃低保). */
const OFFICIALS =
  '村干部 村主任 村长 支书 村支书 村书记 书记 村委主任 主任 乡长 镇长 乡干部 镇干部 干部 村会计 会计 队长 组长 当官的';
/** Ways of asking whether one may (能不能, 可不可以, 还能), and what one may do: apply for, draw, be on. */
const MAY = '能 能不能 可以 可不可以 还能 还可以 还可不可以 还能不能 能否 可否 是不是能';
const TAKE = '申请 领 拿 吃 享受 入 评 纳入 进 申请上 领上 吃上';

/** [residents' words, separated by spaces; the documents' terms for them; what they tell of the question]. */
const CONCEPTS: readonly [string, string, ...Tag[]][] = [
  // ── The programs and the kinds of assistance ────────────────────────────────────────────
  ['五保 五保户 五保老人 特困户 孤寡老人 孤老 特困 特困供养 特困人员', '特困人员 救助供养', 'p:tekun'],
  ['吃低保 领低保 拿低保 享受低保 吃上低保 低保户 低保金 底保 低保 最低生活保障', '最低生活保障', 'p:dibao'],
  [
    '单独 单独申请 一个人吃低保 一个人申请 一个人一户 一人一户 单人户 一人户 单人保 单独纳入 单独给',
    '单独提出申请 单独申请低保 单人户',
    'p:single_person_dibao',
  ],
  ['边缘户 边缘家庭 低保边缘 低收入户 低收入家庭', '低保边缘家庭 低收入家庭 1.5倍', 'field', 't:edge'],
  [
    '一点 一些 些许 高一点 高一些 略高 稍微高 多一点 多一些 少少 一点点 享受不上 享受不到 享受不了 什么都享受',
    '',
    'edge',
  ],
  [
    '比低保标准高 比低保线高 比低保标准多 比低保线多 超过低保 高过低保 超过低保线 超过低保标准 高过低保标准 高过低保线 超过标准 超过了标准',
    '超过 当地低保标准',
    'above',
  ],
  ['临时救助 临时补助 临时救济 救急 急难 应急', '临时救助 急难', 'p:temporary_assistance', 'field'],
  ['救助 社会救助 救济 兜底 困难户 困难家庭 困难群众 贫困 贫困家庭 民政 民政局 民政所', '社会救助', 'field'],
  ['补助 帮扶 补贴', '救助', 'procedure'],
  ['医疗救助', '医疗救助', 'field', 't:special'],
  ['看病 看病钱 医药费 住院费 治病', '医疗救助', 'special-need'],
  ['教育救助', '教育救助', 'field', 't:special'],
  [
    '上学 学费 念书 上高中 上大学 读大学 读书 上初中 读初中 念初中 上中学 读中学 上小学 读小学 读研 研究生',
    '教育救助',
    'special-need',
  ],
  ['住房救助', '住房救助', 'field', 't:special'],
  ['危房 没地方住 没房住 住的地方 没处住', '住房救助', 'need'],
  ['就业救助', '就业救助', 'field', 't:special'],
  ['专项救助 专项社会救助', '专项社会救助', 'field', 't:special'],
  ['找工作 介绍工作 给介绍 介绍了 介绍的工作 介绍的活', '就业 介绍的工作'],
  [
    '孤儿 没爹没娘 父母双亡 没人抚养 事实无人抚养 爹娘都不在了 爹娘都不在 父母都不在了 父母都不在 父母都去世 爹娘都没了 父母都没了 父母不在了 爸妈都不在',
    '孤儿 事实无人抚养儿童',
    'field',
    't:orphan',
  ],
  ['物价 涨价 物价涨 价格补贴 物价补贴 临时补贴', '价格临时补贴 物价上涨'],
  ['脱贫户 脱贫人口 脱贫 脱了贫 脱贫了 贫困户 建档立卡 监测户 返贫', '脱贫人口', 'field', 't:tuopin'],
  ['12345 热线 打电话 电话', '12345 服务热线'],
  // ── Who decides, where, how long, what to bring ─────────────────────────────────────────
  [
    '能批下来 多久能批 多久批 多久才批 多长时间能批 多久能办好 多久办好 多长时间 多久 要几天 得几天 多少天 等多久' +
      ' 等多长时间 多会儿 什么时候能批 有消息 有结果 没动静 还没动静 没消息 还没消息 没回音 没结果 还没批 多久才',
    '',
    'a:time',
  ],
  ['照片 几张照片 交几张 复印件 交什么 要交 要提交', '', 'a:materials'],
  [
    '签字 签名 按手印 手印 摁手印 签什么 签啥 签什么字 承诺书 签承诺 签个字',
    '如实提供 承诺 授权 核对',
    'a:materials',
    'procedure',
  ],
  ['带什么 要带 带些什么 准备什么 什么材料 材料 资料 证件 什么手续 要什么证', '', 'a:materials'],
  [
    '找谁 去哪 去哪里 哪里申请 在哪申请 找村里 找村委 找村委会 找乡里 去乡里 去镇上 去镇政府 去乡政府 找镇政府 找乡政府 去街道 找街道 村里还是乡里 村委还是 在哪里办 怎么申请 到哪',
    '',
    'a:apply',
    'help',
  ],
  ['第一步 先干什么 该干什么 先做什么 怎么做 要怎么做 怎么弄 怎么办手续 流程 程序 怎么走程序 办理流程', '', 'a:apply'],
  ['申请书 写申请 写个申请 书面 申请表 网上申请 网上办 手机上申请 手机申请 网上能申请', '', 'a:apply'],
  [
    '缺 缺什么 缺东西 缺材料 不齐 不全 补齐 补材料 一次说清 一回说清楚 一次讲清 一次过讲',
    '材料不齐备 一次性告知补齐',
    't:incomplete',
    'procedure',
  ],
  [
    '开证明 开一堆证明 开证 网上能查 网上查得到 网上能查到 查得到的 重复交 重复提交 还要开 还要交',
    '不再要求重复提交 不得要求',
    't:no-repeat',
    'procedure',
  ],
  [
    '亲戚在乡里 亲戚在镇上 亲戚是干部 亲戚当干部 在乡里管低保 在镇上管低保 管低保的 做低保工作 做低保的工作 近亲属 经办人员 村干部是',
    '近亲属关系 单独登记备案 经办人员',
    't:kin-staff',
    'procedure',
  ],
  [
    '调查 来调查 入户 入户调查 上门调查 来家里调查 来家里查 上门查 来我家调查 来家里看 上门看 来家看 来看 上门了解',
    '家庭经济状况调查 入户调查 启动',
    't:survey',
    'procedure',
  ],
  [
    '只给我一个人 只给一个人 只给他一个人 只给我 只给一部分 只给几个人 只让一个人 只纳入 只算一个人 只给',
    '不得仅将个别家庭成员纳入低保范围',
    't:partial',
    'field',
  ],
  [
    '没有批到 没批到 批不到 没批上 没有批 没通过 再申请 再申请一次 重新申请 还能再申请 能不能再申请 再申请多次',
    '不予确认同意 书面告知 说明理由',
    't:reapply',
    'procedure',
  ],
  [
    '告诉原因 讲原因 说原因 说明理由 说明原因 什么原因 原因 理由 为什么不批 为什么没批 批不下来 不批 没批下来 没批准 不予批准 不同意给',
    '不予确认同意 书面告知 说明理由',
    't:refusal',
    'procedure',
  ],
  [
    '不给交 不让申请 不让交 不给申请 不受理 不收材料 不给报 不让报 不给办 不让办',
    '不得随意附加非必要限制性条件 未经家庭经济状况调查核实',
    't:must-accept',
    'field',
  ],
  ['低保证 给证 什么证明 给个证 确认通知书 发证 有证吗', '最低生活保障证 确认通知书', 't:certificate', 'procedure'],
  ['举报 投诉 告发 检举', '投诉 举报 入户调查', 't:complaint', 'procedure'],
  [
    '直接报上 直接纳入 不用走程序 不走程序 走后门 托关系 找关系 直接把 直接将 直接拉 直接弄 弄成低保 拉入低保 拉进低保 弄进低保 塞进低保 直接让 弄进 拉进 加入低保 把人加入 把人弄 把人拉 将人加入 将人拉',
    '不得 直接纳入 未经申请受理',
    't:no-shortcut',
    'procedure',
  ],
  [
    '谁批 县里批 乡里批 镇里批 镇上批 谁审批 谁说了算 说了算 谁审 能批 批得了 拍板 谁拍板 谁决定 最后谁定 ' +
      '直接批 直接发钱 直接给钱 谁发钱 县里还是乡里 乡里还是县里 县里还是镇上 镇上还是县里 县民政局批 民政局批',
    '审批 审核确认',
    't:approval',
    'procedure',
  ],
  ['谁定 谁定的 谁来定 由谁定 谁规定', '确定 公布 制定', 'sets'],
  [
    '没有到账 没有发 没有收到 没有领到 没到账 不到账 没发 没发钱 没收到 没领到 钱没到 一直没到 还没到账 还没发',
    '按月发放 下月起',
    't:not-paid',
    'procedure',
  ],
  [
    compose('每个月 每月 按月 一年 每年 按年 按季度 每季度 一季度', '发 发一次 给一次 发钱 到账 发放'),
    '按月发放',
    't:payment',
    'procedure',
  ],
  [
    '几号发 哪天发 每月几号 几号 按月发 按月给 按年给 按月 按年 按季度 一次性给 什么时候发钱 几时发 每个月什么时候',
    '按月发放',
    't:payment',
    'procedure',
  ],
  [
    '什么时候开始发 哪个月开始 从什么时候开始 什么时候开始领 什么时候开始有钱 什么时候开始 开始有钱 什么时候有钱 什么时候到账 什么时候发',
    '下月起 发放',
    't:start-dibao',
    'procedure',
  ],
  [
    '代办 帮我申请 帮我去申请 帮忙申请 帮忙去申请 帮着申请 替我申请 替他申请 帮他申请 帮他办 代他办 代我办 替他办' +
      ' 替我办 代他 帮他 谁能帮 谁能帮他 谁能帮我 谁可以帮 别人帮 叫人帮 找人帮 代为 委托 腿脚不便 走不动 ' +
      '行动不便 行动不方便 腿脚不方便 身体不方便 走不了路 去不了 帮我去 叫人帮我 叫儿子帮 叫儿子帮我 不识字 不会写字 ' +
      '申请不了 自己申请不了 申请不到 自己办不了 没法申请',
    '委托 代为提出申请',
    't:agent',
    'procedure',
  ],
  ['城乡居民 城乡居民养老保险 城乡居民医保 城乡居民医疗保险 居民养老保险 居民医保', ''],
  ['农村户口 城镇户口 城市户口 城里户口 乡下户口 农业户口 非农户口 居民户口 户口本', ''],
  ['居住证 电子居住证 暂住证', '居住证 居住地', 't:residence'],
  [
    '户口 户籍 在这儿住 在这里住 常住 长期住 住了好多年 住了十来年 在这儿申请 在这里申请 在本地申请 在当地申请 在居住地',
    '户籍所在地 乡镇人民政府 居住证 居住地',
    't:hukou-elsewhere',
  ],
  [
    '户口不在 外地户口 户口在外地 不是本地户口 外地人 户口在外省 外省 外省人 别的省 一个省 同一个省 一个省份 ' +
      '同一省 不在一个省 不在同一个省 不是一个省 河北 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 ' +
      '湖北 湖南 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 重庆',
    '居住证 户籍所在地 经常居住地 不在同一省',
    't:hukou-elsewhere',
    'province',
  ],
  ['在外地出事 在外面出事 出事的地方 在当地申请', '急难发生地'],
  ['协理员 民政协理员 社会救助协理员 救助协理员 网格员', '社会救助协理员', 'field', 't:helper'],
  [
    '反映 去反映 替他反映 帮他反映 向乡里反映 往上报 上报 报上去 报给乡里 报到乡里 报到镇上',
    '报告 发现需要救助',
    'procedure',
    't:discover',
  ],
  [
    '主动上门 上门 上门来 上门看看 来看看 主动找 主动来 村干部来 走访 没人来问 主动发现',
    '主动发现 走访 发现需要救助',
    'field',
    't:discover',
  ],
  ['20号 二十号 每月报 每个月报 每个月都要报 每月都要报 每个月都报 月报', '月报告 每月20日前', 't:discover', 'field'],
  [
    '有人不同意 有人有意见 有意见 有异议 有人反对 公示 贴出来 张榜 要不要公示 公示吗',
    '公示',
    'procedure',
    't:publicity',
  ],
  [
    '评议 民主评议 村民评 开会评 谁来评 没评上 评不上 评不到 评议不通过 村里评 村里评议 要评 大家评',
    '民主评议',
    'field',
    't:vote',
  ],
  ['核对 查存款 查银行 查账 授权 签授权 授权书', '家庭经济状况 核对', 't:verify', 'procedure'],
  ['查 能查 会查 查到 查询 核实', '', 'check'],
  ['不服 不公平 不满意 上诉 打官司 告他们 复议', '行政复议 行政诉讼 不服', 't:appeal', 'procedure'],
  ['骗 骗取 骗保 隐瞒 瞒 瞒着 瞒报 虚报 造假 冒领 多领 罚 罚款 处罚 怎么罚', '虚报 隐瞒 骗取 罚款', 't:fraud'],
  // ── How much ─────────────────────────────────────────────────────────────────────────────
  ['按人头 按户 按人给 按户给 按家 按人 一人一份 全家一份', '以家庭为单位 家庭人均收入 差额', 'a:amount'],
  ['是多少 是几多 有几多 供养钱 供养金', '', 'a:amount'],
  [
    '多少钱 给多少 能给多少 能领多少 领多少 一个月给多少 一个月能给多少 一个月有多少 有多少 金额 钱数 怎么算出来 怎么算的 算出来 怎么计算',
    '',
    'a:amount',
  ],
  [
    '低保标准 低保线 标准是多少 城里跟农村 城里和农村 城里农村 城乡 城市低保 农村低保 城里低保 乡下低保 城乡低保',
    '最低生活保障标准 确定 公布 调整 提标',
    'field',
    't:standard',
  ],
  ['标准', '标准'],
  ['倍 几倍 多少倍', '标准 供养标准 确定'],
  [
    '提标 提高标准 涨标准 涨一次 多久涨 多久调 调整一次 每年涨 年年涨 涨不涨 会不会涨',
    '提标 调整',
    'field',
    't:standard',
  ],
  ['特别大的困难 一次给不够 困难特别大 很大的困难', '一事一议 救助额度', 'need'],
  ['多给点 多给一点 多给 能不能多给 多发点 多发 加点钱 加钱 多畀 多畀啲', '', 'more', 'help'],
  [
    '花了好多钱 花了很多钱 花很多钱 花钱太多 花了不少钱 开支大 支出大 支出太大 支出太多 开支太大 花销大 负担重 因病 因学 看病花钱',
    '支出 刚性支出',
    't:expenditure',
    'need',
  ],
  ['交不起 付不起 拿不出 没钱 凑不齐 负担不起 承担不起', '支出 超出家庭承受能力', 'need'],
  ['急难型', '急难', 'field'],
  ['支出型 刚性支出 因病致贫 因学致贫 支出型困难', '支出型 刚性支出', 'field', 't:expenditure'],
  ['逢进必核 经济状况核对 家庭经济状况', '家庭经济状况 核对 逢进必核', 'field'],
  [
    '先给 先给钱 先救助 先救 后补手续 事后补 补手续 先拿 等批完 批完才 先有钱 马上有钱 急用钱 急着用钱 急需用钱',
    '先行救助 事后补充说明情况 情况紧急',
  ],
  ['申请几次 能申请几次 一年几次 几次 次数 多少次 申请几回 几回 一年几回 几多次', '具体事项 标准', 'a:amount', 'times'],
  ['分几次 分几回 分几趟 分开给 分次 分批 分阶段 几次给 几回给 一次批', '分阶段救助 一次审批', 't:staged'],
  ['备用金', '临时救助备用金', 'field'],
  ['给钱还是给东西 给东西 给实物 发东西 给物 实物 发米发面 给米给面 给钱还是给物', '发放救助金 配发实物'],
  ['一事一议', '一事一议', 'field'],
  // ── While on assistance ──────────────────────────────────────────────────────────────────
  [
    '年年 每年都要 每年都得 每年都 每年要 每年得 年年都得 每年去 每年申请 年年申请 年年都要 查一次 查几次 查几回 几年查 一年查 复查 核查 多长时间查 多久查 查一查 年审',
    '核查 定期核查 每年 半年',
    't:review',
    'procedure',
  ],
  [
    '渐退 渐退期 收入超过 收入超了 收入高了 收入涨了 收入增加 马上停 马上就停 马上取消 马上就取消 停不停 会不会停' +
      ' 还能领多久 还可以领多久 还能领几个月 能领几个月 领几个月 还能吃多久 找上工作 找到工作 找到工 找到活 有工做 ' +
      '有工作了 工作了',
    '',
    'field',
    't:exit',
  ],
  ['生了病 生了大病 生了重病 生了场病 生病了 生了场大病', '重病', 'need'],
  [
    '迁到 迁走 迁出 迁户口 户口迁 搬到城里 变化 多了一口人 多一口人 添了一口人 少了一口人 多了个人 添人 添了 娶媳妇 娶了 嫁进来 生孩子 生了 人口变了 家里多了 家里少了 搬走了 分户',
    '人口状况 变化',
    't:change',
  ],
  [
    '主动报 主动去报 主动申报 去乡里报 去镇上报 要不要报告 说一声 讲一声 报一声 要不要说 要不要讲 要不要报 ' +
      '要不要告诉 要不要报告 跟镇上说 和镇上说 同镇上说 跟乡里说 和乡里说 跟镇上讲 和镇上讲 同镇上讲 跟乡里讲 同乡里讲 ' +
      '告诉乡里 告诉镇上 报告乡里 报告镇上 跟村里说 同村里讲',
    '告知 乡镇人民政府',
    'field',
    't:change',
  ],
  ['没了 去世 死了 过世 不在了 病故 离世', '死亡', 't:death'],
  ['后事 办后事 丧葬 丧事 安葬 下葬 火化 殡葬 埋葬', '丧葬事宜', 'field', 't:funeral'],
  ['生病 看病 病了 住院 治病 谁管 谁负责 谁照顾', '疾病治疗', 'care-need'],
  ['有什么政策 什么政策 能享受 享受什么 有啥政策 能享受什么 享受什么政策 有什么待遇', '', 't:kinds', 'field', 'help'],
  ['救哪些人 都救谁 救助对象 哪些人能得到救助 什么人能得到救助 哪些人能申请', '社会救助对象包括', 't:targets', 'field'],
  [
    '什么补助 啥补助 什么补贴 啥补贴 哪些补助 有啥补助 有什么补助 有哪些救助 什么救助 哪些救助 啥救助 别的救助 其他救助 还有什么救助',
    '',
    't:kinds',
    'field',
  ],
  ['包括 包括什么 包括哪些 有哪些内容 都管什么 管什么 管些什么 供养什么', '内容包括 提供'],
  ['少了 减了 变少 变少了 少给 少给了 减发 降了 扣了 少发', '减发 停发', 't:end'],
  [
    '取消 停发 停低保 会停 不给了 停了 退出 终止 会被取消 给取消 会不会取消 还给不给 还保不保 保不保 还给吗 还发不发 还发吗',
    '终止 停发 退出',
    't:end',
  ],
  ['停了以后 取消以后 取消了以后 终止以后 不是特困了', '终止救助供养 其他社会救助', 't:end'],
  [
    '不出去干活 不干活 不去干活 不工作 不上班 闲着 在家闲着 游手好闲 不想去 不愿意去 不肯去 不肯干活 不去干 拒绝 不想干 不接受 不去上班',
    '拒绝 介绍的工作 就业能力',
    't:work-refusal',
  ],
  [
    '还是困难 还是很困难 还很困难 仍然困难 仍很困难 还困难 还是难 还是很难 还是不够 还是过不去 过不去 还有什么帮扶 还有什么帮助 其他帮助 别的帮助 其他帮扶 更多帮助 额外 额外的帮助',
    '生活仍有困难 必要措施',
    't:still-hard',
  ],
  [
    '上门看望 看望 探望 访视 上门服务 照顾服务 上门照顾 照顾 照料 照看 来家里照看 上门照看 伺候 服侍 护理 看护 没人照顾',
    '照料 访视 生活不能自理',
    'help',
    't:care',
  ],
  ['护理费 照料费 护理钱 护理标准 照顾费 护理等级', '照料护理标准', 'field', 't:care-standard'],
  ['全护理 半护理 半自理 全自理', '照料护理标准 全自理 半自理 全护理', 'field', 't:care-standard'],
  ['自理 能不能自理 生活自理', '生活自理能力', 'field'],
  ['哪几样 哪几项 几项 看什么 指标 怎么评 怎么评估 评估 怎么看', '指标 评估', 't:selfcare'],
  [
    '搬去 搬到 搬走 去女儿家住 去儿子家住 投靠 接去 接过去 敬老院 养老院 福利院 集中养 集中供养 分散供养 在家养 在家里养 在家供养 在家里供养 住家里 在家里住',
    '集中供养 分散供养 供养服务机构',
    'field',
    't:where-cared',
  ],
  ['满18 18岁 满18岁 成年 成年了 中专 上中专 读中专 职高', '18周岁 未成年人 中等职业学校', 't:minors'],
  ['16 16岁 17 17岁', '16周岁 未满16周岁'],
  // ── Who counts, what counts ──────────────────────────────────────────────────────────────
  [
    '算不算家里人 算家里的人 算家里人 算我家 算人口 算一口 家里几口人 家庭人口 一块过日子 一起过日子 算家庭成员 家庭成员',
    '共同生活的家庭成员 计入',
    'field',
    't:household',
  ],
  ['户口没迁 户口还在 户口没迁走 户口还没迁 户口还没迁走 户口仍在 户口也在', '共同生活的家庭成员'],
  [
    '单独立户 立户 分户 另立户 另立一户 分家 分开过 单过 自己立户 分出来',
    '共同生活的家庭成员 长期共同居住 申请家庭',
    'field',
    't:household',
  ],
  ['人口 家里人口 几口人 一口人 算一个人', '共同生活的家庭成员', 'field', 't:household'],
  ['嫁出去 嫁到 嫁了 出嫁', '共同生活的家庭成员 长期共同居住', 'away'],
  ['生活费 赡养费 抚养费 养老钱 给钱 给的钱 打钱 寄钱 给我钱', '赡养 转移净收入 转移性收入', 'money', 'support'],
  ['赔 赔了 赔偿 赔偿金 赔款 赔的钱', '赔偿收入', 'money'],
  ['财产 家产 家底 财产限制 财产标准', '财产状况', 't:property', 'field', 'property-word'],
  ['养老金 农村养老金 基础养老金 老农保', '基础养老金', 't:pension', 'money'],
  ['钱 津贴 补贴 工资 退休金 挣 赚 挣了 赚了 挣钱 赚钱 营业额 进账', '', 'money'],
  ['收入', '', 'money', 'income-word'],
  ['算不算收入 算收入 算家庭收入', '家庭收入 计入 不计入', 'field', 'counts', 'money'],
  [
    '算不算 计不计 也算 算吗 怎么算 算进 计入 不计入 算他 算我 算上 算在 算到 算作 计进 算进去吗 算进去 计入去 算进来 计进去 不算进去',
    '计入 不计入',
    'counts',
  ],
  ['扣不扣 能不能扣 能扣 扣多少', '扣除 扣减', 'counts', 'deduct'],
  ['就业成本 必要的就业成本', '必要的就业成本', 'deduct'],
  ['算', '', 'counts-weak'],
  ['打算 算了 划算 就算 总算 算是 算命 不算很 不算太 不算高 不算低 不算多 不算少 报销 能报销 报销多少', ''],
  ['最低工资 最低工资标准', '最低工资标准'],
  ['扣 扣除 扣掉 减掉 扣减', '扣除 扣减', 'deduct'],
  ['高龄津贴 高龄补贴', '高龄津贴 不计入'],
  [
    '也是低保户 也吃低保 也是吃低保 也是低保 也领低保 都是低保 都是吃低保 都吃低保 都领低保 自己都是 自己也是 本身是低保 本身也是 也困难 自己也困难 自己都困难 也是特困 自己也没钱',
    '',
    'relative-poor',
  ],
  ['能干活 有力气 身体好 有手有脚 好手好脚 身强力壮 年轻力壮 有劳力', '就业能力 劳动能力'],
  [
    compose('不肯 不愿意 不愿 不想 不去 懒得 不乐意', '出去 去 ·', '干活 打工 工作 上班 做工 找工作 做事 找活'),
    '拒绝 介绍的工作 就业能力',
    't:work-refusal',
  ],
  ['干不动 种不动 干不了 干不了活', '无劳动能力'],
  ['劳动能力 无劳动能力 没有劳动能力 丧失劳动能力', '无劳动能力', 'field'],
  ['没成家 没儿没女 无儿无女 没有子女 没子女 一个人过', '无法定赡养 抚养 扶养义务人'],
  ['兄弟 哥哥 弟弟 姐姐 妹妹 靠我养 养活', '兄弟姐妹 供养'],
  [
    '拉货 干活用 生产用 做生意用 用来干活 跑运输 拉东西 耕田用 种地用 耕地用 拉货用 农用',
    '维持家庭生产生活的必需财产 豁免',
  ],
  ['院子 楼房 套房', '房屋 不动产'],
  ['多少地 有多少地 能有多少地 多少亩 几亩地 有地 土地 承包地 地有多少', '承包土地 财产', 't:property'],
  // ── Asking for help, asking about a rule ─────────────────────────────────────────────────
  [
    '政府 公家 管不管 有人管吗 有没有人管 帮忙 帮助 帮帮 救救 怎么办 有没有 给不给 申请什么 求助 求救 找人帮',
    '',
    'help',
  ],
  ['困难 遇到困难 有困难 生活困难 日子难过 过不下去', '', 'need'],
  ['条件 什么条件 够什么条件 要什么条件 什么样的 什么人 哪些人 谁能', '', 'a:who'],
  ['符合 够不够 能不能 可不可以 行不行', '符合'],
  [
    '能不能申请 可不可以申请 能申请 可以申请 能不能算 能算 能当 能不能当 够格 够不够格 能不能吃 能吃 还能吃 ' +
      '能不能领 能领 还能领 能报 能不能报 能不能入 能入 能评上 能做 可以做 做五保 做特困 当五保 当特困 能当',
    '符合 条件',
    'a:who',
    'help',
  ],
  [compose(MAY, TAKE), '符合 条件', 'a:who', 'help'],
  [
    compose(
      '在 去 到 上 找 ·',
      '哪 哪儿 哪里 哪块 哪个地方 什么地方 哪个部门 哪个单位',
      '申请 办 办理 报 递 交 提出 去申请 去办',
    ),
    '',
    'a:apply',
    'help',
  ],
  // ── Built from parts: who decides, telling the township, being refused an application, a helper ──
  [compose(AUTHORITY, '定 定的 来定 批 批的 审批 决定 说了算 拍板 确认'), '审批 审核确认', 't:approval', 'procedure'],
  [
    compose('跟 和 同 向 给', AUTHORITY, '说 讲 报 报告 申报 说一声 讲一声 报一声 讲清楚 说清楚'),
    '告知 乡镇人民政府',
    'field',
    't:change',
  ],
  [
    compose(
      '不给 不让 不准 不许 不肯 不同意 不帮',
      '我 我们 我家 他 她 他们',
      '申请 报 办 受理 递 递申请 交申请 交材料',
    ),
    '不得随意附加非必要限制性条件 未经家庭经济状况调查核实',
    't:must-accept',
    'field',
    'told',
  ],
  [
    compose('替 帮 代 帮忙 叫人 找人', '我 他 她 我们 俺 ·', '递 交 报 递申请 交申请 递交 报上去'),
    '委托 代为提出申请',
    't:agent',
    'procedure',
  ],
  [
    '腿脚不好 腿不好 腿脚不灵 腿脚不利索 跑不到 跑不动 走不到 去不到 行动困难',
    '委托 代为提出申请',
    't:agent',
    'procedure',
  ],
  [OFFICIALS, '', 'official'],
  [
    '亲戚 亲属 家属 亲人 自家人 七大姑八大姨 侄子 侄女 外甥 小舅子 大舅子 连襟 亲家 表弟 表哥 堂弟 堂哥',
    '近亲属',
    'kin',
  ],
  ['人情保 关系保 关系户 人情低保 关系低保 优亲厚友 优亲', '近亲属关系 单独登记备案 经办人员', 't:kin-staff', 'field'],
  ['投票 村民投票 投个票 举手 表决 打分 大家投票', '民主评议', 't:vote'],
  ['只能给 只可以给 只能让 只让 只批 只报 只准 只许 只肯', '不得仅将个别家庭成员纳入低保范围'],
  // ── Money that may count, living away, telling of changes ────────────────────────────────
  [
    '奖学金 助学金 扶助金 奖扶金 奖励扶助金 奖励金 抚恤金 慰问金 救助金 补助金 救济金 见义勇为 租子 地租 租金 房租 流转费 土地流转 分红 利息 彩礼',
    '家庭收入 不计入',
    'money',
  ],
  ['影响 会不会影响 影不影响 有没有影响 有影响 受影响', '', 'affects'],
  [
    '回老家 回家乡 返乡 回乡 回村 回到老家 在外地 在外头 在外面 在外边 外出 出去打工 在外打工 外出打工 去外地 ' +
      '外地上班 在外省 不在家 常年在外 常年不在家 不住一起 不住在一起 没住一起 没住在一起 不在一起住 没在一起住 ' +
      '分开住 不在一块住 在外面住 外面住 户口没迁 户口还在 户口没迁走 户口还没迁 户口还没迁走 户口仍在 户口也在',
    '共同生活的家庭成员 长期共同居住',
    'away',
  ],
  [
    '搬过来 搬进来 搬来 住进来 住过来 搬回来 搬回家 娶进门 过门 结了婚 结婚了 娶了媳妇 添了个 重新计 重新算 ' +
      '重新核 重新核算 转过去 转到 转去 转走 转过来 迁过去 户口转 跟着转 转低保 低保转 能转 能不能转 可不可以转 ' +
      '转回 搬了去 搬了过去 搬过去 搬家',
    '人口状况 变化',
    't:change',
  ],
  [
    '收入多了 收入变多 收入变多了 工资涨了 工资高了 挣得多了 挣多了 挣上钱 挣上钱了 挣到钱 挣到钱了 赚到钱 赚上钱 有收入了 马上没有 马上没了 一下就停 一下子就停 一下就给停',
    '',
    'field',
    't:exit',
    'money',
  ],
  ['离了婚 离婚了 离婚后 离异 分居', '共同生活的家庭成员 配偶', 'away'],
  [
    '报少 少报 报低 瞒报收入 隐瞒收入 少报收入 虚报收入 骗低保 骗补助 假报 少说 少说了 少讲 没如实 不如实 没说实话 不说实话 说假话 作假 弄虚作假',
    '虚报 隐瞒 骗取',
    't:fraud',
    'field',
  ],
  ['罚钱 罚多少 会不会罚 退钱 追回 退回来', '退回 罚款', 't:fraud'],
  ['临时求助 临时救急 临时帮扶 临时困难补助 临时困难救助', '临时救助 急难', 'p:temporary_assistance', 'field'],
  [
    '修房 修房子 房子漏 漏雨 漏水 房子裂 裂缝 房子破 房子塌 房子倒 住房困难 盖不起房 修不起房 不能住 住不了 没法住 住不得',
    '住房救助',
    'special-need',
    'housing',
  ],
  [
    '监测 动态监测 监测户 信息库 数据库 低收入人口 预警 防返贫 防止返贫',
    '低收入人口动态监测 信息库 预警',
    'field',
    't:monitoring',
  ],
];

/** Kinds of emergency and of property in the documents' words (a kind the lexicon adds later simply has none yet). */
const EVENT_TERMS: Partial<Record<EventKind, string>> = {
  fire: '火灾 意外事件',
  traffic_accident: '交通事故 意外事件',
  natural_disaster: '受灾 灾难性 突发性',
  sudden_illness: '突发重大疾病',
  accident: '意外事件 突发性',
  crime: '意外事件',
  other: '特殊困难',
};
/** Keyed by name, so kinds the lexicon adds (own_home) can be named before this branch knows them. */
const ASSET_TERMS: Partial<Record<Asset | 'own_home', string>> = {
  car: '车辆 财产',
  exempt_vehicle: '必需财产',
  house: '房屋 不动产 财产',
  shop: '不动产 财产',
  business: '经营',
  deposits: '银行存款 财产',
  no_home: '住房',
  land: '承包土地',
  own_home: '房屋 不动产 财产',
};

/** The documents' term for a kind of meaning of the shared lexicon, where there is one. */
function termOfMeaning(m: Meaning): string | undefined {
  switch (m.t) {
    case 'prison':
      return '服刑 监狱';
    case 'missing':
      return '宣告失踪';
    case 'student':
      return '教育';
    case 'death':
      return '死亡';
    case 'bedridden':
      return '生活不能自理 照料 生活自理能力';
    case 'childless':
      return '无法定赡养 抚养 扶养义务人';
    case 'jobless':
      return '无业 未就业';
    case 'work':
      return '就业 工资性收入';
    case 'healthy':
      return '劳动能力';
    case 'debt':
      return '债务';
    case 'severe':
      return '基本生活 严重困难';
    case 'cost':
      return '扣除 经营费用 成本';
    case 'exhausted':
      return '支出 超出家庭承受能力';
    case 'event':
      return EVENT_TERMS[m.kind];
    case 'disability':
      if (m.severe) return '重度残疾';
      if (m.kind === 'intellectual') return '智力残疾';
      if (m.kind === 'mental') return '精神残疾';
      if (m.kind === 'physical') return '肢体残疾';
      if (m.kind === 'visual') return '视力残疾';
      return '残疾人';
    case 'illness':
      return m.serious ? '重病 重特大疾病' : undefined;
    case 'asset':
      return ASSET_TERMS[m.what as Asset | 'own_home'];
    case 'income':
      return m.cat === 'excluded' ? '不计入家庭收入' : '家庭收入';
    case 'benefit':
      return { dibao: '最低生活保障', tekun: '特困人员', lowIncome: '低收入家庭' }[m.what];
    case 'expense':
      return m.kind === 'medical'
        ? '医疗 支出 刚性支出'
        : m.kind === 'education'
          ? '教育 支出'
          : m.kind === 'disability_rehab'
            ? '残疾 支出'
            : undefined;
    default:
      return undefined;
  }
}

/** Words of letting only some in, said with one person or the whole family (./readQuestion). */
const ONLY = [
  '只能给',
  '只可以给',
  '只能让',
  '只让',
  '只给',
  '只批',
  '只报',
  '只准',
  '只许',
  '只纳入',
  '只能报',
  '只可以报',
  '只可以入',
  '只能入',
];
/** Characters of a figure written in words or digits, and the units of money after one. */
const NUMERAL = new Set([...'0123456789一二两三四五六七八九十百千万几来多']);
const CURRENCY = new Set([...'块元蚊']);

/** Whether the text names an amount of money: a unit of money right after a figure. */
function namesAmount(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (CURRENCY.has(text[i]!) && NUMERAL.has(text[i - 1]!)) return true;
  return false;
}

/** Words naming an application. */
const APPLYING = ['申请', '报上去', '递上去', '交上去'];

/** Kinds of meaning that name a hardship. */
const NEED = new Set<Meaning['t']>([
  'event',
  'bedridden',
  'severe',
  'death',
  'disability',
  'childless',
  'jobless',
  'expense',
  'exhausted',
]);

const conceptTrie = buildLexicon(
  CONCEPTS.flatMap(([words, terms, ...tags]) =>
    words.split(' ').map((word): LexiconEntry => ({ word, meaning: { t: 'term' }, term: [terms, ...tags].join('|') })),
  ),
);

/** Read `text` with a trie, the longest word at each position, and collect what each word gives. */
function readWith(text: string, longest: (at: number) => { length: number; give: string[] } | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const hit = longest(i);
    if (hit) {
      out.push(...hit.give);
      i += hit.length;
    } else i++;
  }
  return out;
}

export interface Reading {
  /** The documents' terms for what the question says; a notion named twice is there twice. */
  terms: string[];

  tags: Set<Tag>;
}

/**
 * What a question says, in the documents' terms: `mandarin` is the question rewritten into
 * standard Mandarin, `original` as the resident wrote it (the shared lexicon knows dialect
 * words by themselves).
 */
export function readQuestion(mandarin: string, original: string, dialect: Dialect | 'all'): Reading {
  const lexicon = lexiconFor(dialect);
  const tags = new Set<Tag>();
  let savings = false;
  let events = false;
  let absent = false;
  let unsupported = false;
  let exhausted = false;
  let hasDisability = false;
  // The lexicon reads the question as written (it knows many dialect words) and as rewritten
  // into Mandarin (for those it does not); a term found both ways counts once.
  const readLexicon = (text: string) =>
    readWith(text, (at) => {
      const hit = lexicon.longest(text, at);
      if (!hit) return undefined;
      for (const m of hit.meanings) {
        if (m.t === 'benefit') tags.add(m.what === 'dibao' ? 'p:dibao' : m.what === 'tekun' ? 'p:tekun' : 'field');
        if (m.t === 'event') events = true;
        if (NEED.has(m.t) || (m.t === 'illness' && m.serious)) tags.add('need');
        if (m.t === 'prison' || m.t === 'missing') absent = true;
        if (
          m.t === 'asset' &&
          ['car', 'house', 'shop', 'business', 'exempt_vehicle', 'land', 'own_home'].includes(m.what)
        )
          tags.add('t:property');
        if (m.t === 'asset' && m.what === 'deposits') savings = true;
        if (m.t === 'exhausted') exhausted = true;
        if (m.t === 'disability' || m.t === 'bedridden') hasDisability = true;
        if (m.t === 'noSupport') unsupported = true;
        if (m.t === 'income' && m.cat === 'basicPension') tags.add('t:pension');
        if (m.t === 'income' || m.t === 'currency') tags.add('money');
        if (m.t === 'work' || (m.t === 'income' && m.cat === 'wages')) tags.add('work');
        if (m.t === 'person' && m.rel !== 'self' && m.rel !== 'other') tags.add('relative');
      }
      // What is owned speaks of property only while the question is about property (below).
      if (hit.meanings.some((m) => m.t === 'asset')) {
        assetTerms.push(...hit.terms, ...hit.meanings.flatMap((m) => termOfMeaning(m) ?? []));
        return { length: hit.length, give: [] };
      }
      return { length: hit.length, give: [...hit.terms, ...hit.meanings.flatMap((m) => termOfMeaning(m) ?? [])] };
    });
  const assetTerms: string[] = [];
  const fromLexicon = [...new Set([...readLexicon(original), ...readLexicon(mandarin)])];
  const fromConcepts = readWith(mandarin, (at) => {
    const hit = conceptTrie.longest(mandarin, at);
    if (!hit) return undefined;
    const give: string[] = [];
    for (const entry of hit.terms) {
      const [terms, ...more] = entry.split('|');
      for (const t of more) tags.add(t as Tag);
      if (terms && !give.includes(terms)) give.push(terms);
    }
    return { length: hit.length, give };
  });
  // Savings are a question of property, unless they were spent (花光了积蓄: a hardship).
  if (savings && !exhausted) tags.add(tags.has('check') || tags.has('t:verify') ? 't:verify' : 't:property');
  // Savings spent on hardship: the rule for families whose necessary spending is too high.
  if (exhausted) tags.add('t:expenditure');
  if (hasDisability) tags.add('disabled');
  // Special assistance (住房救助 for a 危房), or a house to repair, is not a question of property.
  if (tags.has('t:special') || tags.has('housing')) tags.delete('t:property');
  // A relative who does not look after the family: what they own is not the family's property.
  if (unsupported && tags.has('relative')) tags.delete('t:property');
  // Someone in prison or missing: whether they count in the household, unless they are the culprit of an emergency
  // (肇事的跑了).
  if (absent && !events) tags.add('t:household');
  // An emergency is a question of 临时救助, unless the question is whether money from it counts;
  // a house named with it is what was lost, not property that could bar assistance.
  if (events && !tags.has('counts')) {
    tags.add('p:temporary_assistance');
    tags.delete('t:property');
  }
  // Savings or income the authorities may check: the rule on checking (核对), not on what counts.
  if (tags.has('check') && tags.has('income-word') && !tags.has('counts')) tags.add('t:verify');
  // A relative of an official on assistance: the rule on applicants close to those who run it.
  if (tags.has('official') && tags.has('kin')) tags.add('t:kin-staff');
  // Only one member let in ("只能给我老伴一个人报低保"), the family left out: the rule against it.
  if (ONLY.some((w) => mandarin.includes(w)) && (mandarin.includes('一个人') || mandarin.includes('全家')))
    tags.add('t:partial');
  // An amount of money (三千来块, 四千蚊, 两万元) is money, whatever it is called.
  if (namesAmount(mandarin)) tags.add('money');
  // An application named without its program (递了申请多久有结果): in this service, 低保's.
  if (APPLYING.some((w) => mandarin.includes(w))) tags.add('applying');
  const owned = tags.has('t:property') || tags.has('t:verify') ? [...new Set(assetTerms)] : [];
  return { terms: [...fromLexicon, ...owned, ...fromConcepts], tags };
}
