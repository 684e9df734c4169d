/**
 * The steps of a request to the village committee, declared as fields (bot/flows/field.ts), the
 * same shape as the screening questions: each says what it records, when it applies, its
 * question, how an answer is read and what is said when it is not understood. Only what the
 * request needs is asked (个人信息保护法 第六条: the least personal data for the purpose).
 *
 * In order: consent → name → phone → (township →) village (→ township) → call_time →
 * id_number → confirm. The village steps vanish when the link or QR code tagged the village; a
 * city with many villages is asked its township first; a village not in the list is asked its
 * township next, and a township not in the list sends the request to the county.
 */
import type { Field } from '../flows/field.ts';
import type { VillageLookup } from '../ports.ts';
import type { DialogueState, ReferralProgress, ReferralStep } from '../state.ts';
import { R } from '../messages/referral.ts';
import { cleanIdNumber, cleanName, cleanPhone } from './validate.ts';
import { maskIdNumber } from './mask.ts';
import { answerLines } from '../flows/field.ts';
import { isPhrase, startsWithPhrase } from '../understand/phrases.ts';
import {
  chosenVillage,
  cityTownships,
  notListed,
  officeOf,
  pick,
  placeChoices,
  taggedVillage,
  townshipFirst,
  villageChoices,
} from './places.ts';

export interface ReferralDeps {
  villages: VillageLookup;
  /** Days a finished request is kept (told to the resident at consent). */
  keepDays: number;
}

/** What a request field looks at. */
export interface RequestCtx {
  state: DialogueState;
  p: ReferralProgress;
  deps: ReferralDeps;
  /** ISO time of the message being read (a consent is recorded with it). */
  now?: string;
}

/** Answers that end the field's part in the flow rather than record something. */
export type Ending = 'decline' | 'submit' | 'edit' | 'cancel';

/** An understood answer: what to record (`set`), what to forget (`drop`), or where the flow goes (`end`). */
export interface RequestRead {
  ok: true;
  set?: Partial<ReferralProgress>;
  drop?: (keyof ReferralProgress)[];
  end?: Ending;
}

export interface RequestField extends Field<RequestCtx, never, RequestRead> {
  readonly id: ReferralStep;
  /** The progress without this field's answer: what 返回 to this field forgets. */
  unsay(p: ReferralProgress): ReferralProgress;
  /** The answer as the confirmation shows it, for the fields shown there. */
  shown?(ctx: RequestCtx): string;
}

const MISS = { ok: false } as const;
const always = () => true;
const tagged = (c: RequestCtx) => taggedVillage(c.state, c.deps.villages) !== undefined;
const badChoice = () => R.badChoice;
const choose = (text: string, choices: { id: string; label: string }[]) => ({
  type: 'choices' as const,
  text,
  choices,
});

/** The progress without the given items. */
function without(p: ReferralProgress, keys: readonly (keyof ReferralProgress)[]): ReferralProgress {
  const q = { ...p };
  for (const k of keys) delete q[k];
  return q;
}

/** A field recording the given progress items (its facts), forgotten again on 返回. */
function records(keys: (keyof ReferralProgress)[]): Pick<RequestField, 'settles' | 'unsay'> {
  return { settles: (fact) => (keys as string[]).includes(fact), unsay: (p) => without(p, keys) };
}

const consent: RequestField = {
  id: 'consent',
  label: '同意发送',
  ...records(['consentAt']),
  applies: always,
  prompt: ({ state, deps }) => {
    const hint = taggedVillage(state, deps.villages)?.name ?? '你们村（社区）';
    return choose(R.consent(hint, deps.keepDays), [...R.consentChoices]);
  },
  parse: (t, { now }) => {
    if (startsWithPhrase(t, 'consentYes')) return { ok: true, set: { consentAt: now } };
    if (startsWithPhrase(t, 'consentNo')) return { ok: true, end: 'decline' };
    return MISS;
  },
  reask: badChoice,
};

/** A field answered in the resident's own words, kept only when `clean` accepts it (validate.ts). */
function typed(
  id: 'name' | 'phone',
  label: string,
  question: string,
  clean: (t: string) => string | undefined,
  bad: string,
): RequestField {
  return {
    id,
    label,
    ...records([id]),
    applies: always,
    prompt: () => ({ type: 'text', text: question }),
    parse: (t) => {
      const value = clean(t);
      return value ? { ok: true, set: { [id]: value } } : MISS;
    },
    reask: () => bad,
    shown: ({ p }) => p[id] ?? '',
  };
}

const name = typed('name', '姓名', R.askName, cleanName, R.badName);
const phone = typed('phone', '电话', R.askPhone, cleanPhone, R.badPhone);

