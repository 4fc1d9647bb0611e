// The body in danger over several texts (flows/safety/context/body.ts): an overdose told by the body with the taking
// only hinted at, a body failing after days without food, a wound told a sign at a time; and the everyday accounts
// that share a word with them. (Phrasings written for this test, not taken from a set.)
import { describe, expect, it } from 'vitest';
import { classifyInContext } from '../../../../flows/safety/context/classify.js';

const last = (messages: string[]) => classifyInContext(messages.slice(0, -1), messages.at(-1) ?? '');

describe('an overdose told by the body across texts', () => {
  it('is urgent when a sign of poisoning and a hidden taking are both told', () => {
    const read = last(['took my nans', 'ears wont stop ringing']);
    expect(read.level).toBe('urgent');
    expect(read.reasons).toContain('context-body-poisoned');
  });

  it('is quiet on the sign alone', () => {
    expect(last(['long day at the gig', 'ears wont stop ringing']).level).not.toBe('urgent');
  });
});

describe('a body failing after days without food', () => {
  it('is urgent when fainting or the chest follows food refused for days', () => {
    const read = last(['not eaten in 6 days', 'passed out in the shower']);
    expect(read.level).toBe('urgent');
    expect(read.reasons).toContain('context-body-failing');
  });

  it('is not urgent on a faint with no food refused before it', () => {
    expect(last(['gave blood this morning', 'passed out in the shower']).reasons).not.toContain('context-body-failing');
  });
});

describe('a wound told a sign at a time', () => {
  it('is urgent on the second sign', () => {
    const read = last(['think i went a bit deep', 'can see the yellow stuff']);
    expect(read.level).toBe('urgent');
    expect(read.reasons).toContain('context-wound');
  });

  it('is urgent when hospital is dreaded after it', () => {
    expect(last(['think i went a bit deep', 'not going to a e though']).level).toBe('urgent');
  });

  it('is quiet on one sign', () => {
    expect(last(['dug the veg patch today', 'went too deep with the spade and hit a pipe']).reasons).not.toContain(
      'context-wound',
    );
  });
});

describe('harm that goes on', () => {
  it('is urgent when "still going" or "cant stop" follows harm under way', () => {
    expect(last(['held a lit fag to my arm', 'still going']).level).toBe('urgent');
    expect(last(['held a lit fag to my arm', 'cant stop']).level).toBe('urgent');
  });
});

describe('a worry waved away', () => {
  it('still asks: the risk waved away is not the worry lifted', () => {
    expect(
      last([
        'not slept since friday',
        'the voices are worse at night',
        'not going to do anything silly',
        'just frightened',
      ]),
    ).toMatchObject({ level: 'concern', ask: true });
  });
});

describe('a court order that means nothing', () => {
  it('is urgent when they are at the window', () => {
    expect(last(['the injunction means nothing to him', 'hes at the kitchen window']).level).toBe('urgent');
  });
});

describe('at a place of danger, told in a few words a text', () => {
  it('is urgent when where they stand and a goodbye follow the place', () => {
    expect(last(['up the top of the car park at the station', 'on the barrier', 'bye']).level).toBe('urgent');
  });

  it('is urgent when they cannot stop looking down', () => {
    expect(last(['on the bridge over the tone', 'rivers really high tonight', 'keep staring at it']).level).toBe(
      'urgent',
    );
  });
});

describe('at the edge, only the lean left', () => {
  it('is urgent', () => {
    expect(last(['up on the cliffs at brean', 'no one about', 'right at the edge', 'just got to lean']).level).toBe(
      'urgent',
    );
  });
});
