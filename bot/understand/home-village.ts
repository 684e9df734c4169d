/**
 * "两个仔喺老家由爷爷带", "父母喺乡下务农": relatives left in the home village while the one the call is
 * about lives and works elsewhere do not live with them. The same words said of the one the call is
 * about ("母亲与父亲在乡下种田") or of a spouse ("丈夫在老家种地": a spouse counts wherever they live,
 * 最低生活保障审核确认办法 第七条(一)) only say where they live.
 */
import { isPhrase } from './phrases.ts';
import { meaningOf, type Token } from './tokens.ts';

/** Whether a home-village word in this clause says that the relatives it names live apart. */
export function villageOfOthers(clause: readonly Token[], tok: Token): boolean {
  if (!isPhrase(tok.text, 'homeVillage')) return true;
  const rels = clause.flatMap((t) => {
    const who = meaningOf(t, 'person');
    return who ? [who.rel] : [];
  });
  return rels.length > 0 && rels.every((rel) => rel !== 'self' && rel !== 'spouse');
}
