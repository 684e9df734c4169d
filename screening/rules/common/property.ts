/**
 * Family property. 最低生活保障审核确认办法 第十四条: "家庭财产指共同生活的家庭成员拥有的全部动产和
 * 不动产……对于维持家庭生产生活的必需财产，可以在认定家庭财产状况时予以豁免"; 特困人员认定办法 第七条
 * (the 特困 property rules are the city's). The limits are local and none was found for the built-in
 * cities (rules-notes Q2), so the screening never rejects on property unless an operator has configured a
 * limit or the resident says the limit is exceeded: anything that might matter is left to the 核对.
 */
import type { Household } from '../../model/household.ts';
import type { Check, CheckStatus } from '../../model/report.ts';
import { combineStatus } from '../../engine/checks.ts';
import { finding, toCheck } from '../../engine/findings.ts';
import { type Fen, yuanToFen } from '../../engine/money.ts';
import type { PropertyItem } from '../../catalogue/household.ts';
import type { LabelKey } from '../../catalogue/labels.ts';

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

type Part = PropertyItem & { status: CheckStatus };

/** What is known, item by item, with how each bears on the condition. */
function parts(h: Household, rules: PropertyRules): Part[] {
  const p = h.property ?? {};
  const out: Part[] = [];
  if (p.deposits !== undefined) {
    const fen = yuanToFen(p.deposits);
    if (fen === 0) out.push({ item: 'noDeposits', status: 'pass' });
    else if (rules.depositLimitMonths !== null && rules.standardFen !== undefined && rules.size !== undefined) {
      const limit = rules.standardFen * rules.depositLimitMonths * rules.size;
      out.push(
        fen > limit
          ? { item: 'depositsOver', fen, limit, status: 'fail' }
          : { item: 'depositsWithin', fen, limit, status: 'pass' },
      );
    } else out.push({ item: 'depositsLocal', fen, status: 'uncertain' });
  }
  if (p.vehicles !== undefined)
    out.push(
      p.vehicles === 0 ? { item: 'noCar', status: 'pass' } : { item: 'cars', count: p.vehicles, status: 'uncertain' },
    );
  if (p.houses !== undefined) {
    // One home is what a household lives in; a second is for the 核对.
    if (p.houses === 0) out.push({ item: 'noHouse', status: 'pass' });
    else if (p.houses === 1) out.push({ item: 'oneHouse', status: 'pass' });
    else out.push({ item: 'houses', count: p.houses, status: 'uncertain' });
  }
  if (p.commercialProperty === true) out.push({ item: 'commercial', status: 'uncertain' });
  if (p.registeredBusiness !== undefined)
    out.push(p.registeredBusiness ? { item: 'business', status: 'uncertain' } : { item: 'noBusiness', status: 'pass' });
  return out;
}

const item = ({ status: _s, ...rest }: Part): PropertyItem => rest as PropertyItem;

export function propertyCheck(h: Household, rules: PropertyRules, label: LabelKey = 'property'): Check {
  const cites = rules.citations;
  const id = 'property';
  if (h.property?.depositsOverLocalLimit === true)
    return toCheck(id, label, finding('property.overLimitSaid', 'fail', {}, cites));
  const p = h.property ?? {};
  const missing = REQUIRED_FACTS.filter(([field]) => p[field] === undefined).map(([, path]) => path);
  const known = parts(h, rules);
  const status = combineStatus(known.map((x) => x.status));
  if (status === 'fail')
    return toCheck(
      id,
      label,
      finding('property.over', 'fail', { items: known.filter((x) => x.status === 'fail').map(item) }, cites),
    );
  if (missing.length > 0)
    return toCheck(id, label, finding('property.unknown', 'unknown', { items: known.map(item) }, cites, missing));
  return toCheck(
    id,
    label,
    finding(status === 'pass' ? 'property.within' : 'property.forCheck', status, { items: known.map(item) }, cites),
  );
}
