// Whose risk, and when (flows/safety/rules/stance.ts): someone else's risk in the past, a story's, or a question about
// what the service would do if someone said it, is not the sender's own risk now; the same words tied to the sender,
// or to danger now, are read as before. (Phrasings written for this test, not taken from a set.)
import { describe, expect, it } from 'vitest';
import { classifyLexicon } from '../../../../flows/safety/rules/lexicon.js';
import { classify } from '../../../../flows/safety/classify.js';

describe('risk that is not the sender’s, or not now, reads as everyday', () => {
  it.each([
    ['a story', 'the play we saw in bristol ends with the sister drowning herself in the lake'],
    ['a song', 'that song about wanting to die is stuck in my head, such a tune'],
    ['a soap', 'the hollyoaks storyline about the overdose was done really well'],
    ['a novel', 'the main character in the novel took her own life in chapter 12, tough read'],
    [
      'someone they heard of, then',
      'a woman from the next village died by suicide years ago and they planted a tree for her',
    ],
    ['a mentee’s history', 'my mentee mentioned past self harm in our first session, all in hand'],
    [
      'a what-if for training',
      'what should a mentor say if a mentee says they want to kill themselves? for the training pack',
    ],
    ['a hypothetical', 'hypothetically if someone texted saying they were suicidal who would see it'],
  ])('%s: "%s"', (_kind, text) => {
    expect(classify(text).level).toBe('none');
  });
});

describe('the same words tied to the sender or to now are read', () => {
  it.each([
    [
      'a story the sender will act out',
      'that film where she walks into the sea with her pockets full of stones. i am going to do that at burnham tonight',
    ],
    ['someone else in danger now', 'my mentee just told me she is going to kill herself tonight, what do i do'],
    ['a song and the sender', 'that song about wanting to die is exactly how i feel, i want to die'],
    ['a past death and joining', 'my friend killed herself last year and i want to join her'],
    [
      'a long run of clauses',
      'lost my job then my nan died then my partner left and now the pills are in my bag and i am going up the tor',
    ],
  ])('%s: "%s"', (_kind, text) => {
    expect(classify(text).level).toBe('urgent');
  });

  it('leaves the bereaved sender’s own loss to the rules', () => {
    expect(classifyLexicon('my brother took his own life last year and i am not coping').level).not.toBe('none');
  });
});
