/**
 * A grandparent raising a grandchild is often written up from the child's side: "与孙女（14岁）一起
 * 生活；孩子父亲（来电人之子）前年因病去世，母亲改嫁后没有联系", "孩子父母离婚，父亲（来电人之子）在外
 * 打工，很少寄钱，母亲不知去向". 父亲 and 母亲 there are the grandchild's parents: the caller's son
 * (who owes support unless dead, 特困人员认定办法 第八条) and daughter-in-law (an in-law, who owes the
 * caller none), not the caller's own parents. This rewrites those words from the caller's side
 * (其子, 儿媳) with the same length, so the positions of the facts still point into the pasted text,
 * like family-roles.ts and child-first.ts. Only when a grandchild was named before; fixed-length
 * look-ups in a bounded window: linear time.
 */

/** A grandchild named: the caller's, or the household's. (Grammar, not a word list: 孙 alone only before a bracket, comma or age.) */
const GRANDCHILD = /孙女|孙子|外孙|祖孙|孙(?=[（(，,\s\d岁])/;
/**
 * The grandchild's father said to be the caller's son, with its stand-in ending in 其子.
 * (Grammar, not a word list: a bracketed apposition whose every match, and its length, is replaced in place.)
 */
const FATHER = /(孩子父亲|孩子的父亲|父亲)[（(](来电人|当事人|老人)(之|的)(子|儿子)[）)]/g;
/** The grandchild's parents as a pair ("孩子父母离婚"), not a form's label ("孩子父母："). */
const PARENTS = /孩子(的)?父母(?![：:])/g;
/** A form's label for the grandchild's parents ("孩子父母：…"). */
const LABEL = /孩子(的)?父母[：:]/g;
/**
 * The grandchild's mother after the father was named.
 * (Grammar, not a word list: the mother's word, then within two characters a word for her leaving; every match is
 * replaced in place, the leaving word only looked at.)
 */
const MOTHER =
  /(孩子母亲|孩子的母亲|孩子妈妈|母亲|妈妈)(?=[^，。；;,]{0,2}(改嫁|离家|离开|不知|下落|失联|走了|跑了|出走|没有联系|没联系|再婚|外出|在外|不管|去世|病故))/g;

const blank = (n: number) => '　'.repeat(n);

/**
 * 孙 alone before an age ("来电人68岁，孙12岁") is a grandchild (a surname is followed by a name,
 * never a number): read as 孙子, taking the place of the separator before it (not after a count,
 * "祖孙二人，孙7岁", which already names the grandchild).
 */
const LONE = /(?<![人口])[，,；;、：:\s]孙(?=\d)/g;

/** The summary with a grandchild's parents named from the caller's side, or the text unchanged. */
export function readGrandchildParents(input: string): string {
  const text = input.replace(LONE, '孙子');
  const g = GRANDCHILD.exec(text);
  if (!g) return text;
  const from = g.index;
  let out = text;
  const put = (start: number, by: string) => {
    out = out.slice(0, start) + by + out.slice(start + by.length);
  };
  const rest = text.slice(from);
  let father = -1;
  for (const m of rest.matchAll(FATHER)) {
    const start = from + m.index;
    put(start, `${blank(m[0].length - 2)}其子`);
    if (father < 0) father = start;
  }
  if (father < 0) return text;
  for (const m of rest.matchAll(LABEL)) put(from + m.index, blank(m[0].length));
  for (const m of rest.matchAll(PARENTS)) put(from + m.index, blank(m[0].length));
  for (const m of text.slice(father).matchAll(MOTHER)) {
    const start = father + m.index;
    put(start, `${blank(m[0].length - 2)}儿媳`);
  }
  return out;
}
