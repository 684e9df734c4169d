// The sound table the service carries (content/lexicon/sounds.ts) is exactly what its generator
// makes from pinyin-pro's dictionary: no hand edits, and every common character has a sound.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OTHER_SOUNDS, USUAL_SOUND } from '../../content/lexicon/sounds.ts';
import { gb2312, makeSounds } from './make-sounds.ts';

describe('content/lexicon/sounds.ts', () => {
  it('is what test/content/make-sounds.ts writes', () => {
    const file = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'lexicon', 'sounds.ts'), 'utf8');
    expect(file).toBe(makeSounds());
  });

  it('gives each of the 6,763 common characters one usual sound', () => {
    const chars = gb2312();
    expect(chars).toHaveLength(6763);
    const seen = Object.values(USUAL_SOUND).join('');
    expect(seen).toHaveLength(6763);
    expect(new Set(seen).size).toBe(6763);
  });

  it('puts homophones together and keeps second sounds apart', () => {
    expect(USUAL_SOUND.wen).toContain('文');
    expect(USUAL_SOUND.wen).toContain('闻');
    expect(USUAL_SOUND.xi).toContain('喜');
    expect(OTHER_SOUNDS.xie).toContain('解');
    expect(USUAL_SOUND.ban).toContain('伴');
    expect(USUAL_SOUND.ban).toContain('办');
  });
});
