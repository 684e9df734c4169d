// The officer's view of hotline verdicts (hotline-eval.ts asOfficer): the authors' own verdict counts only
// where the screening of their facts leaves the program open, and only when it is exactly ours.
import { describe, expect, it } from 'vitest';
import { asOfficer } from './hotline-eval.ts';

describe('verdicts as the texts give, or as the authors judged where their facts leave it open', () => {
  it('credits the author only where their facts leave the program open', () => {
    const v = [
      { got: 'likely', want: 'need_info', author: 'likely' }, // open in the facts, the officer agrees: credited
      { got: 'likely', want: 'need_info', author: 'possible' }, // open, another class: a miss
      { got: 'likely', want: 'unlikely', author: 'likely' }, // the facts decide otherwise: a miss
      { got: 'need_info', want: 'need_info', author: 'unlikely' }, // as the facts give: agreed
    ];
    expect(asOfficer(v)).toBe(0.5);
  });
  it('an item with no verdicts is nothing, not a division by zero', () => {
    expect(asOfficer([])).toBe(0);
  });
});
