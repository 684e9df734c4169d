/** Every policy document of the corpus, seeds first. */
import type { PolicyDocument } from './types.ts';
import { yc59 } from './yc59.ts';
import { yj14 } from './yj14.ts';
import { mz2021_57 } from './mz2021-57.ts';
import { mz2021_43 } from './mz2021-43.ts';
import { gwy649 } from './gwy649.ts';
import { sjzf2026 } from './sjzf2026.ts';
import { mz2022_83 } from './mz2022-83.ts';

export const documents: readonly PolicyDocument[] = [yc59, yj14, mz2021_57, mz2021_43, gwy649, sjzf2026, mz2022_83];
