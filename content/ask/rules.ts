/**
 * Rules residents ask about that content/explanations.ts does not explain (it explains each
 * program and a few rules across them): the steps of the procedure, when assistance ends, care,
 * funerals, families just above the line. Each is a plain explanation with the clauses it rests
 * on, best first, as in content/explanations.ts; the question's words name them through the
 * tags of ./terms.ts, and ./intent.ts prefers their clauses.
 */
import type { Statement } from '../explanations.ts';

export type OwnTopic =
  | 'end-tekun'
  | 'end-dibao'
  | 'tekun-then-dibao'
  | 'funeral'
  | 'incomplete'
  | 'kin-staff'
  | 'survey'
  | 'complaint'
  | 'edge'
  | 'selfcare'
  | 'care'
  | 'targets'
  | 'kinds'
  | 'verify'
  | 'no-repeat'
  | 'partial'
  | 'approval-dibao'
  | 'approval-tekun'
  | 'approval-temp'
  | 'vote'
  | 'change'
  | 'death-dibao'
  | 'agent-tekun'
  | 'property-tekun'
  | 'no-shortcut'
  | 'where-tekun-lives'
  | 'expenditure'
  | 'income-tekun'
  | 'care-standard'
  | 'staged'
  | 'refusal'
  | 'where-cared'
  | 'tekun-covers'
  | 'special'
  | 'discover'
  | 'payment'
  | 'helper'
  | 'standard-tekun'
  | 'must-accept'
  | 'employment-cost'
  | 'hukou-elsewhere'
  | 'certificate'
  | 'work-refusal'
  | 'temp-where'
  | 'orphan'
  | 'publicity-dibao'
  | 'publicity-tekun'
  | 'publicity-temp'
  | 'not-paid'
  | 'reapply'
  | 'disabled-member'
  | 'monitoring'
  | 'expenditure-support'
  | 'hukou-home'
  | 'temp-times';

