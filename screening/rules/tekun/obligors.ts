/**
 * 特困人员认定办法 第四条（三）"无法定赡养、抚养、扶养义务人或者其法定义务人无履行义务能力", read with
 * 第八条: the members living here who owe support (obligors-in-house.ts), relatives left out of the
 * household count and obligors outside it (obligors-outside.ts). An adult here able to support
 * settles it; otherwise every open finding is said, with what to ask.
 */
import type { Check } from '../../model/report.ts';
import { combineStatus, flat } from '../../engine/checks.ts';
import { finding, toCheck } from '../../engine/findings.ts';
import type { ObligorPart } from '../../catalogue/tekun.ts';
import { type IndexedMember, ref, uncountedMembers } from '../common/household.ts';
import type { RuleContext } from '../common/context.ts';
import { householdMeans, type InHouse, inHouseObligor } from './obligors-in-house.ts';
import { excludedObligor, obligorUnable } from './obligors-outside.ts';
import type { Ages } from './work-capacity.ts';

/** What is the same for every candidate: worked out for the first that needs it. */
export interface SharedObligors {
  excluded?: InHouse[];
  outside?: { status: InHouse['status']; missing: string[] }[];
  inHouse?: Map<number, InHouse>;
  means?: ReturnType<typeof householdMeans>;
}

/** The able ones said together: "同住的申请人（50岁）、配偶（48岁）已成年，…". */
function grouped(able: readonly InHouse[]): ObligorPart[] {
  const parts = flat(able, (x) => x.parts);
  const out: ObligorPart[] = [];
  for (const p of parts) {
    const same = p.kind === 'able' ? out.find((q) => q.kind === 'able' && q.older === p.older) : undefined;
    if (same && same.kind === 'able' && p.kind === 'able') same.who.push(...p.who);
    else out.push(p.kind === 'able' ? { ...p, who: [...p.who] } : p);
  }
  return out;
}

function inHouseFindings(ctx: RuleContext, candidate: IndexedMember, a: Ages, shared: SharedObligors): InHouse[] {
  const duty = ctx.res.get('obligor.supportRelations');
  const means = () => (shared.means ??= householdMeans(ctx));
  shared.inHouse ??= new Map();
  const found: InHouse[] = [];
  for (const o of (ctx.members ?? []).filter((x) => x.index !== candidate.index)) {
    const m = o.member;
    const who = ref(o);
    if (m.age === undefined) {
      found.push({ status: 'unknown', parts: [{ kind: 'ageUnknown', who }], missing: [`members[${o.index}].age`] });
      continue;
    }
    if (m.age < a.minorExtended) continue;
    // 第八条 turns on who the person is to the candidate: a relation not given is asked, never assumed.
    if (m.relation === undefined)
      found.push({
        status: 'unknown',
        parts: [{ kind: 'relationUnknown', who }],
        missing: [`members[${o.index}].relation`],
      });
    else if (m.relation === 'sibling')
      found.push({ status: 'uncertain', parts: [{ kind: 'sibling', who }], missing: [] });
    // 办法第七条（三）: a child in full-time education "不能独立生活": not presumed able; the office decides.
    else if (m.student?.fullTime === true)
      found.push({ status: 'uncertain', parts: [{ kind: 'student', who }], missing: [] });
    else if (duty.includes(m.relation)) {
      let f = shared.inHouse.get(o.index);
      if (!f) {
        f = inHouseObligor(ctx, o, means);
        shared.inHouse.set(o.index, f);
      }
      found.push(f);
    }
  }
  return found;
}

/** The obligors outside the household, as the resident described them. */
function outside(ctx: RuleContext, others: boolean, shared: SharedObligors): InHouse {
  const ob = ctx.h.obligors;
  const listed = ob?.list?.length ?? 0;
  if (ob?.exist === false) return { status: 'pass', parts: [{ kind: 'noneOutside', others }], missing: [] };
  if (ob?.exist === undefined && listed === 0)
    return { status: 'unknown', parts: [{ kind: 'outsideUnknown' }], missing: ['obligors.exist'] };
  if (listed === 0) return { status: 'unknown', parts: [{ kind: 'outsideListUnknown' }], missing: ['obligors.list'] };
  shared.outside ??= (ob?.list ?? []).map((o, i) => obligorUnable(o, i, ctx));
  const each = shared.outside;
  const status = combineStatus(each.map((e) => e.status));
  const dibaoAge = ctx.res.get('obligor.dibaoRecipientAge');
  const elderlyAge = ctx.res.get('obligor.elderlyAge');
  const part: ObligorPart =
    status === 'pass'
      ? { kind: 'outsideUnable', dibaoAge, elderlyAge }
      : status === 'fail'
        ? { kind: 'outsideAble' }
        : { kind: 'outsideOpen' };
  return { status, parts: [part], missing: flat(each, (e) => e.missing) };
}

export function obligorCheck(ctx: RuleContext, candidate: IndexedMember, a: Ages, shared: SharedObligors): Check {
  const cites = ctx.cite('tekun.obligors');
  const say = (status: InHouse['status'], parts: ObligorPart[], missing: string[] = []) =>
    toCheck('obligors', 'obligors', finding('tekun.obligors', status, { parts }, cites, missing));
  const inHouse = inHouseFindings(ctx, candidate, a, shared);
  const able = inHouse.filter((x) => x.status === 'fail');
  if (able.length > 0) return say('fail', grouped(able));
  if (!shared.excluded) {
    shared.excluded = [];
    for (const o of uncountedMembers(ctx.h)) {
      const x = excludedObligor(ctx, o);
      if (x) shared.excluded.push(x);
    }
  }
  inHouse.push(...shared.excluded);
  const inStatus = combineStatus(inHouse.map((x) => x.status));
  if (inStatus === 'fail')
    return say(
      'fail',
      flat(
        inHouse.filter((x) => x.status === 'fail'),
        (x) => x.parts,
      ),
    );
  const out = outside(ctx, inHouse.length > 0, shared);
  if (out.status === 'fail') return say('fail', out.parts);
  const status = combineStatus([inStatus, out.status]);
  return say(
    status,
    [...flat(inHouse, (x) => x.parts), ...out.parts],
    status === 'unknown' ? [...flat(inHouse, (x) => x.missing), ...out.missing] : [],
  );
}
