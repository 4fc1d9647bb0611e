import { describe, expect, it } from 'vitest';
import { classifyInContext } from '../../../../flows/safety/context/classify.js';
import { explainedBy, read, unexplained } from '../../../../flows/safety/context/read.js';

const last = (messages: string[]) => classifyInContext(messages.slice(0, -1), messages.at(-1) ?? '');

describe('a text explained away by a later one', () => {
  it.each([
    // The two read as one: the everyday guards see what the first text alone could not show (context-dev-u, -v).
    [
      [
        'had to rush the dog to the vet, she ate a whole packet of my ibuprofen',
        'vet made her sick and shes absolutely fine, bouncing about',
        'can i bring her to the walk and talk session?',
      ],
    ],
    [
      [
        'im going to end it',
        'with my boyfriend i mean lol hes been a nightmare',
        'anyway can you remind me where were meeting saturday',
      ],
    ],
    [
      [
        'ive got the tablets lined up on the side, all forty of them',
        'for the greyhounds lol. vet said one worming tablet a month each and i bought a years worth by accident',
        'anyway what time is my call with the mentor thursday',
      ],
    ],
    // The sender says it read worse than it was meant.
    [
      [
        'stood on the edge of the town bridge in bridgwater staring at the water for ages',
        'omg sorry that reads grim!! im on the river parrett bird count, we were counting egrets off the bridge',
        'is the next session at the library or online',
      ],
    ],
  ])('%j: no danger stands, no picture is drawn, nothing is asked', (messages) => {
    expect(last(messages)).toMatchObject({ level: 'none', ask: false });
  });

  it.each([
    // Urgent only whole: more words after it lose the rule, which explains nothing (context-train-ak).
    [['on the bridge', 'its quiet. sorry for all the texts']],
    [['up on the roof', 'of the multistorey. feels nice up here']],
    // Only the word model read the danger: more words thin its reading whatever they say (context-train-ae).
    [
      [
        'walked right out onto the moor, its all flooded, gonna keep walking till it goes over my head',
        'wellies were a bad idea haha',
        'anyway im 45',
      ],
    ],
    // Said to sound dramatic, and meant.
    [['on the bridge', 'sorry i know that sounds dramatic, i mean it this time']],
  ])('%j: the danger still stands', (messages) => {
    expect(last(messages).level).toBe('urgent');
  });

  it('needs the everyday guard to see both texts, and the first to be urgent with empty words after it', () => {
    const endIt = read('im going to end it');
    expect(endIt.result.level).toBe('urgent');
    expect(explainedBy(endIt, read('with my boyfriend i mean lol hes been a nightmare'), true)).toBe(true);
    expect(explainedBy(endIt, read('can i bring my mum to the session?'), true)).toBe(false);
    // Urgent only whole: "on the bridge anyway" is not, so nothing after it explains it.
    expect(explainedBy(read('on the bridge'), read('its quiet. sorry for all the texts'), true)).toBe(false);
    // A resolve is deflected by everyday words, not explained.
    const decided = read('ive made my decision. its tonight');
    expect(decided.result.reasons).toContain('decision-made');
    expect(explainedBy(decided, read('anyway what time is my session on friday'), true)).toBe(false);
  });

  it('leaves the learned context layer only the texts not explained away', () => {
    const recent = [
      'ive got the tablets lined up on the side, all forty of them',
      'for the greyhounds lol. vet said one worming tablet a month each',
    ];
    expect(unexplained(recent, 'anyway what time is my call thursday')).toEqual([recent[1]]);
    expect(unexplained([recent[0] ?? '', 'what time is it'], 'ok')).toEqual([recent[0], 'what time is it']);
  });
});
