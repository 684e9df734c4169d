/**
 * Words built from parts, as residents build phrases: an authority and a verb of deciding ("村里" +
 * "定" → 村里定, "民政局" + "批" → 民政局批), a way of asking and a verb of applying (可不可以 +
 * 领). The word tables (./terms.ts, ./field.ts) list the parts once instead of every phrase, so a
 * phrasing nobody wrote down is still read.
 */

/** Every word made of one choice from each part in turn; choices are separated by spaces, `·` is no word at all. */
export function compose(...parts: string[]): string {
  return parts
    .reduce<string[]>((acc, part) => acc.flatMap((a) => part.split(' ').map((p) => a + (p === '·' ? '' : p))), [''])
    .join(' ');
}