export const RULES: Record<OwnTopic, Statement> = {
  'end-tekun': {
    text: '特困人员死亡或被宣告失踪、恢复劳动能力、在监狱服刑、收入和财产不再符合条件、有了能履行义务的赡养人，或自愿退出的，终止救助供养；未成年人供养到 18 周岁，满 18 周岁还在上学的继续供养。',
    clauses: ['mz2021-43.a24', 'mz2021-43.a27'],
  },
  'end-dibao': {
    text: '低保家庭的人口、收入、财产有变化要及时告诉乡镇（街道），定期核查后不再符合条件的，按程序减发或停发。',
    clauses: ['gwy649.a13', 'mz2021-57.a31', 'yc59.2-1.review'],
  },
  'tekun-then-dibao': {
    text: '特困供养终止以后，符合低保、临时救助等条件的，应当按规定及时纳入相应救助。',
    clauses: ['mz2021-43.a27'],
  },
  funeral: {
    text: '特困人员去世的，供养的内容包括由政府办理丧葬事宜。其他困难家庭办丧事确有困难的，可以问问乡镇（街道）能否申请临时救助。',
    clauses: ['gwy649.a15', 'sjzf2026.a16'],
  },
  incomplete: {
    text: '材料不齐的，乡镇（街道）应当一次性告诉你要补齐的全部材料；能在政务服务平台查到的材料，不用重复交。',
    clauses: ['mz2021-57.a10', 'sjzf2026.a62'],
  },
  'kin-staff': {
    text: '家里有人和经办低保的工作人员或村（居）委会成员是近亲属的，可以申请，但乡镇（街道）要单独登记备案，县里审核时要入户调查。',
    clauses: ['mz2021-57.a11', 'mz2021-57.a20'],
  },
  survey: {
    text: '乡镇（街道）受理低保申请后 3 个工作日内开始调查家庭经济状况，可以入户调查、邻里访问、信函索证或者核对信息；特困申请 15 个工作日内调查核实并提出初审意见。',
    clauses: ['mz2021-57.a15', 'mz2021-43.a13', 'mz2021-57.a20'],
  },
  complaint: {
    text: '审核时接到投诉、举报的低保申请，县级民政部门应当入户调查。',
    clauses: ['mz2021-57.a20'],
  },
  edge: {
    text: '收入略高于低保标准（一般是低于 1.5 倍）、财产也符合规定的是低保边缘家庭，可以得到医疗、教育、住房、就业等救助；家里的重度残疾人、重病患者可以单独纳入低保。',
    clauses: ['mz2022-83.1-4', 'sjzf2026.a21', 'mz2021-57.a8', 'yc59.2-4', 'yj14.2-5'],
  },
  selfcare: {
    text: '特困人员的生活自理能力看 6 项：自己吃饭、穿衣、上下床、上厕所、在屋里走动、洗澡。都能做是能自理，3 项以下做不了是部分丧失，4 项以上做不了是完全丧失；由县级民政部门评估，按评估结果定照料护理标准。',
    clauses: ['mz2021-43.a21', 'mz2021-43.a22', 'mz2021-43.a20'],
  },
  care: {
    text: '低保、特困等困难家庭中生活不能自理的老人、未成年人、残疾人，可以得到访视、照料等服务；特困人员的供养包括对生活不能自理的给予照料。',
    clauses: ['yc59.2-7.service', 'yj14.2-7.service', 'sjzf2026.a34', 'gwy649.a15', 'sjzf2026.a16'],
  },
  targets: {
    text: '社会救助的对象包括特困人员、低保家庭、低保边缘家庭、刚性支出困难家庭、受灾人员、基本生活暂时出现严重困难的人员等。',
    clauses: ['sjzf2026.a13', 'sjzf2026.a15'],
  },
  kinds: {
    text: '社会救助分基本生活救助（特困供养、低保）、专项救助（医疗、教育、住房、就业、受灾人员救助）和急难救助（临时救助等）。',
    clauses: ['sjzf2026.a15', 'sjzf2026.a21', 'yc59.2-4', 'yj14.2-5'],
  },
  verify: {
    text: '申请低保、特困要授权核对：民政部门可以向户籍、税务、社保、不动产、车辆等单位和银行、保险等机构核对家庭的收入和财产，逢进必核，核对符合才能批。',
    clauses: ['sjzf2026.a41', 'gwy649.a58', 'yc59.2-8.verify', 'mz2021-57.a9'],
  },
  'no-repeat': {
    text: '能通过核对机制或政务服务平台查到的情况，不应再要求你提供。',
    clauses: ['sjzf2026.a62', 'mz2021-57.a10'],
  },
  partial: {
    text: '申请家庭符合条件的，不能只把个别家庭成员纳入低保。',
    clauses: ['mz2022-83.1-1'],
  },
  'approval-dibao': {
    text: '低保由乡镇（街道）受理、初审，县级民政部门审核确认；有的地方把确认权下放给乡镇（街道）。',
    clauses: ['mz2021-57.a2', 'sjzf2026.a44', 'gwy649.a11'],
  },
  'approval-tekun': {
    text: '特困由乡镇（街道）调查、初审并公示，县级民政部门审核确认，确认的下个月开始供养。',
    clauses: ['mz2021-43.a16', 'mz2021-43.a17', 'mz2021-43.a13'],
  },
  'approval-temp': {
    text: '临时救助由县级民政部门审批，金额较小的可以委托乡镇（街道）审批，情况紧急的可以先救助、后补手续。',
    clauses: ['yc59.2-6.tiered-approval', 'gwy649.a48', 'yj14.2-6.case-by-case'],
  },
  vote: {
    text: '民主评议由村（居）民代表对申请家庭的情况进行评议；现在一般公示有异议时才组织评议。',
    clauses: ['mz2021-57.a19', 'mz2021-43.a14'],
  },
  change: {
    text: '低保家庭的人口、收入、财产有变化（添人、有人去世、收入变了），要及时告诉乡镇（街道）。',
    clauses: ['mz2021-57.a30', 'gwy649.a13'],
  },
  'death-dibao': {
    text: '低保家庭有人去世的，要告诉乡镇（街道）；乡镇在 3 个月内核查家庭状况，办理增发、减发或停发。',
    clauses: ['mz2022-83.1-3', 'mz2021-57.a30'],
  },
  'agent-tekun': {
    text: '申请特困本人有困难的，可以委托村（居）委会或他人代为申请；因智力、精神等原因自己申请不了的，乡镇（街道）和村（居）委会应当主动帮他申请。',
    clauses: ['mz2021-43.a10', 'mz2021-43.a11', 'sjzf2026.a37'],
  },
  'property-tekun': {
    text: '特困人员的财产状况标准由设区的市级以上民政部门制定；收入低于低保标准、财产符合规定，才算“无生活来源”。',
    clauses: ['mz2021-43.a7', 'sjzf2026.a23', 'mz2021-43.a6'],
  },
  'no-shortcut': {
    text: '不经过申请受理、家庭经济状况调查、审核确认，任何家庭和个人都不能直接纳入低保。',
    clauses: ['mz2021-57.a28'],
  },
  'where-tekun-lives': {
    text: '特困供养标准城乡不一样的，有承包地或参加农村集体分配的一般按农村特困待遇；易地扶贫搬迁到城镇的按城市待遇。',
    clauses: ['mz2021-43.a19'],
  },
  'income-tekun': {
    text: '认定特困人员时，收入算工资、经营、财产和转移等各类收入；城乡居民基础养老金、基本医疗保险等社会保险和优待抚恤金、高龄津贴不算。',
    clauses: ['mz2021-43.a6'],
  },
  'care-standard': {
    text:
      '特困人员的照料护理标准按生活自理能力分档：全自理、半自理、全护理；阳江文件在 2021—2025 ' +
      '年过渡期内规定分别不低于当地最低工资标准的 2%、30%、60%，之后以当地公布的标准为准。由县级民政部门评估自理能力后确定档次。',
    clauses: ['yj14.2-2.tekun-standard', 'sjzf2026.a17', 'mz2021-43.a20', 'mz2021-43.a22'],
  },
  refusal: {
    text: '县级民政部门不同意的，要在作出决定后 3 个工作日内，通过乡镇（街道）书面告诉申请人并说明理由；不服的可以申请行政复议或提起行政诉讼。',
    clauses: ['mz2021-57.a21', 'gwy649.a11', 'mz2021-57.a38'],
  },
  'where-cared': {
    text: '特困人员可以到供养服务机构（敬老院）集中供养，也可以在家分散供养，自己选择。',
    clauses: ['gwy649.a19', 'sjzf2026.a16'],
  },
  'tekun-covers': {
    text: '特困人员供养包括：提供基本生活条件，对生活不能自理的给予照料，提供疾病治疗，办理丧葬事宜。',
    clauses: ['gwy649.a15', 'sjzf2026.a16'],
  },
  special: {
    text: '低保、特困家庭和低保边缘家庭等，按需要可以得到医疗、教育、住房、就业等专项救助，由相关部门按规定办理。',
    clauses: ['sjzf2026.a15', 'yc59.2-4', 'yj14.2-5', 'sjzf2026.a21', 'yc59.3-1'],
  },
  discover: {
    text: '村（居）委会和社会救助协理员要经常走访，发现需要救助的困难群众及时向乡镇（街道）报告，并帮助提出申请；乡镇（街道）发现后要告知政策、协助申请。',
    clauses: ['yc59.2-5', 'yj14.2-4', 'sjzf2026.a39', 'mz2021-57.a6', 'yc59.3-3', 'yj14.3-1'],
  },
  'standard-tekun': {
    text: '特困人员的基本生活标准和照料护理标准由省或设区的市确定、公布，随低保标准等调整；各县要按市里的提标文件落实提标。',
    clauses: ['yj14.2-2.tekun-standard', 'sjzf2026.a17', 'yc59.2-2.raise-standards', 'gwy649.a15'],
  },
  orphan: {
    text: '父母都不在了、没人抚养的孩子，符合孤儿、事实无人抚养儿童条件的，可以纳入孤儿或事实无人抚养儿童基本生活保障；同时符合特困条件的，可以选择其中一种（未满 16 周岁算无劳动能力）。',
    clauses: ['mz2021-43.a9', 'mz2021-43.a4', 'mz2021-43.a5'],
  },
  'publicity-dibao': {
    text: '乡镇（街道）提出初审意见后，在申请家庭所在的村、社区公示 7 天；有异议的重新调查或民主评议。',
    clauses: ['mz2021-57.a19'],
  },
  'publicity-tekun': {
    text: '特困申请的初审意见在申请人所在村（社区）公示 7 天；有异议的重新调查核实并重新公示。',
    clauses: ['mz2021-43.a15'],
  },
  'publicity-temp': {
    text: '临时救助向乡镇（街道）提出，经审核、公示后由县级民政部门审批；情况紧急的可以简化手续，先行救助。',
    clauses: ['gwy649.a48', 'sjzf2026.a50'],
  },
  'not-paid': {
    text: '低保批准后从作出决定的下个月开始按月发放。钱没到账的，可以问乡镇（街道）或拨打 12345 政务服务热线。',
    clauses: ['mz2021-57.a21', 'yc59.2-5.hotline', 'yj14.2-4.hotline', 'sjzf2026.a60'],
  },
  reapply: {
    text: '不符合条件的，县级民政部门要书面告诉你理由；情况变了可以重新申请，对决定不服的可以申请行政复议或提起行政诉讼。',
    clauses: ['mz2021-57.a21', 'mz2021-57.a4', 'mz2021-57.a38'],
  },
  'disabled-member': {
    text: '家里有重度残疾人或重病患者、收入在低保边缘的，这个人可以单独申请低保（单人保）；生活不能自理的，还可以得到访视、照料等服务。全家收入低于低保标准的，可以申请低保。',
    clauses: [
      'yc59.2-1.single-person',
      'yj14.2-5.single-person',
      'mz2021-57.a8',
      'yc59.2-7.service',
      'yj14.2-7.service',
      'gwy649.a9',
    ],
  },
  certificate: {
    text: '县级民政部门确认同意的，发给最低生活保障证或确认通知书，从作出决定的下个月开始发放低保金。',
    clauses: ['mz2021-57.a21'],
  },
  'work-refusal': {
    text: '低保家庭中有就业能力但没有就业的成员，应当接受介绍的工作；没有正当理由连续 3 次拒绝与其健康状况、劳动能力相适应的工作的，减发或停发他本人的低保金。',
    clauses: ['mz2021-57.a34'],
  },
  'temp-where': {
    text: '临时救助不受户籍限制，向急难发生地的乡镇人民政府（街道办事处）申请，由急难发生地审核并发放。',
    clauses: ['yc59.2-6.emergency-place', 'yj14.2-6.emergency-place', 'sjzf2026.a37', 'mz2022-83.4-3'],
  },
  'hukou-elsewhere': {
    text: '低保、特困一般向户籍所在地的乡镇（街道）申请；一家人户籍不在同一个省的，可以由户籍所在地和经常居住地一致的家庭成员向其户籍所在地申请。有条件的地方推进持居住证在居住地申请。临时救助在急难发生地申请。',
    clauses: ['mz2021-57.a5', 'mz2022-83.4-3', 'sjzf2026.a37', 'yc59.2-9.residence-permit'],
  },
  'employment-cost': {
    text: '核算家庭收入时，工资要扣除必要的就业成本：运城按城市低保标准的 30% 扣减，阳江按规定适当扣减。',
    clauses: ['yc59.2-1.employment-cost', 'yj14.2-1.employment-cost', 'mz2021-57.a13'],
  },
  'must-accept': {
    text: '申请低保不能被随意附加条件，也不能没经过家庭经济状况调查就认定符合或不符合；材料不齐的，乡镇（街道）应当一次性告知要补的材料。申请向户籍所在地乡镇（街道）提出。',
    clauses: ['mz2022-83.1-1', 'mz2021-57.a10', 'mz2021-57.a4'],
  },
  helper: {
    text: '村里设社会救助协理员，困难群众较多的村（社区）设社会救助服务站（点），帮助困难群众了解政策、提出申请。',
    clauses: ['yc59.3-3', 'yj14.3-1', 'yc59.2-5'],
  },
  payment: {
    text: '低保金按月发放；批准后从作出确认决定的下个月开始发。具体哪天到账，以当地发放安排为准。',
    clauses: ['sjzf2026.a18', 'gwy649.a12', 'mz2021-57.a21'],
  },
  staged: {
    text: '临时救助可以“一次审批、分阶段救助”，也可以跟进救助。',
    clauses: ['yj14.2-6.staged', 'yc59.2-6.small-first'],
  },
  'hukou-home': {
    text: '低保向户籍所在地的乡镇（街道）申请；有条件的地方在推进持居住证在居住地申请，可以先问问居住地的乡镇（街道）。一家人户籍不在同一个省的，可以由户籍所在地和经常居住地一致的家庭成员向其户籍所在地申请。',
    clauses: ['mz2021-57.a4', 'sjzf2026.a37', 'yc59.2-9.residence-permit'],
  },
  'temp-times': {
    text: '临时救助的具体事项和标准由县级以上地方人民政府确定、公布，一年能申请几次以当地规定为准，可以问乡镇（街道）。',
    clauses: ['gwy649.a49'],
  },
  monitoring: {
    text: '低收入人口动态监测：民政部门把低保对象、特困人员、低收入家庭成员、容易返贫致贫的人等放进低收入人口信息库，通过各部门的数据比对经常监测，及时发现需要救助的人，给予救助帮扶。',
    clauses: ['yc59.2-3', 'yj14.2-3', 'yj14.2-4'],
  },
  'expenditure-support': {
    text: '因大病、残疾、上学或突发事件花钱多、实际生活水平低于当地低保标准的“支出型”贫困家庭，运城规定经村民委员会民主评议、乡镇（街道）审核备案后，可以不计算子女给的赡养（抚养、扶养）费；其他情况下赡养费算家庭收入。',
    clauses: ['yc59.2-1.expenditure-support', 'mz2021-57.a13', 'sjzf2026.a22'],
  },
  expenditure: {
    text: '看病、上学等必需支出太大、实际生活低于低保标准的“支出型”困难家庭，可以得到医疗、教育等救助；遇到急难可以申请临时救助。',
    clauses: ['sjzf2026.a22', 'yc59.2-1.expenditure-support', 'yj14.2-5.expenditure', 'gwy649.a47'],
  },
};
