// The one reader of a stored profile: what the intake wrote comes back as it was; anything an older version or a
// damaged row holds that is not an answer, a goal or a known question is left out rather than guessed at.
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../flows/intake/questions.js';
import { profileName, readProfile } from '../../../flows/intake/stored-profile.js';

describe('readProfile', () => {
  it('gives back a profile the intake wrote, unchanged', () => {
    const written = {
      answers: { name: 'Jo Pennington', age: '34', area: 'Taunton', shareWords: 'yes' },
      goals: ['Go into town on my own', 'Join a group'],
      skipped: ['meeting' as const],
    };
    expect(readProfile(JSON.parse(JSON.stringify(written)))).toEqual(written);
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'Jo'],
    ['a list', ['Jo']],
    ['answers that are not an object', { answers: 'Jo', goals: 'walk', skipped: 'age' }],
  ])('reads %s as an empty profile', (_what, stored) => {
    expect(readProfile(stored)).toEqual(emptyProfile());
  });

  it('leaves out blank or non-text answers, unknown questions, and goals that are not text', () => {
    const stored = {
      answers: { name: '  ', age: 34, area: 'Yeovil', favouriteColour: 'blue', goals: 'a goal where none belongs' },
      goals: ['Walk more', 7, null, ' '],
      skipped: ['age', 'shoeSize'],
    };
    expect(readProfile(stored)).toEqual({ answers: { area: 'Yeovil' }, goals: ['Walk more'], skipped: ['age'] });
  });

  it('names them as they wrote it, trimmed, or not at all', () => {
    expect(profileName(readProfile({ answers: { name: ' Jo P ' } }))).toBe('Jo P');
    expect(profileName(readProfile({ answers: {} }))).toBeNull();
  });
});
