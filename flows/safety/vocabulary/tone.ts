// How a text is said: laughing as it is written, taken back as a joke, and insisting the words were meant. Shared by
// the rule that reads a threat said with a laugh (../rules/jest.ts) and the context rules that read a danger or a
// worry as passed or standing (../context/standing.ts, continuing.ts, lingering.ts).

import { alt } from './pattern.js';

/** Laughing in words ("lol", "lmao", "haha"); the emoji are dropped from the canonical text, so a caller reads them
 * from the text as sent (LAUGHING_EMOJI). */
export const LAUGHING_WORDS = alt('lol', 'lols', 'lmao', 'lmfao', 'rofl', 'ha(?:ha)+h?', 'he(?:he)+', 'jk');

/** Laughing emoji: 😂 🤣 😆 😅 😹. */
export const LAUGHING_EMOJI = /\u{1F602}|\u{1F923}|\u{1F606}|\u{1F605}|\u{1F639}/u;

/** Words taken back as a joke: "only joking", "just kidding", "just messing", "only a joke". */
export const TAKEN_AS_JOKE = alt('(?:only|just) (?:joking|kidding|messing|a joke)');

/** Insisting the words were meant: "i mean it this time", "im not joking". */
export const INSISTING = alt('i (?:really |do )?mean it', '(?:i am|i m) (?:not joking|deadly serious)');
