// A past told as past and well behind them is everyday; the same past with anything coming back stays a concern. An
// absence with its ordinary reason is a diary note the word model may not raise. A past with a turn to now and an act
// beside it is urgent.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../flows/safety/classify.js';
import { canonicalOf } from '../../../../flows/safety/rules/lexicon.js';
import { learnedOnOrdinaryAbsence } from '../../../../flows/safety/rules/recovered.js';

describe('a past well behind them', () => {
  it.each([
    "5 years ago i tried to end my life. i'm in a really good place now and i'd love to train as a mentor",
    "i used to self harm as a teenager but i haven't in over 10 years, just putting it on my intake form",
    "i used to be on a section 3 but i'm living independently now",
    // Past told by an age, a decade, a year or "used to", and well behind them in other words.
    "overdosed when i was 22, that was nearly 20 years ago and i'm fine now",
    'tried to hang myself at 19, i am 35 now and a dad of two, life is good',
    'had a breakdown in my thirties, doing really well these days',
    'i attempted suicide in 2012, been well for a long time now',
    'i used to think about ending it all the time at uni. therapy helped massively',
    'used to drink to cope and thought about ending it a lot, been sober 6 years now',
    'the scars on my arms have mostly faded and i am proud of how far i have come',
    'my last admission was 5 years ago, i have learnt my warning signs',
    'used to hear voices telling me to hurt myself, now i help run a hearing voices group',
    'i heard voices for years, they have mostly gone since the clozapine',
    "spent my twenties self harming, haven't done it for 8 years now",
    "my overdose was in 2011, life's completely different now",
  ])('%j is everyday', (text) => {
    expect(classify(text).level).toBe('none');
  });

  it.each([
    'i tried to take my life a couple of years ago',
    "i used to self harm and it's started again",
    'i was in a good place but the thoughts of ending it are creeping back',
    'tried to kill myself years ago, doing better now but struggling this week',
    "i overdosed at 17, i'm 40 now and i can't cope",
    "i used to self harm, i'm in a good place now but the urges have come back",
    "overdosed in my twenties, been stable for years but i've stopped my meds",
    'had a breakdown in 2019, much better now but not sleeping again',
  ])('%j stays a concern or more', (text) => {
    expect(classify(text).level).not.toBe('none');
  });

  it.each([
    'I took an overdose an hour ago',
    "used to self harm and it's started again",
    "last year I tried, and I'm going to again tonight",
    'took an overdose at 17 and took another one last night',
    'i used to think about suicide but its back and worse than ever',
    'tried to kill myself at 20, i am 35 now and i keep thinking about it',
    'been stable on lithium for years but stopped taking it and i want to die',
  ])('%j stays urgent', (text) => {
    expect(classify(text).level).toBe('urgent');
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
    // The absence stretched past its reason.
    'Not going to be around for the thing on thursday. Or anything. Sorry x',
    "won't be around next weekend, visiting my sister, or ever again really",
  ])('%j is not, however the model scores it', (text) => {
    expect(learnedOnOrdinaryAbsence(raised, canonicalOf(text))).toBe(false);
  });

  it('never lowers what a rule raised', () => {
    const text = "won't be around this weekend, staying with my brother in Bristol";
    expect(learnedOnOrdinaryAbsence({ level: 'urgent', reasons: ['finality'] }, canonicalOf(text))).toBe(false);
  });
});

describe('a past with a turn to now', () => {
  it.each([
    "I took an overdose at 21 but I've been well for years. until tonight. i've just taken another one, a big one",
    'back at 19 i cut my wrists and got found. ive locked the door this time so no one finds me',
    "used to think about killing myself all the time at school. it's back, and this time I've bought the stuff",
    'used to take overdoses as a teen to cope. took one again tonight, but this time its not to cope its to go',
  ])('%j is urgent', (text) => {
    const result = classify(text);
    expect(result.level).toBe('urgent');
    expect(result.reasons).toContain('past-then-now');
  });

  it.each([
    'i tried to end my life in 2015. tonight im going to the support group for the first time, nervous',
    "used to self harm as a teen. right now i'm in a really good place and want to help others",
    'i attempted in my twenties, its all behind me now, i love my job at the garden centre',
  ])('%j is not: no act beside the turn', (text) => {
    expect(classify(text).reasons).not.toContain('past-then-now');
  });
});
