/**
 * How text sounds, tones aside, for reading what a pinyin input method's wrong pick spelled (老办
 * for 老伴, 文喜 for a county's name): each character stands for the first character of its sound
 * group (content/lexicon/sounds.ts), so two spellings sound alike when they read the same. A
 * character keeps its place (one for one), so a span heard is the span typed.
 */
import { OTHER_SOUNDS, USUAL_SOUND } from '../../content/lexicon/sounds.ts';

let usual: Map<string, string> | undefined;
let all: Map<string, string[]> | undefined;

/** The character that stands for each sound (the first of its group) and each character's sounds. */
function tables(): { usual: Map<string, string>; all: Map<string, string[]> } {
  if (!usual || !all) {
    usual = new Map();
    all = new Map();
    const key = new Map<string, string>();
    for (const [sound, chars] of Object.entries(USUAL_SOUND)) {
      key.set(sound, chars[0]!);
      for (const ch of chars) {
        usual.set(ch, chars[0]!);
        all.set(ch, [chars[0]!]);
      }
    }
    for (const [sound, chars] of Object.entries(OTHER_SOUNDS)) {
      const k = key.get(sound);
      if (k) for (const ch of chars) all.get(ch)?.push(k);
    }
  }
  return { usual, all };
}

/**
 * The usual sounds by UTF-16 code unit (0: the unit stays), when every character and its stand-in is one unit
 * outside the surrogates: a lookup then reads a number, not a one-character string made for each character.
 */
let byUnit: Uint16Array | null | undefined;

function unitTable(): Uint16Array | null {
  if (byUnit === undefined) {
    const table = new Uint16Array(0x10000);
    const oneUnit = (c: string) => c.length === 1 && (c.charCodeAt(0) < 0xd800 || c.charCodeAt(0) > 0xdfff);
    for (const [ch, stand] of tables().usual) {
      if (!oneUnit(ch) || !oneUnit(stand)) {
        byUnit = null;
        return byUnit;
      }
      table[ch.charCodeAt(0)] = stand.charCodeAt(0);
    }
    byUnit = table;
  }
  return byUnit;
}

/** The text with each character replaced by the one that stands for its usual sound. */
export function heard(text: string): string {
  const table = unitTable();
  if (!table) {
    const { usual } = tables();
    let out = '';
    for (const ch of text) out += usual.get(ch) ?? ch;
    return out;
  }
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    units[i] = table[code] || code;
  }
  return stringOfUnits(units);
}

// (A leading U+FEFF is text here, not a byte-order mark; the units are in the machine's byte order.)
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * UTF-16 code units as a string. Decoded natively (~4x cheaper than `String.fromCharCode.apply`, which was
 * ~1.5% of a reading), unless a surrogate is among them: a lone one would be decoded as U+FFFD.
 */
export function stringOfUnits(units: Uint16Array): string {
  let surrogate = !LITTLE_ENDIAN;
  for (let i = 0; i < units.length && !surrogate; i++) surrogate = (units[i]! & 0xf800) === 0xd800;
  if (!surrogate) return UTF16.decode(units);
  let out = '';
  for (let i = 0; i < units.length; i += 4096)
    out += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[]);
  return out;
}

/** Every way a name may sound (a character with two sounds gives two), at most eight. */
export function soundsOf(name: string): string[] {
  const { all } = tables();
  let ways = [''];
  for (const ch of name) {
    const keys = all.get(ch) ?? [ch];
    ways = ways.flatMap((w) => keys.map((k) => w + k)).slice(0, 8);
  }
  return ways;
}
