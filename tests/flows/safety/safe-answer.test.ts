// Reading the answer to "are you safe right now?": a clear yes is safe; a no, a doubt or "I don't know" is not.
import { describe, expect, it } from 'vitest';
import { readSafeAnswer } from '../../../flows/safety/safe-answer.js';

describe('readSafeAnswer', () => {
  it.each([
    'yes',
    "Yes, I'm safe",
    'yeah im ok thanks',
    'im safe x',
    'I am safe thank you',
    'fine',
    'yes i promise',
    'no no im safe dont worry',
  ])('%j is safe', (text) => expect(readSafeAnswer(text)).toBe('safe'));
  it.each([
    'no',
    'No.',
    'not really',
    'i dont know',
    'idk',
    'dunno',
    'nah',
    'maybe',
    'no im not',
    'yes but not really',
    'kind of',
    'not safe',
    'help',
    'no i feel awful',
  ])('%j is not safe', (text) => expect(readSafeAnswer(text)).toBe('not-safe'));
  it.each(['Taunton', 'what do you mean', ''])('%j is neither', (text) => expect(readSafeAnswer(text)).toBe('unclear'));
});
