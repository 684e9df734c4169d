/**
 * Whether a summary's caller is from outside the household told of (a village cadre, a grid or
 * social worker, a neighbour): such a caller is no relative of that family, owes it no support and
 * is not one of its members, and the family it lists is named by its members' roles to one another.
 * One reading for the hotline's family roles (bot/hotline/family-roles.ts) and the person words.
 */
import { hasPhrase, leadingPhrase, startsWithPhrase } from './phrases.ts';

/**
 * Where a caller from outside the household is first named, or -1: a cadre, grid or social worker or
 * neighbour with 来电/反映 within fourteen characters of the same sentence after it ("村主任来电",
 * "网格员小王反映"), or "来电人系邻居". At most one role word starts at any place (none is the start of
 * another), so the longest one there is the one to test. A bounded look at each place: linear.
 */
export function reporterAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const role = leadingPhrase(text.slice(i, i + 3), 'outsideReporter');
    if (role !== undefined) {
      const after = text.slice(i + role.length, i + role.length + 14);
      const stop = after.indexOf('。');
      if (hasPhrase(stop < 0 ? after : after.slice(0, stop), 'callOrReport')) return i;
    }
    if (text.startsWith('来电人系', i) && startsWithPhrase(text.slice(i + 4, i + 6), 'neighbourOrVillage')) return i;
  }
  return -1;
}

/** Whether the summary opens with such a caller ("某村委会干部来电反映，…"): named in its first clause. */
export function opensWithOutsideCaller(text: string): boolean {
  const head = text.slice(0, 40);
  const k = head.search(/[，,：:。；;]/);
  const at = reporterAt(head);
  return at >= 0 && (k < 0 || at < k);
}
