// A worry or a danger told across two texts (flows/safety/context/split.ts), and an ordinary text that explains the
// worrying one after it (flows/safety/context/read.ts). (Phrasings written for this test, not taken from a set.)
import { describe, expect, it } from 'vitest';
import { classifyInContext } from '../../../../flows/safety/context/classify.js';
import { unexplained } from '../../../../flows/safety/context/read.js';

const last = (messages: string[]) => classifyInContext(messages.slice(0, -1), messages.at(-1) ?? '');

describe('a thought finished in a second text', () => {
  it('asks when the two halves make a worry neither makes alone', () => {
    const read = last(['lost my whole student loan', 'at the bookies']);
    expect(read).toMatchObject({ level: 'concern', ask: true });
    expect(read.reasons).toContain('context-told-in-two');
  });

  it('is urgent when the two halves make a danger', () => {
    const read = last(['nobody would even notice', 'if i disappeared']);
    expect(read.level).toBe('urgent');
    expect(read.reasons).toContain('context-told-in-two');
  });

  it('the worry lingers in the texts after it', () => {
    expect(last(['lost my whole student loan', 'at the bookies', 'rent is due on monday'])).toMatchObject({
      level: 'concern',
      ask: true,
    });
  });

  it('says nothing for two ordinary halves, or for a long text that means what it says alone', () => {
    expect(last(['spent my whole student loan', 'on books and a new laptop'])).toMatchObject({ level: 'none' });
    expect(
      last([
        'spent my whole student loan on the deposit for the flat share in taunton with my mates from college',
        'on slots',
      ]).reasons,
    ).not.toContain('context-told-in-two');
  });
});

describe('an ordinary text that explains the one after it', () => {
  it('keeps the explained text out of the picture after', () => {
    expect(unexplained(['battery on 3%', 'gonna die any minute'], 'speak tomorrow')).toEqual(['battery on 3%']);
    expect(last(['battery on 3%', 'gonna die any minute', 'speak tomorrow'])).toMatchObject({ level: 'none' });
  });

  it('never explains a worry the two still read as one', () => {
    expect(unexplained(['battery on 3%', 'i want to die'], 'speak tomorrow')).toEqual([
      'battery on 3%',
      'i want to die',
    ]);
  });
});
