/**
 * Checks for what a request collects: a name, a phone number that can be called, and, only if
 * the resident chooses to give it, a 身份证号 whose GB 11643-1999 check digit is right (a typo
 * caught here saves the village a wasted visit).
 */
import { asciiWidth as normalise } from '../understand/tokens.ts';

export function cleanName(text: string): string | undefined {
  const t = normalise(text).trim().replace(/\s+/g, ' ');
  if (t.length < 2 || t.length > 20) return undefined;
  // Chinese names, with the middle dot of minority names, or names in Latin letters.
  return /^[\u4e00-\u9fff·•]{2,20}$|^[A-Za-z][A-Za-z .'-]{1,19}$/.test(t) ? t.replace('•', '·') : undefined;
}

/** Mainland mobile (11 digits from 13–19) or landline with area code (0xx-xxxxxxx). */
export function cleanPhone(text: string): string | undefined {
  return phoneIn(text) ?? onePhoneAmong(normalise(text));
}

function phoneIn(text: string): string | undefined {
  const t = normalise(text)
    .replace(/[\s()（）]/g, '')
    .replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (/^1[3-9]\d{9}$/.test(t)) return t;
  const land = t.match(/^(0\d{2,3})-?(\d{7,8})$/);
  return land ? `${land[1]}-${land[2]}` : undefined;
}

/** What a phone number is typed with: digits, the spaces and dashes between its groups, +86. */
const PHONE_CHAR = /[0-9\s\-+()（）]/;

/**
 * The one number in a sentence around it ("１３８ ３５９２ ０４４６ 是俺闺女的", "打村委会 0359-4021638",
 * "打我的吧，我是包村干部，15835627719"): each run of digits and spacing is tried alone; two numbers that
 * could be phones are none (which one is meant is asked again). One pass: linear.
 */
function onePhoneAmong(text: string): string | undefined {
  const found: string[] = [];
  let run = '';
  for (const ch of `${text.slice(0, 200)}。`) {
    if (PHONE_CHAR.test(ch)) {
      run += ch;
      continue;
    }
    if (/[0-9]/.test(run)) {
      const p = phoneIn(run.trim());
      if (p) found.push(p);
      else if (run.replace(/[^0-9]/g, '').length >= 7) return undefined; // a long number that is no phone
    }
    run = '';
  }
  return found.length === 1 ? found[0] : undefined;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643: 17 digits, a valid birth date, and the ISO 7064 MOD 11-2 check character. */
export function cleanIdNumber(text: string): string | undefined {
  const t = normalise(text)
    .replace(/[\sＸｘ]/g, (c) => (/\s/.test(c) ? '' : 'X'))
    .toUpperCase();
  if (!/^\d{17}[\dX]$/.test(t)) return undefined;
  const y = Number(t.slice(6, 10));
  const m = Number(t.slice(10, 12));
  const d = Number(t.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(t[i]), 0);
  return CHECK[sum % 11] === t[17] ? t : undefined;
}
