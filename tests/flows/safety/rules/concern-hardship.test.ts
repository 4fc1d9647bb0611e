// Worries told in a few everyday words (flows/safety/rules/concern-hardship.ts): money and a home at risk, food going
// short, drink and drugs taking over, medicine left off, a low sent as the whole text; beside the everyday sense of
// the same words, which must stay clear. (Phrasings written for this test, not taken from a set.)
import { describe, expect, it } from 'vitest';
import { classifyLexicon } from '../../../../flows/safety/rules/lexicon.js';

const read = (text: string) => classifyLexicon(text);

describe('a worry in a few everyday words is a concern', () => {
  it.each([
    ['money-or-home', 'council tax is 3 months behind and the letters keep coming'],
    ['money-or-home', 'arrears letter says court next month'],
    ['money-or-home', 'took out a payday loan to cover the electric'],
    ['money-or-home', 'cant afford my meds till the 28th'],
    ['money-or-home', 'going without dinner to feed the boys'],
    ['money-or-home', 'no electric on the meter until monday'],
    ['money-or-home', 'got chucked out of my dads on sunday'],
    ['money-or-home', 'about to lose my flat'],
    ['money-or-home', 'bet half my wages away on the horses'],
    ['drink-or-drugs', 'been drinking before work most days'],
    ['drink-or-drugs', 'i need a drink first thing now'],
    ['drink-or-drugs', 'hiding the empties in the shed'],
    ['drink-or-drugs', 'a few lines every friday is now every night'],
    ['drink-or-drugs', 'cravings are really bad today'],
    ['drink-or-drugs', 'still owe the dealer from last month'],
    ['drink-or-drugs', 'on it every night now'],
    ['medicine-left-off', 'quetiapine made me so flat so i just stopped taking them'],
    ['medicine-left-off', 'withdrawal off the venlafaxine is hell'],
    ['not-eating', 'only eating once every 2 days'],
    ['psychosis-distress', 'seeing people that are not really there'],
    ['distress', 'so lonely'],
    ['distress', 'struggling.'],
    ['distress', 'mentally not in a good place'],
  ])('%s: "%s"', (reason, text) => {
    expect(read(text)).toMatchObject({ level: 'concern' });
    expect(read(text).reasons).toContain(reason);
  });
});

describe('the everyday sense of the same words stays clear', () => {
  it.each([
    'skint till payday lol',
    'no food in the fridge so off to tesco',
    'pregnancy cravings are mad, had chips at 3am',
    'we stopped at the shop on the way back',
    'behind on my emails again',
    'struggling to find parking in yeovil',
    'so alone in the office today, everyone is on holiday, bliss',
    'my mum lost her job last year but found a better one',
    'coming off sertraline slowly with my gp, brain zaps are weird',
  ])('"%s"', (text) => {
    expect(read(text).level).toBe('none');
  });
});
