/**
 * Conditions every program shares, in words: who counts in the household (最低生活保障审核确认办法
 * 第七条), where to apply (第四条、第五条; 特困人员认定办法 第十条; 社会救助法 第三十七条) and the
 * household's property (第十四条; 特困人员认定办法 第七条).
 */
import type { FindingBase, Speak } from '../model/finding.ts';
import { type MemberRef, whoList, yuanAfter } from './words.ts';

/** One thing known about the household's property, as the property check found it. */
export type PropertyItem =
  | { item: 'noDeposits' }
  | { item: 'depositsOver'; fen: number; limit: number }
  | { item: 'depositsWithin'; fen: number; limit: number }
  | { item: 'depositsLocal'; fen: number }
  | { item: 'noCar' }
  | { item: 'cars'; count: number }
  | { item: 'noHouse' }
  | { item: 'oneHouse' }
  | { item: 'houses'; count: number }
  | { item: 'commercial' }
  | { item: 'business' }
  | { item: 'noBusiness' };

function item(p: PropertyItem): string {
  switch (p.item) {
    case 'noDeposits':
      return '没有存款';
    case 'depositsOver':
      return `存款等${yuanAfter(p.fen)}，超过当地限额${yuanAfter(p.limit)}`;
    case 'depositsWithin':
      return `存款等${yuanAfter(p.fen)}，未超过当地限额${yuanAfter(p.limit)}`;
    case 'depositsLocal':
      return `存款等${yuanAfter(p.fen)}，当地限额由核对确定`;
    case 'noCar':
      return '没有汽车';
    case 'cars':
      // 第十四条 counts 车辆 and exempts "维持家庭生产生活的必需财产"; the repealed 2012 rules named 代步车.
      return `有 ${p.count} 辆汽车，是否影响认定由当地核对；维持家庭生产生活必需的财产可以豁免`;
    case 'noHouse':
      return '没有自有住房';
    case 'oneHouse':
      return '只有一处住房';
    case 'houses':
      return `有 ${p.count} 处住房，是否超出规定由当地核对`;
    case 'commercial':
      return '有商铺等非住宅房产，需当地核对';
    case 'business':
      return '有登记的公司或个体户，需当地核对经营情况';
    case 'noBusiness':
      return '没有登记公司或个体户';
  }
}

const items = (list: readonly PropertyItem[]) => list.map(item).join('；');

type ApplyProgram = 'dibao' | 'tekun';
const APPLY_NAMES: Record<ApplyProgram, string> = { dibao: '低保', tekun: '特困供养' };

export const HOUSEHOLD = {
  'household.unknown': () => '还不知道家里一起生活的有几口人。',
  'household.counted': (f: { size: number; excluded: number; others: MemberRef[] }) => {
    const notes: string[] = [];
    if (f.excluded > 0)
      notes.push(`另有 ${f.excluded} 人按规定不计入：长期在寺庙、服刑、强制戒毒或被宣告失踪的人不算家庭成员`);
    if (f.others.length > 0)
      notes.push(`${whoList(f.others)}与家里没有法定赡养、扶养、抚养关系，不算共同生活的家庭成员，人数和收入都不计入`);
    return `按共同生活的家庭成员计算，共 ${f.size} 人。${notes.map((n) => `${n}。`).join('')}`;
  },

  'apply.permit': (f: { program: ApplyProgram; localRule: boolean }) =>
    `户籍不在本地，但持有本地居住证：` +
    `${f.localRule ? '当地正在有序推进持居住证人员在居住地申办社会救助' : '国家规定有条件的地区可以受理持居住证人员在居住地申请'}，` +
    `能否在这里申请${APPLY_NAMES[f.program]}请向居住地乡镇（街道）确认；不能的，向户籍所在地申请。`,
  'apply.permitUnknown': (f: { program: ApplyProgram }) =>
    `户籍不在本地：${APPLY_NAMES[f.program]}一般向户籍所在地申请，持有居住证的可以问居住地能否受理。还不知道你有没有本地居住证。`,
  'apply.elsewhere': (f: { program: ApplyProgram }) =>
    `户籍不在本地，也没有本地居住证：${APPLY_NAMES[f.program]}要向户籍所在地的乡镇（街道）申请，按户籍地的标准审核；这里按本地标准算的结果只能参考。`,

  'property.overLimitSaid': () => '你说家里的存款等金融资产超过了当地规定的限额。',
  'property.over': (f: { items: PropertyItem[] }) => `${items(f.items)}。`,
  'property.unknown': (f: { items: PropertyItem[] }) =>
    `还需要了解家里的存款、汽车、住房和经营情况。${f.items.length > 0 ? `已知：${items(f.items)}。` : ''}`,
  'property.within': (f: { items: PropertyItem[] }) => `财产情况：${items(f.items)}。`,
  'property.forCheck': (f: { items: PropertyItem[] }) => `财产情况：${items(f.items)}。财产限额以当地核对为准。`,
  'property.recognised': () => '低收入家庭的财产状况已经当地认定。',
  /** A recognised 低收入 household whose stated figures say otherwise: the recognition is re-checked. */
  reverify: (f: { said: FindingBase }, say: Speak) =>
    `${say(f.said)}你家虽已被认定为低收入（低保边缘）家庭，申请时会按现在的情况重新核实。`,
} as const;
