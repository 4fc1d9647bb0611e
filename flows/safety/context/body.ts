// The body in danger over several texts. An overdose told by the body, with the taking only hinted at: "lips gone a
// funny colour" … "took mums" … "so sleepy" (the rule in ../rules/means.ts reads the two in one message; here they are
// in different texts of the window). And a body failing after days without food.

import { POISON_SIGNS, TAKING_HINTED } from '../vocabulary/means.js';
import { rx } from '../rules/rule.js';
import { alt } from '../vocabulary/pattern.js';
import { readingOf, seen, type Read, type Verdict } from './read.js';

const SIGN = rx(`\\b${POISON_SIGNS}`, '');
const HINT = rx(`\\b${TAKING_HINTED}\\b`, '');

/** Urgent when a sign of poisoning and a hidden taking are both in the window and the newest text carries either. */
export function poisoned(all: readonly Read[], now: Read): Verdict {
  if (!SIGN.test(now.canonical) && !HINT.test(now.canonical)) return 'none';
  return seen(all, SIGN) && seen(all, HINT) ? 'urgent' : 'none';
}

/** The body failing: fainting, the chest or the heart. */
const FAILING = rx(
  `\\b${alt(
    'fainted',
    'fainting',
    'passed out',
    'blacked out',
    'collapsed',
    'chest (?:hurts|is hurting|pains?|is tight|feels tight|feels heavy)',
    'heart (?:keeps |is )?(?:skipping|fluttering|doing flutters|racing|pounding|going mad)',
    '(?:cannot|can not) stand up',
  )}\\b`,
  '',
);

/** Urgent when food has been refused for days in the window (a text read as not eating) and the newest text tells the
 * body failing ("not eaten in 9 days" … "fainted on the stairs" … "chest hurts now"): starving, it needs help now. */
export function starved(earlier: readonly Read[], now: Read): Verdict {
  if (!FAILING.test(now.canonical)) return 'none';
  return earlier.some((r) => readingOf(r).reasons.includes('not-eating')) ? 'urgent' : 'none';
}

/** A wound told sideways, a sign at a time: gone deep, bleeding that will not stop, what shows inside it, hospital
 * dreaded. */
const WOUND = [
  'went (?:a bit |too |way |really |proper )?deep',
  '(?:can|could) see (?:the )?(?:white|fat|yellow|bone)(?: bit| stuff| layer)?',
  '(?:will not|does not|not) stop bleeding',
  '(?:keep|keeps|kept|been) (?:pressing|pressing on it|holding (?:a )?(?:towel|tea towel) on it)(?: [a-z]+){0,3} (?:but )?it (?:will not|does not|still (?:will not|does not)) stop',
  '(?:do not|not) (?:want to |going to )?(?:go )?(?:to )?(?:a e|hospital)',
  'soaked (?:through|the towel)',
].map((cue) => rx(`\\b${cue}\\b`, ''));

/** Urgent when two signs of a wound are in the window and the newest text carries one ("went a bit deep lol" … "keep
 * pressing but it wont stop"): one alone is a scrape or a nosebleed as often as not. */
export function wounded(all: readonly Read[], now: Read): Verdict {
  if (!WOUND.some((cue) => cue.test(now.canonical))) return 'none';
  return WOUND.filter((cue) => seen(all, cue)).length >= 2 ? 'urgent' : 'none';
}