/** The township, declared once; placed before the village or after it (see the slots below). */
const township: RequestField = {
  id: 'township',
  label: '乡镇（街道）',
  ...records(['township', 'unlisted']),
  applies: always,
  prompt: ({ state, deps }) =>
    choose(
      R.askTownship,
      placeChoices(
        cityTownships(state, deps.villages).map((t) => t.name),
        R.townshipNotListed,
      ),
    ),
  parse: (t, { state, p, deps }) => {
    const list = cityTownships(state, deps.villages);
    if (notListed(t, list.length, R.townshipNotListed)) return { ok: true, set: { unlisted: 'township' } };
    const tw = pick(t, list, (x) => x.name);
    if (!tw) return MISS;
    // Asked again after "not listed" was answered here: the village, not the township, is unlisted now.
    const still = p.unlisted === 'township' ? { unlisted: 'village' as const } : {};
    return { ok: true, set: { township: tw.code, ...still } };
  },
  reask: badChoice,
};

/** A city with many villages: the township first, then its villages. */
const townshipBefore: RequestField = {
  ...township,
  applies: (c) => !tagged(c) && townshipFirst(c.state, c.deps.villages),
};

/** A village not in the list: its township next; the "not listed" answer stands while it is asked again. */
const townshipAfter: RequestField = {
  ...township,
  applies: (c) => !tagged(c) && !townshipFirst(c.state, c.deps.villages) && c.p.unlisted !== undefined,
  unsay: (p) => ({ ...without(p, ['township']), unlisted: 'village' }),
};

const village: RequestField = {
  id: 'village',
  label: '村（社区）',
  ...records(['village', 'unlisted']),
  // Not asked when tagged, nor when the township itself was not in the list.
  applies: (c) => !tagged(c) && !(townshipFirst(c.state, c.deps.villages) && c.p.unlisted === 'township'),
  prompt: ({ state, p, deps }) =>
    choose(
      R.askVillage,
      placeChoices(
        villageChoices(state, p, deps.villages).map((v) => v.name),
        R.villageNotListed,
      ),
    ),
  parse: (t, { state, p, deps }) => {
    const list = villageChoices(state, p, deps.villages);
    if (notListed(t, list.length, R.villageNotListed)) return { ok: true, set: { unlisted: 'village' } };
    const v = pick(t, list, (x) => x.name);
    return v ? { ok: true, set: { village: v.code } } : MISS;
  },
  reask: badChoice,
  shown: ({ state, p, deps }) => {
    const v = chosenVillage(state, p, deps.villages);
    const office = officeOf(state, p, deps.villages);
    return v ? `${v.township.name} ${v.name}` : office ? R.toOffice(office.name) : '未选';
  },
};

const callTime: RequestField = {
  id: 'call_time',
  label: '方便联系',
  ...records(['callTime']),
  applies: always,
  prompt: () => choose(R.askCallTime, [...R.callTimes]),
  parse: (t) => {
    const c = pick(t, [...R.callTimes], (x) => x.label);
    return c ? { ok: true, set: { callTime: c.label } } : MISS;
  },
  reask: badChoice,
  shown: ({ p }) => p.callTime ?? '',
};

const idNumber: RequestField = {
  id: 'id_number',
  label: '身份证号',
  ...records(['idNumber']),
  applies: always,
  prompt: () => choose(R.askIdNumber, [...R.idChoices]),
  parse: (t) => {
    if (isPhrase(t, 'skipStep')) return { ok: true, drop: ['idNumber'] };
    const id = cleanIdNumber(t);
    return id ? { ok: true, set: { idNumber: id } } : MISS;
  },
  reask: () => R.badIdNumber,
  shown: ({ p }) => (p.idNumber ? maskIdNumber(p.idNumber) : '不填'),
};

const confirm: RequestField = {
  id: 'confirm',
  label: '确认发送',
  settles: () => false,
  unsay: (p) => p,
  applies: always,
  prompt: (c) => choose(R.confirm(confirmLines(c)), [...R.confirmChoices]),
  parse: (t) => {
    if (isPhrase(t, 'sendAsShown')) return { ok: true, end: 'submit' };
    if (isPhrase(t, 'changeFirst')) return { ok: true, end: 'edit' };
    if (isPhrase(t, 'dontSend')) return { ok: true, end: 'cancel' };
    return MISS;
  },
  reask: badChoice,
};

/** Every request field, in the order asked; those that do not apply to this resident are passed over. */
export const REQUEST_FIELDS: readonly RequestField[] = [
  consent,
  name,
  phone,
  townshipBefore,
  village,
  townshipAfter,
  callTime,
  idNumber,
  confirm,
];

/** Show answers: what the confirmation lists, exactly what goes. */
export function confirmLines(c: RequestCtx): string[] {
  return answerLines(REQUEST_FIELDS.flatMap((f) => (f.shown ? [{ label: f.label, answer: f.shown(c) }] : [])));
}

/** A field by its step, for a step asked outside the usual order (a village gone from the list). */
export function requestField(step: ReferralStep): RequestField {
  return REQUEST_FIELDS.find((f) => f.id === step)!;
}
