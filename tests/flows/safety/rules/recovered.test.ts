// A past told as past and well behind them is everyday; the same past with anything coming back stays a concern.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../flows/safety/classify.js';

describe('a past well behind them', () => {
  it.each([
    "5 years ago i tried to end my life. i'm in a really good place now and i'd love to train as a mentor",
    "i used to self harm as a teenager but i haven't in over 10 years, just putting it on my intake form",
    "i used to be on a section 3 but i'm living independently now",
  ])('%j is everyday', (text) => {
    expect(classify(text).level).toBe('none');
  });

  it.each([
    'i tried to take my life a couple of years ago',
    "i used to self harm and it's started again",
    'i was in a good place but the thoughts of ending it are creeping back',
    'tried to kill myself years ago, doing better now but struggling this week',
  ])('%j stays a concern or more', (text) => {
    expect(classify(text).level).not.toBe('none');
  });
});
