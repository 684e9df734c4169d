/**
 * 公公, 婆婆 in a call summary after the woman's husband was named ("家有丈夫、公公（75岁）、两个孩子", "老公
 * 出海未返，屋企仲有婆婆同两个细路"): her husband's parents, as written Chinese has them, where the same words
 * typed in Cantonese would otherwise be read as grandparents. With no husband named before, the region's
 * meaning stands.
 */
import type { SlotId } from './extract.ts';
import type { Token } from './tokens.ts';

const GENDER: Readonly<Record<string, 'm' | 'f'>> = { 公公: 'm', 婆婆: 'f' };

export function husbandsParents(tokens: Token[], slot: SlotId): Token[] {
  if (slot !== 'summary') return tokens;
  let husband = false;
  return tokens.map((t) => {
    if (t.kind !== 'word') return t;
    if (t.meanings.some((m) => m.t === 'person' && m.rel === 'spouse' && m.gender === 'm')) husband = true;
    const gender = GENDER[t.text];
    if (!husband || !gender) return t;
    return {
      ...t,
      meanings: t.meanings.map((m) =>
        m.t === 'person' && m.rel === 'grandparent' ? { t: 'person', rel: 'parent', gender, inLaw: true } : m,
      ),
    };
  });
}
