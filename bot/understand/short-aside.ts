/**
 * A person's age or sex in brackets right after their word ("其妻（59岁）来电", "王某（40岁）反映"): where the
 * text goes on after it, so what follows the aside is read as following the word. Only a short aside (12
 * characters) is looked through, so the look-up is of fixed length.
 */
export function pastShortAside(text: string, at: number): number {
  if (text[at] !== '（' && text[at] !== '(') return at;
  const close = text.slice(at, at + 12).search(/[）)]/);
  return close < 0 ? -1 : at + close + 1;
}
