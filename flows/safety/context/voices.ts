// Voices that command: "the voices are back" … "they say I need to get rid of her before morning". Voices heard
// somewhere in the window, and now an order to harm, to go somewhere or to act by a time, are urgent (command
// hallucinations to act are a psychiatric emergency, whoever the harm is aimed at). Voices alone add nothing here.

import { alt } from '../vocabulary/pattern.js';
import { rx } from '../rules/rule.js';
import { seen, type Read, type Verdict } from './read.js';

/** Voices or presences heard. */
export const VOICES = rx(`\\b${alt('voices?', 'hearing (?:things|them|him|her)', 'the devil', 'demons?')}\\b`, '');

/** An order: they say I must, they want me to, I have to. */
export const ORDER = rx(
  `\\b${alt(
    '(?:they|it|he|she|voices?) (?:say|says|said|are saying|keep saying|tell|tells|told|are telling|keep telling|want|wants)(?: me)?(?: that)?(?: i)? (?:need|have|must|got|should|ought|to)',
    'i (?:have|need|must|got) to do what they',
    'do what they (?:say|tell|want)',
  )}\\b`,
  '',
);

/** What the order is for: harm, a place, a deadline. */
export const ACT = rx(
  `\\b${alt(
    'get rid of',
    'hurt',
    'kill',
    'harm',
    'punish',
    'drown',
    'jump',
    'cut',
    'burn',
    'end (?:it|this|myself|her|him)',
    'do it',
    'go to the (?:sea|river|bridge|tracks|railway|cliffs?|water)',
    'before (?:morning|tonight|dawn|the morning)',
    'tonight',
    'this time',
  )}\\b`,
  '',
);

/** Voices heard in the window and an order to act in the message now. */
export function voices(all: readonly Read[], now: Read): Verdict {
  if (!seen(all, VOICES)) return 'none';
  return ORDER.test(now.canonical) && ACT.test(now.canonical) ? 'urgent' : 'none';
}
