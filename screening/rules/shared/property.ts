/**
 * Family property (最低生活保障审核确认办法 第十四条; 特困人员认定办法 第七条). The limits are
 * local and none was found for 运城 or 阳江 (rules-notes Q2), so the screening never rejects on
 * property unless an operator has configured a limit or the resident says the limit is exceeded:
 * anything that might matter is `uncertain` and left to the 核对.
 */
import type { Household } from '../../model/household.ts';
import type { Check } from '../../model/report.ts';
import { check, combineStatus } from '../../engine/checks.ts';
import { type Fen, yuanAfter, yuanToFen } from '../../engine/money.ts';

export interface PropertyRules {
  /** Savings limit as months of the standard per person; null = not configured. */
  depositLimitMonths: number | null;
  standardFen: Fen | undefined;
  size: number | undefined;
  citations: readonly string[];
}

/** The facts the check needs, by field of `household.property`. */
const REQUIRED_FACTS = [
  ['deposits', 'property.deposits'],
  ['vehicles', 'property.vehicles'],
  ['houses', 'property.houses'],
  ['registeredBusiness', 'property.registeredBusiness'],
] as const;

export function propertyCheck(h: Household, rules: PropertyRules, label = '家庭财产'): Check {
  const p = h.property ?? {};
  const cites = rules.citations;
  const id = 'property';
  if (p.depositsOverLocalLimit === true) {
    return check(id, label, 'fail', '你说家里的存款等金融资产超过了当地规定的限额。', cites);
  }
  const missing = REQUIRED_FACTS.filter(([field]) => p[field] === undefined).map(([, path]) => path);
  const parts: { status: Check['status']; text: string }[] = [];

  if (p.deposits !== undefined) {
    const fen = yuanToFen(p.deposits);
    if (fen === 0) parts.push({ status: 'pass', text: '没有存款' });
    else if (rules.depositLimitMonths !== null && rules.standardFen !== undefined && rules.size !== undefined) {
      const limit = rules.standardFen * rules.depositLimitMonths * rules.size;
      parts.push(
        fen > limit
          ? { status: 'fail', text: `存款等${yuanAfter(fen)}，超过当地限额${yuanAfter(limit)}` }
          : { status: 'pass', text: `存款等${yuanAfter(fen)}，未超过当地限额${yuanAfter(limit)}` },
      );
    } else {
      parts.push({ status: 'uncertain', text: `存款等${yuanAfter(fen)}，当地限额由核对确定` });
    }
  }
  if (p.vehicles !== undefined) {
    parts.push(
      p.vehicles === 0
        ? { status: 'pass', text: '没有汽车' }
        : // 第十四条 counts 车辆 and lets "维持家庭生产生活的必需财产" be exempted; which vehicles are
          // exempt is local (no current national text names 代步车 or 农机; the 2012 rules that did are repealed).
          { status: 'uncertain', text: `有 ${p.vehicles} 辆汽车，是否影响认定由当地核对；维持家庭生产生活必需的财产可以豁免` },
    );
  }
  if (p.houses !== undefined) {
    parts.push(
      p.houses <= 1
        ? { status: 'pass', text: p.houses === 0 ? '没有自有住房' : '只有一处住房' }
        : { status: 'uncertain', text: `有 ${p.houses} 处住房，是否超出规定由当地核对` },
    );
  }
  if (p.commercialProperty === true) parts.push({ status: 'uncertain', text: '有商铺等非住宅房产，需当地核对' });
  if (p.registeredBusiness !== undefined) {
    parts.push(
      p.registeredBusiness
        ? { status: 'uncertain', text: '有登记的公司或个体户，需当地核对经营情况' }
        : { status: 'pass', text: '没有登记公司或个体户' },
    );
  }

  const known = combineStatus(parts.map((x) => x.status));
  if (known === 'fail') return check(id, label, 'fail', `${parts.filter((x) => x.status === 'fail').map((x) => x.text).join('；')}。`, cites);
  if (missing.length > 0) {
    const said = parts.length > 0 ? `已知：${parts.map((x) => x.text).join('；')}。` : '';
    return check(id, label, 'unknown', `还需要了解家里的存款、汽车、住房和经营情况。${said}`, cites, missing);
  }
  const text = `${parts.map((x) => x.text).join('；')}。`;
  return check(id, label, known, known === 'pass' ? `财产情况：${text}` : `财产情况：${text}财产限额以当地核对为准。`, cites);
}
