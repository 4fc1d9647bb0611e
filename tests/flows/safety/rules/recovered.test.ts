// A past told as past and well behind them is everyday; the same past with anything coming back stays a concern. An
// absence with its ordinary reason is a diary note the word model may not raise.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../flows/safety/classify.js';
import { canonicalOf } from '../../../../flows/safety/rules/lexicon.js';
import { learnedOnOrdinaryAbsence } from '../../../../flows/safety/rules/recovered.js';

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

describe('an absence with its ordinary reason', () => {
  const raised = { level: 'urgent' as const, reasons: ['model-urgent', 'model:be_around'] };

  it.each([
    "won't be around this weekend, staying with my brother in Bristol",
    'i will not be about next week, on a course for work',
    "not going to be around tuesday, it's my nan's 90th",
  ])('%j is everyday when only the word model raised it', (text) => {
    expect(learnedOnOrdinaryAbsence(raised, canonicalOf(text))).toBe(true);
  });

  it.each([
    "won't be around next week, don't bother with my mentor",
    "can't make the group on friday. won't be around",
    "i won't be around next weekend, i've said my goodbyes",
  ])('%j is not, however the model scores it', (text) => {
    expect(learnedOnOrdinaryAbsence(raised, canonicalOf(text))).toBe(false);
  });

  it('never lowers what a rule raised', () => {
    const text = "won't be around this weekend, staying with my brother in Bristol";
    expect(learnedOnOrdinaryAbsence({ level: 'urgent', reasons: ['finality'] }, canonicalOf(text))).toBe(false);
  });
});
