/**
 * Work orders filled in as a form ("诉求人：赵某（53）", "家庭人口：5人", "车辆：不详", "子女：3人，均在外
 * 成家") put the facts after field names rather than in sentences. A few of those shapes mislead a
 * reader of sentences: an age in brackets with no 岁 after a name, a field answered 不详 (the field's
 * name alone then reads as the thing being there: "车辆" as a car), a count of children after the
 * field name, and the field name 子女 before a value that names the children itself. This rewrites
 * them with the same length (like family-roles.ts), so the positions of the facts still point into
 * the text the agent pasted. Bounded patterns only: linear time.
 */

/** "赵某（53）": a form's age after a name, with no 岁. */
const AGE = /某[（(](\d{1,3})[）)]/g;
/**
 * A field answered "not known": its name and answer say nothing.
 * (Grammar, not a word list: a whole field between separators.)
 */
const UNKNOWN = /(^|[\n；;。])([\u4e00-\u9fa5]{2,6}[：:](不详|未详|不清楚|未说明|未知|说不清))(?=$|[\n；;。，,])/g;
/** "子女：3人": the number of children (not "子女：两个女…", which names them). */
const CHILD_COUNT = /子女[：:]([0-9一二两三四五六七八九])[人个](?![仔女儿子囡孩闺])/g;
/**
 * "子女：一辈子没成家，无子女", "子女：一仔一女", "子女：一个仔（45岁）在外地": the field's name, when the
 * answer names them itself (a count with a kin word after it, not "3人", "两个，均在外").
 * (Grammar, not a word list: character classes after a label, looked at, not consumed.)
 */
const CHILD_LABEL =
  /子女[：:](?![无没冇不]|[0-9二两三四五六七八九]{1,2}(?:[人个](?![仔女儿子囡孩闺])|(?![人个仔女儿子囡孩闺]))|一[人个](?![仔女儿子囡孩闺]))/g;

/** The work order with form fields read as the sentences they stand for, or the text unchanged. */
export function readWorkOrderForm(text: string): string {
  // (An age in brackets after 某 is read in any summary: "郭某（43）问低保".)
  let out = text.replace(AGE, (m, age: string) => (Number(age) <= 120 ? `某，${age}岁` : m));
  if (!/[：:]/.test(out)) return out;
  out = out.replace(UNKNOWN, (_m, lead: string, field: string) => lead + '　'.repeat(field.length));
  out = out.replace(CHILD_COUNT, (_m, n: string) => `${n}个子女，`);
  out = out.replace(CHILD_LABEL, '　　　');
  return out;
}
