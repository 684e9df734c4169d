/**
 * 运城市 (140800), 山西省, as one package: its counties and place words, its figures (demo money
 * figures until an operator configures the real ones) and local rules from 运民发〔2021〕59号, the
 * notice itself, which of its clauses each topic cites, its dialect (晋南, northern Mandarin), and
 * the sample villages offered while none is configured.
 */
import type { CityPackageData } from '../../params/city-package.ts';
import { yc59 } from './notice.ts';
import { yunchengParams } from './params.ts';
import { yunchengCounties } from './places.ts';
import { yunchengSources } from './sources.ts';

export const yuncheng: CityPackageData = {
  code: '140800',
  name: '运城市',
  province: { code: '140000', name: '山西省' },
  dialect: 'north',
  counties: yunchengCounties,
  params: yunchengParams,
  sources: yunchengSources,
  documents: [yc59],
  // The local clause that restates or overrides the national rule on each topic (cited first).
  citations: {
    'dibao.verify': ['yc59.2-8.verify'],
    'dibao.gradualExit': ['yc59.2-1.gradual-exit'],
    'dibao.standard': ['yc59.2-2.raise-standards'],
    'dibao.review': ['yc59.2-1.review'],
    tuopin: ['yc59.2-1.tuopin'],
    'single.scope': ['yc59.2-1.single-person', 'yc59.2-4.single-person'],
    // 二（四）: each county sets what 低收入 means (the edge line is only this tool's estimate).
    'single.edge': ['yc59.2-4.low-income-conditions'],
    service: ['yc59.2-7.service'],
    'temp.place': ['yc59.2-6.emergency-place'],
    'temp.firstAid': ['yc59.2-6.small-first'],
    'temp.amount': ['yc59.2-6.case-by-case', 'yc59.2-6.tiered-approval'],
    hotline: ['yc59.2-5.hotline'],
    // 二（九）: 居住证 holders may apply where they live.
    residencePermit: ['yc59.2-9.residence-permit'],
    special: ['yc59.2-4.special'],
    priceSubsidy: ['yc59.2-2.price-subsidy'],
    'temp.staged': ['yc59.2-6.small-first'],
    'temp.lasting': ['yc59.2-6.small-first'],
  },
  placeExample: '临猗',
  demoVillages: [
    {
      code: 'demo-yc-1',
      name: '示例村一（运城）',
      township: { code: 'demo-yc-t1', name: '示例镇（运城）' },
      region: '140802',
      contacts: [{ name: '示例协理员', role: '社会救助协理员' }],
    },
    {
      code: 'demo-yc-2',
      name: '示例村二（运城）',
      township: { code: 'demo-yc-t1', name: '示例镇（运城）' },
      region: '140802',
      contacts: [],
    },
  ],
  outreach: {
    // 二（五）: "将辖区内的留守儿童、独居老人、残疾人、重病患者等易陷入生活困境的人群作为重点，关注居住在本辖区的外来人员"
    focusGroups: [
      { id: 'left_behind_child', label: '留守儿童', clause: 'yc59.2-5' },
      { id: 'elderly_alone', label: '独居老人', clause: 'yc59.2-5' },
      { id: 'disabled', label: '残疾人', clause: 'yc59.2-5' },
      { id: 'seriously_ill', label: '重病患者', clause: 'yc59.2-5' },
      { id: 'migrant', label: '外来人员', clause: 'yc59.2-5' },
    ],
    // 二（五）: "及时掌握困难群众就业、收入变化、消费、收入、受灾、大病、丧葬等情况"
    changeKinds: [
      { id: 'employment', label: '就业' },
      { id: 'income', label: '收入' },
      { id: 'consumption', label: '消费' },
      { id: 'disaster', label: '受灾' },
      { id: 'illness', label: '大病' },
      { id: 'funeral', label: '丧葬' },
    ],
    changeClause: 'yc59.2-5',
    // 二（五）: "并于每月20日前向乡镇（街道办事处）报告，民政助理员要对上报情况及时进行核查，于每月月底报县级民政部门"
    report: { villageDueDay: 20, townshipDueDay: 0, reminderLeadDays: 3, onRestDay: 'next', clause: 'yc59.2-5' },
  },
};
