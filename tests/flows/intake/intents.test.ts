// What short messages mean: commands only when the whole message is the command; typos and variants tolerated.
import { describe, expect, it } from 'vitest';
import {
  isDone,
  isGreeting,
  isNo,
  isResume,
  isSkip,
  isYes,
  normalise,
  readAge,
  readAgeAnswer,
  readAreaAnswer,
  readCommand,
  readOutsideChoice,
  readReviewAction,
} from '../../../flows/intake/intents.js';

describe('normalise', () => {
  it('trims, lowercases, drops apostrophes and punctuation', () => {
    expect(normalise('  Don\u2019t   KNOW?! ')).toBe('dont know');
    expect(normalise("I'm OK now, can we carry on?")).toBe('im ok now can we carry on');
  });
});

describe('readCommand', () => {
  it.each([
    ['help', 'help'],
    ['HELP', 'help'],
    ['help?', 'help'],
    ['Help!', 'help'],
    ['hlep', 'help'],
    ['talk to a person', 'human'],
    ['Can I speak to someone?', 'human'],
    ['real person please', null],
    ['a real person', 'human'],
    ['start again', 'restart'],
    ['Start over.', 'restart'],
    ['strat again', 'restart'],
    ['delete my data', 'erase'],
    ['Delete my deta', 'erase'],
    ['forget me', 'erase'],
    ['later', 'pause'],
    ['Not now', 'pause'],
    ['pause', 'pause'],
    ['l8r', 'pause'],
    ['maybe latr', 'pause'],
  ] as const)('%j -> %s', (text, command) => {
    expect(readCommand(text)).toBe(command);
  });

  it.each(['I need help getting out', 'help with my confidence', 'later in the day is best', 'delete'])(
    'a longer answer is an answer, not a command: %j',
    (text) => {
      const command = readCommand(text);
      if (text === 'delete') expect(command).toBe('erase');
      else expect(command).toBeNull();
    },
  );

  it('short words are never fuzzy-matched ("water" is not "later")', () => {
    expect(readCommand('water')).toBeNull();
    expect(readCommand('hello')).toBeNull();
  });
});

describe('yes, no, skip, done, resume, greeting', () => {
  it.each(['yes', 'Yes.', 'yeah', 'ok', 'Yes please!', 'i agree', 'aye'])('yes: %j', (t) =>
    expect(isYes(t)).toBe(true),
  );
  it.each(['no', 'No thanks', 'nope', 'nah'])('no: %j', (t) => expect(isNo(t)).toBe(true));
  it.each(['skip', 'Rather not say', 'pass', "I'd rather not say", 'sikp', 'prefer not to say'])('skip: %j', (t) =>
    expect(isSkip(t)).toBe(true),
  );
  it('skip does not swallow answers', () => {
    expect(isSkip('I pass the shop every day')).toBe(false);
  });
  it.each(['done', "that's all", 'no', 'skip'])('done: %j', (t) => expect(isDone(t)).toBe(true));
  it.each([
    'carry on',
    'Carry on please',
    "I'm ok now, can we carry on",
    'im fine now',
    'I feel better now',
    'continue',
    'contineu',
  ])('resume: %j', (t) => expect(isResume(t)).toBe(true));
  it.each(['I am not ok', 'ok', 'yes'])('not resume: %j', (t) => expect(isResume(t)).toBe(false));
  it.each(['hi', 'Hello!', '', 'hi again'])('greeting: %j', (t) => expect(isGreeting(t)).toBe(true));
});

describe('age', () => {
  it.each([
    ['34', 34],
    ["yes I'm 34", 34],
    ['I am 52 years old', 52],
    ['16', 16],
    ['I have 3 kids', null],
    ['1000', null],
  ] as const)('%j -> %s', (text, age) => expect(readAge(text)).toBe(age));

  it.each([
    ['yes', { kind: 'adult', age: null }],
    ["Yes, I'm 34", { kind: 'adult', age: 34 }],
    ['over 18', { kind: 'adult', age: null }],
    ['no', { kind: 'under18', age: null }],
    ["I'm 17", { kind: 'under18', age: 17 }],
    ['not yet', { kind: 'under18', age: null }],
    ['why do you ask', null],
  ] as const)('eligibility %j', (text, answer) => expect(readAgeAnswer(text)).toEqual(answer));
});

describe('area', () => {
  it.each([
    ['yes', { kind: 'inArea', place: null }],
    ['Yes, Taunton', { kind: 'inArea', place: 'Taunton' }],
    ['Yeovil', { kind: 'inArea', place: 'Yeovil' }],
    ['near Shepton Mallet', { kind: 'inArea', place: 'near Shepton Mallet' }],
    ['Bath', { kind: 'outside' }],
    ['Weston-super-Mare', { kind: 'outside' }],
    ['no', { kind: 'outside' }],
    ['not sure', { kind: 'unsure' }],
    ['Bristol', { kind: 'unsure' }],
  ] as const)('%j', (text, answer) => expect(readAreaAnswer(text)).toEqual(answer));
});

describe('choices at the outside-area step and the review', () => {
  it.each([
    ['TEAM', 'team'],
    ['1', 'team'],
    ['yes please', 'team'],
    ['other', 'other'],
    ['2', 'other'],
    ['what?', null],
  ] as const)('outside %j -> %s', (text, choice) => expect(readOutsideChoice(text)).toBe(choice));

  it.each([
    ['SEND', { kind: 'send' }],
    ['send it', { kind: 'send' }],
    ['yes', { kind: 'send' }],
    ['change 3', { kind: 'change', item: 3 }],
    ['Change number 10', { kind: 'change', item: 10 }],
    ['chnage 2', { kind: 'change', item: 2 }],
    ['REMOVE 3', { kind: 'remove', item: 3 }],
    ['delete 4', { kind: 'remove', item: 4 }],
    ['change', { kind: 'change', item: null }],
    ['what?', null],
  ] as const)('review %j', (text, action) => expect(readReviewAction(text)).toEqual(action));
});

describe('phrase lists', () => {
  // The lists are written as wrapped text: a phrase broken across two lines must still match as written.
  it.each([
    ['real person', 'human'],
    ['i want to talk to a person', 'human'],
    ['can we start again', 'restart'],
  ])('"%s" is the %s command', (text, command) => {
    expect(readCommand(text)).toBe(command);
  });
});
