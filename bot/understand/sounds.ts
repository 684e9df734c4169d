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

/** The text with each character replaced by the one that stands for its usual sound. */
export function heard(text: string): string {
  const { usual } = tables();
  let out = '';
  for (const ch of text) out += usual.get(ch) ?? ch;
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
